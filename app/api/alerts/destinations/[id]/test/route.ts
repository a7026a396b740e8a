import { getAlertDestination } from "@/lib/alerts/alert-destinations";
import { sendTestAlert } from "@/lib/alerts/send-test-alert";
import { alertIdParamsSchema } from "@/lib/contracts/alerts";
import { defineRoute } from "@/lib/http/define-route";

/** Sends a test alert to one destination now (admins) and answers with what happened: `{ok, detail}`. */
export const POST = defineRoute({ access: "admin", params: alertIdParamsSchema }, async ({ params, deps: { db, alertSender } }) => {
  const destination = await getAlertDestination(db, params.id);
  return Response.json(await sendTestAlert(alertSender, destination, Date.now()));
});
