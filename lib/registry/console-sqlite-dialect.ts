import "server-only";
import type BetterSqlite3 from "better-sqlite3";
import { SqliteDialect, SqliteDriver, type DatabaseConnection, type Driver } from "kysely";

/**
 * Kysely's SQLite dialect, except that a ROLLBACK after SQLite already rolled the transaction back
 * itself (it does when a statement fails with SQLITE_FULL or SQLITE_IOERR) is skipped: otherwise its
 * "cannot rollback - no transaction is active" replaces the error that says what went wrong.
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

  override async rollbackTransaction(connection: DatabaseConnection): Promise<void> {
    if (!this.sqlite.inTransaction) return;
    await super.rollbackTransaction(connection);
  }

  override async destroy(): Promise<void> {
    await super.destroy();
    this.onDestroy();
  }
}
