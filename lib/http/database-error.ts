import { AppError } from "./app-error";

// SQLite's result codes for a database that cannot be written. Extended codes (SQLITE_IOERR_WRITE,
// SQLITE_READONLY_DBMOVED, …) start with their primary code's name.
const PROBLEMS = [
  { prefix: "SQLITE_FULL", problem: "disk_full", says: "the disk is full" },
  { prefix: "SQLITE_READONLY", problem: "read_only", says: "the database is read-only" },
  { prefix: "SQLITE_IOERR", problem: "io_error", says: "an I/O error occurred reading or writing it" },
] as const;

/**
 * The 503 for an error of the console's database that an operator must fix (disk full, read-only,
 * I/O error), found anywhere in the error's `cause` chain; null for any other error.
 */
export function databaseErrorFrom(error: unknown): AppError | null {
  for (let current = error, depth = 0; current instanceof Error && depth < 5; current = current.cause, depth++) {
    if (current instanceof AppError) return current.code === "database_unavailable" ? current : null;
    const code = (current as { code?: unknown }).code;
    if (typeof code !== "string") continue;
    const known = PROBLEMS.find((p) => code.startsWith(p.prefix));
    if (known) {
      return new AppError("database_unavailable", `The console database cannot be written: ${known.says} (${code}).`, {
        database: known.problem,
        sqlite_code: code,
      });
    }
  }
  return null;
}
