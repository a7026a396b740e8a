import "server-only";
import { closeSync, fstatSync, openSync, statSync } from "node:fs";
import { AppError } from "../http/app-error";

/**
 * Watches that the console database's file is still the one that was opened. SQLite keeps writing
 * through its open descriptor after the file is deleted (or replaced), so every write would vanish
 * with the process; this notices it from a descriptor of our own on the same file.
 */
export class DatabaseFileGuard {
  readonly #fd: number;

  constructor(readonly file: string) {
    this.#fd = openSync(file, "r");
  }

  /** Why the file is no longer the opened database, or null while it still is. */
  problem(): string | null {
    const opened = fstatSync(this.#fd);
    let current;
    try {
      current = statSync(this.file);
    } catch {
      return `The console database file was deleted while the console was running (${this.file}); restart the console to create a new one.`;
    }
    if (opened.nlink === 0 || current.ino !== opened.ino || current.dev !== opened.dev) {
      return `The console database file was deleted or replaced while the console was running (${this.file}); restart the console to open it again.`;
    }
    return null;
  }

  /** Throws the 503 for a deleted or replaced file. */
  assertIntact(): void {
    const problem = this.problem();
    if (problem) throw new AppError("database_unavailable", problem, { database: "file_deleted", file: this.file });
  }

  close(): void {
    closeSync(this.#fd);
  }
}
