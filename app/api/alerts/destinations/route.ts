import { createAlertDestination, destinationView, listAlertDestinations } from "@/lib/alerts/alert-destinations";
import { recordMemberAction } from "@/lib/auth/record-member-action";
import { createAlertDestinationBodySchema, MAX_ALERT_BODY_BYTES } from "@/lib/contracts/alerts";
import { defineRoute } from "@/lib/http/define-route";

export const dynamic = "force-dynamic";

/** Where alerts can go (never a webhook's secret): every member sees them, to read and pick them in rules. */
export const GET = defineRoute({ access: "viewer" }, async ({ deps: { db } }) =>
  Response.json({ items: (await listAlertDestinations(db)).map(destinationView) }),
);

/** A new destination (admins): a signed webhook (its secret is in this answer only), a Slack webhook, an email address, or browser notifications. */
export const POST = defineRoute(
  { access: "admin", body: { schema: createAlertDestinationBodySchema, maxBytes: MAX_ALERT_BODY_BYTES } },
  async ({ request, member, body, deps: { db } }) => {
    const created = await createAlertDestination(db, body, member, Date.now());
    await recordMemberAction(db, request, member, {
      action: "alert_destination.created",
      target: { type: "alert_destination", id: created.destination.id },
      detail: { kind: created.destination.kind, name: created.destination.name, target: created.destination.target },
    });
    return Response.json(created, { status: 201 });
  },
);
