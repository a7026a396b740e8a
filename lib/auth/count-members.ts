import "server-only";
import type { ConsoleDatabase } from "../registry/database-schema";

/** How many members the console has; 0 means the first visit must create the owner. */
export async function countMembers(db: ConsoleDatabase): Promise<number> {
  const row = await db
    .selectFrom("user")
    .select((eb) => eb.fn.countAll<number>().as("count"))
    .executeTakeFirstOrThrow();
  return Number(row.count);
}
