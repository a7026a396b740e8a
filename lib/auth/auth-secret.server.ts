import "server-only";
import { randomBytes } from "node:crypto";
import type { ConsoleDatabase } from "../registry/database-schema";

const SECRET_SETTING = "auth_secret";

/**
 * The secret that signs session cookies when CONSOLE_AUTH_SECRET is unset: generated on first start
 * and kept in the console's database, so `npm start` needs no configuration and restarts keep sessions.
 */
export async function storedAuthSecret(db: ConsoleDatabase): Promise<string> {
  await db
    .insertInto("console_settings")
    .values({ name: SECRET_SETTING, value: randomBytes(32).toString("hex") })
    .onConflict((conflict) => conflict.column("name").doNothing())
    .execute();
  const row = await db.selectFrom("console_settings").select("value").where("name", "=", SECRET_SETTING).executeTakeFirstOrThrow();
  return row.value;
}
