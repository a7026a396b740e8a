import "server-only";
import { Kysely, PostgresDialect, PostgresDriver, type Driver } from "kysely";
import pg from "pg";
import type { ConsoleSchema } from "../database-schema";

// pg's type ids (pg_type.oid) whose text the console reads as JavaScript numbers.
const INT8_OID = 20;
const NUMERIC_OID = 1700;

// Enough for a busy instance; PostgreSQL's default allows 100 connections in all.
const POOL_SIZE = 10;

/**
 * pg answers int8 (bigint columns, count(*)) and numeric (sum of bigint) as strings, because they
 * can exceed 2^53. The console stores ms timestamps, counts and micro-USD, all far below that, and
 * reads them as numbers, as better-sqlite3 gives them.
 */
const numberTypes: pg.CustomTypesConfig = {
  getTypeParser: ((oid: number, format?: "text" | "binary") => {
    if (oid === INT8_OID || oid === NUMERIC_OID) return (text: string) => Number(text);
    return pg.types.getTypeParser(oid, format ?? "text");
  }) as pg.CustomTypesConfig["getTypeParser"],
};

/** The console's Kysely over a pg pool at `url`; `onDestroy` runs after the pool has ended. */
export function openPostgresKysely(url: string, onDestroy: () => Promise<void> = async () => {}): Kysely<ConsoleSchema> {
  const pool = new pg.Pool({ connectionString: url, max: POOL_SIZE, types: numberTypes });
  // An idle connection the server ends (a restart, a failover, pg_terminate_backend) is an 'error'
  // event on the pool; unheard, it would crash the process. The pool drops that connection and
  // opens a new one for the next query.
  pool.on("error", (error) =>
    console.error(`database: an idle PostgreSQL connection ended (${error.message}); the next query opens a new one`),
  );
  return new Kysely<ConsoleSchema>({ dialect: new ConsolePostgresDialect(pool, onDestroy) });
}

class ConsolePostgresDialect extends PostgresDialect {
  constructor(
    private readonly pool: pg.Pool,
    private readonly onDestroy: () => Promise<void>,
  ) {
    super({ pool });
  }

  override createDriver(): Driver {
    return new DestroyHookDriver(this.pool, this.onDestroy);
  }
}

class DestroyHookDriver extends PostgresDriver {
  constructor(
    pool: pg.Pool,
    private readonly onDestroy: () => Promise<void>,
  ) {
    super({ pool });
  }

  override async destroy(): Promise<void> {
    await super.destroy();
    await this.onDestroy();
  }
}
