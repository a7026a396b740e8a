import "server-only";
import { randomBytes, randomUUID } from "node:crypto";
import type { Selectable } from "kysely";
import { AppError } from "../http/app-error";
import type { AlertDestinationView, CreateAlertDestinationBody, CreatedAlertDestination } from "../contracts/alerts";
import type { ConsoleDatabase } from "../registry/database-schema";
import type { AlertDestinationsTable } from "./alerts-schema";

export type AlertDestination = Selectable<AlertDestinationsTable>;

const SECRET_BYTES = 24;

export function destinationView(row: AlertDestination): AlertDestinationView {
  return { id: row.id, kind: row.kind, name: row.name, target: row.target, createdAt: new Date(Number(row.created_at_ms)).toISOString() };
}

export async function listAlertDestinations(db: ConsoleDatabase): Promise<AlertDestination[]> {
  return db.selectFrom("alert_destinations").selectAll().orderBy("created_at_ms").orderBy("id").execute();
}

export async function getAlertDestination(db: ConsoleDatabase, id: string): Promise<AlertDestination> {
  const row = await db.selectFrom("alert_destinations").selectAll().where("id", "=", id).executeTakeFirst();
  if (!row) throw new AppError("not_found", `No alert destination with id '${id}'.`);
  return row;
}

/** Adds a destination; a generic webhook gets a Standard Webhooks secret (`whsec_…`), returned only here. */
export async function createAlertDestination(
  db: ConsoleDatabase,
  body: CreateAlertDestinationBody,
  by: { email: string },
  nowMs: number,
): Promise<CreatedAlertDestination> {
  const secret = body.kind === "webhook" ? `whsec_${randomBytes(SECRET_BYTES).toString("base64")}` : null;
  const target = body.kind === "email" ? body.email : body.kind === "browser" ? null : body.url;
  const id = randomUUID();
  await db
    .insertInto("alert_destinations")
    .values({ id, kind: body.kind, name: body.name, target, secret, created_at_ms: nowMs, created_by_email: by.email })
    .execute();
  return { destination: destinationView(await getAlertDestination(db, id)), secret };
}

/** Deletes a destination and takes it off every rule; a rule left with none is deleted too (it could tell nobody). */
export async function deleteAlertDestination(
  db: ConsoleDatabase,
  id: string,
): Promise<{ destination: AlertDestination; rulesDeleted: string[] }> {
  const destination = await getAlertDestination(db, id);
  return db.transaction().execute(async (trx) => {
    const rulesDeleted: string[] = [];
    const rules = await trx.selectFrom("alert_rules").select(["id", "destination_ids"]).execute();
    for (const rule of rules) {
      const ids = JSON.parse(rule.destination_ids) as string[];
      if (!ids.includes(id)) continue;
      const left = ids.filter((other) => other !== id);
      if (left.length === 0) {
        await trx.deleteFrom("alert_rules").where("id", "=", rule.id).execute();
        rulesDeleted.push(rule.id);
      } else {
        await trx
          .updateTable("alert_rules")
          .set({ destination_ids: JSON.stringify(left) })
          .where("id", "=", rule.id)
          .execute();
      }
    }
    await trx.deleteFrom("alert_destinations").where("id", "=", id).execute();
    return { destination, rulesDeleted };
  });
}
