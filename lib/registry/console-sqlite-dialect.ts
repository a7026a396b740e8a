import "server-only";
import type BetterSqlite3 from "better-sqlite3";
import { CompiledQuery, SqliteDialect, SqliteDriver, type DatabaseConnection, type Driver } from "kysely";

/**
 * Kysely's SQLite dialect, except that a ROLLBACK after SQLite already rolled the transaction back
 * itself (it does when a statement fails with SQLITE_FULL or SQLITE_IOERR) is skipped: otherwise its
 * "cannot rollback - no transaction is active" replaces the error that says what went wrong. And a
 * transaction takes the write lock when it begins (BEGIN IMMEDIATE): a check-then-write such as a
 * spend reservation must not read under a lock another process can overtake.
 */
export class ConsoleSqliteDialect extends SqliteDialect {
  constructor(
    private readonly sqlite: BetterSqlite3.Database,
    private readonly onDestroy: () => void = () => {},
  ) {
    super({ database: sqlite });
  }

  override createDriver(): Driver {
    return new RollbackSafeSqliteDriver(this.sqlite, this.onDestroy);
  }
}

class RollbackSafeSqliteDriver extends SqliteDriver {
  constructor(
    private readonly sqlite: BetterSqlite3.Database,
    private readonly onDestroy: () => void,
  ) {
    super({ database: sqlite });
  }

  override async beginTransaction(connection: DatabaseConnection): Promise<void> {
    await connection.executeQuery(CompiledQuery.raw("begin immediate"));
  }

  override async rollbackTransaction(connection: DatabaseConnection): Promise<void> {
    if (!this.sqlite.inTransaction) return;
    await super.rollbackTransaction(connection);
  }

  override async destroy(): Promise<void> {
    await super.destroy();
    this.onDestroy();
  }
}
