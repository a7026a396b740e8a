import { describe, expect, it } from "vitest";
import { AppError } from "./app-error";
import { databaseErrorFrom } from "./database-error";
import { errorResponse } from "./error-response";

function sqliteError(code: string, message: string): Error {
  return Object.assign(new Error(message), { code });
}

describe("database errors become a 503 that says what is wrong", () => {
  it.each([
    ["SQLITE_FULL", "disk is full", "disk_full"],
    ["SQLITE_READONLY", "read-only", "read_only"],
    ["SQLITE_READONLY_DBMOVED", "read-only", "read_only"],
    ["SQLITE_IOERR_WRITE", "I/O error", "io_error"],
  ])("%s", async (code, says, problem) => {
    const response = errorResponse(sqliteError(code, "raw sqlite message"));
    expect(response.status).toBe(503);
    const body = (await response.json()) as { error: { code: string; message: string; detail: { database: string } } };
    expect(body.error.code).toBe("database_unavailable");
    expect(body.error.message).toContain(says);
    expect(body.error.message).toContain(code);
    expect(body.error.detail.database).toBe(problem);
  });

  it("finds the database error behind a wrapping error, and leaves other errors alone", () => {
    expect(databaseErrorFrom(new Error("could not migrate", { cause: sqliteError("SQLITE_FULL", "full") }))?.status).toBe(503);
    expect(databaseErrorFrom(sqliteError("SQLITE_CONSTRAINT_PRIMARYKEY", "duplicate"))).toBeNull();
    expect(databaseErrorFrom(new AppError("not_found", "no such group"))).toBeNull();
    expect(databaseErrorFrom("a string")).toBeNull();
  });
});
