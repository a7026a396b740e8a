import "server-only";
import { tablesMigration } from "../tables-migration";

/** The registry's copy of each upload from the create form and of each batch's outcome. */
export const uploadsMigration = tablesMigration({
  uploads: {
    columns: {
      id: "text primary key",
      group_id: "text not null",
      kind: "text not null",
      label: "text not null",
      total_rows: "integer not null",
      batch_count: "integer not null",
      state: "text not null",
      created_at_ms: "bigint not null",
      updated_at_ms: "bigint not null",
    },
    indexes: { uploads_by_group: ["group_id", "created_at_ms"] },
  },
  upload_batches: {
    columns: {
      upload_id: "text not null",
      batch_index: "integer not null",
      row_count: "integer not null",
      first_row: "integer not null",
      last_row: "integer not null",
      state: "text not null",
      submitted_rows: "integer not null",
      attempts: "integer not null",
      error: "text",
      updated_at_ms: "bigint not null",
    },
    primaryKey: { upload_batches_pk: ["upload_id", "batch_index"] },
  },
});
