import "server-only";
import { tablesMigration } from "../registry/tables-migration";

/** Cluster-wide leases: one owner at a time for a group's ingestion and for each piece of background work. */
export const leasesMigration = tablesMigration({
  leases: {
    columns: {
      name: "text primary key",
      holder: "text not null",
      expires_at_ms: "bigint not null",
      acquired_at_ms: "bigint not null",
    },
  },
});
