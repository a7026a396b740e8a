import { randomBytes } from "node:crypto";
import { join } from "node:path";
import { Client } from "pg";

export interface ClusterDatabase {
  /** What each instance is given to share the one database. */
  env: Record<string, string>;
  describe: string;
  drop(): Promise<void>;
}

/**
 * The database every instance shares: a fresh PostgreSQL database on TEST_DATABASE_URL's server
 * when that is set, else one SQLite file (SQLite serialises writers across processes, which is a
 * multi-process case of its own).
 */
export async function openClusterDatabase(dir: string): Promise<ClusterDatabase> {
  const serverUrl = process.env.TEST_DATABASE_URL;
  if (!serverUrl) {
    const file = join(dir, "console.db");
    return { env: { CONSOLE_DB: file, DATABASE_URL: "" }, describe: `SQLite file ${file}`, drop: async () => {} };
  }
  const name = `multi_instance_${randomBytes(6).toString("hex")}`;
  await withClient(serverUrl, (client) => client.query(`CREATE DATABASE ${name}`));
  const url = new URL(serverUrl);
  url.pathname = `/${name}`;
  return {
    env: { DATABASE_URL: url.toString() },
    describe: `PostgreSQL database ${name}`,
    drop: () => withClient(serverUrl, (client) => client.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`)).then(() => {}),
  };
}

async function withClient<T>(url: string, use: (client: Client) => Promise<T>): Promise<T> {
  const client = new Client({ connectionString: url });
  await client.connect();
  try {
    return await use(client);
  } finally {
    await client.end();
  }
}
