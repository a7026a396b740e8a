/** One row per named lease (`ingest:<groupId>`, `leader:<name>`): who holds it and until when. */
export interface LeasesTable {
  name: string;
  /** The instance id of the holder (random per process). */
  holder: string;
  /** Epoch ms after which any instance may take the lease over. */
  expires_at_ms: number;
  /** When the current holder took it (renewals keep it). */
  acquired_at_ms: number;
}

export interface LeaseTables {
  leases: LeasesTable;
}
