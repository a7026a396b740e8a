import pg from "pg";
import { createScratchDatabase } from "../../lib/registry/postgres/postgres-databases";
import { startThrowawayPostgres } from "../../scripts/throwaway-postgres";

// A PostgreSQL database for a benchmark's console: a new database on BENCH_DATABASE_URL's server
// when that is set, else on a throwaway cluster started here. `close` drops it (and stops the cluster).

export interface BenchPostgres {
  /** The console's DATABASE_URL. */
  url: string;
  /** Where it came from, for the figure's notes. */
  origin: string;
  close: () => Promise<void>;
}

export async function openBenchPostgres(): Promise<BenchPostgres> {
  const given = process.env.BENCH_DATABASE_URL;
  const cluster = given ? null : await startThrowawayPostgres();
  const database = await createScratchDatabase(given ?? cluster!.url, "tgc_bench");
  return {
    url: database.url,
    origin: given ? "a new database on BENCH_DATABASE_URL's server" : "a throwaway PostgreSQL cluster (scripts/throwaway-postgres.sh)",
    close: async () => {
      await database.drop().catch(() => {});
      await cluster?.stop();
    },
  };
}

/** Rows the console at `url` holds for the group: its cached runs plus its ingest record. */
export async function cachedRowsOnPostgres(url: string, groupId: string): Promise<number> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    const { rows } = await client.query<{ n: string }>(
      "select (select count(*) from runs where group_id = $1) + (select count(*) from run_ingest where group_id = $1) as n",
      [groupId],
    );
    return Number(rows[0]?.n ?? 0);
  } finally {
    await client.end();
  }
}
