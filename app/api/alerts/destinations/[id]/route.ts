import { deleteAlertDestination } from "@/lib/alerts/alert-destinations";
import { recordMemberAction } from "@/lib/auth/record-member-action";
import { alertIdParamsSchema } from "@/lib/contracts/alerts";
import { defineRoute } from "@/lib/http/define-route";

/** Deletes a destination (admins); rules left with no destination are deleted with it. Audited. */
export const DELETE = defineRoute({ access: "admin", params: alertIdParamsSchema }, async ({ request, member, params, deps: { db } }) => {
  const { destination, rulesDeleted } = await deleteAlertDestination(db, params.id);
  await recordMemberAction(db, request, member, {
    action: "alert_destination.deleted",
    target: { type: "alert_destination", id: destination.id },
    detail: { kind: destination.kind, name: destination.name, rulesDeleted },
  });
  return new Response(null, { status: 204 });
});
