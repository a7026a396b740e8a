import pg from "pg";
import { createScratchDatabase } from "../../lib/registry/postgres/postgres-databases";
import { hasPostgresServer, startThrowawayPostgres } from "../../scripts/throwaway-postgres";

// A PostgreSQL database for a benchmark's console: a new database on BENCH_DATABASE_URL's server
// when that is set, else on a throwaway cluster started here. `close` drops it (and stops the cluster).

export interface BenchPostgres {
  /** The console's DATABASE_URL. */
  url: string;
  /** Where it came from, for the figure's notes. */
  origin: string;
  close: () => Promise<void>;
}

/** Why openBenchPostgres cannot work on this machine (no BENCH_DATABASE_URL, no server binaries), or null. */
export async function benchPostgresMissing(): Promise<string | null> {
  if (process.env.BENCH_DATABASE_URL || (await hasPostgresServer())) return null;
  return (
    "no PostgreSQL server: BENCH_DATABASE_URL is not set and no server binaries were found " +
    "(/usr/lib/postgresql/*/bin or PATH) for a throwaway cluster; install Debian's postgresql package or set BENCH_DATABASE_URL"
  );
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
