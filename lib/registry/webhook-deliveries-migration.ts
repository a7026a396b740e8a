import "server-only";
import { tablesMigration } from "./tables-migration";

/** `webhook_deliveries`: the `webhook-id` of each webhook applied, so a replayed one changes nothing. */
export const webhookDeliveriesMigration = tablesMigration({
  webhook_deliveries: {
    columns: {
      id: "text primary key",
      received_at_ms: "bigint not null",
    },
    indexes: { webhook_deliveries_by_time: ["received_at_ms"] },
  },
});
