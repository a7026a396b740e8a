import type { UploadSessionContext } from "./upload-session-context";

/**
 * Once the group is known: the journal marks the upload ready and the registry gets its record,
 * with the journal's outcomes, since a reload drops the registry writes still queued in the page it left.
 */
export async function registerUploadSession(session: UploadSessionContext): Promise<void> {
  const { upload, batches } = session;
  const groupId = session.groupId;
  upload.state = "ready";
  await session.saveUpload();
  session.registry.push(() =>
    session.settings.api.registerUpload({
      id: upload.id,
      groupId,
      kind: upload.kind,
      label: upload.label,
      totalRows: upload.totalRows,
      batches: batches.map((b) => ({
        index: b.index,
        rowCount: b.rows.length,
        firstRow: b.rows[0] ?? 0,
        lastRow: b.rows[b.rows.length - 1] ?? 0,
        state: b.state,
        submittedRows: b.rows.length - b.remaining.length,
        attempts: b.attempts,
      })),
    }),
  );
  // Registration carries no error texts (they would make it large); failed batches send theirs.
  for (const batch of batches) if (batch.state === "failed") session.recordBatch(batch);
}
