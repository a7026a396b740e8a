import { createServer, type Server } from "node:http";
import { afterEach, describe, expect, it } from "vitest";
import { createPlainRelay } from "./plain-relay-server";
import { listen } from "./sdk-relay-server";

const servers: Server[] = [];
afterEach(async () => {
  await Promise.all(servers.splice(0).map((s) => new Promise((resolve) => s.close(resolve))));
});

async function serve(server: Server): Promise<string> {
  servers.push(server);
  return `http://127.0.0.1:${await listen(server)}`;
}

describe("the plain relay (B1's control)", () => {
  it("relays the upstream's bytes unchanged, asking with the API key", async () => {
    const events = Array.from(
      { length: 200 },
      (_, i) => `event: task_run.state\ndata: {"event_id":"e${i}","n":"${"x".repeat(2_000)}"}\n\n`,
    );
    let keySeen: string | undefined;
    const upstream = await serve(
      createServer((req, res) => {
        keySeen = req.headers["x-api-key"] as string | undefined;
        res.writeHead(200, { "content-type": "text/event-stream" });
        for (const event of events) res.write(event);
        res.end();
      }),
    );
    const relay = await serve(createPlainRelay(upstream, "key-1"));

    const response = await fetch(`${relay}/v1beta/tasks/groups/g/runs?include_input=true`);

    expect(response.status).toBe(200);
    expect(response.headers.get("content-type")).toBe("text/event-stream");
    expect(await response.text()).toBe(events.join(""));
    expect(keySeen).toBe("key-1");
  });

  it("passes the upstream's status on", async () => {
    const upstream = await serve(createServer((_req, res) => res.writeHead(404).end("no such group")));
    const relay = await serve(createPlainRelay(upstream, "key-1"));

    const response = await fetch(`${relay}/v1beta/tasks/groups/missing/runs`);

    expect(response.status).toBe(404);
    expect(await response.text()).toBe("no such group");
  });
});
