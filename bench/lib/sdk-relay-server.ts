import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import Parallel from "parallel-web";

// B1's baseline: the relay most apps write, after the pattern of Parallel's Next.js cookbook. The
// official SDK parses every event of the upstream stream into an object, and the relay writes each
// one back out as `event:`/`data:` (here on node:http, the same work without Next around it). Like
// the cookbook's ReadableStream it enqueues as fast as the SDK yields, without waiting for the client.

export function createSdkRelay(upstreamUrl: string, apiKey: string): Server {
  const client = new Parallel({ apiKey, baseURL: upstreamUrl, maxRetries: 0, timeout: 600_000 });
  return createServer((req, res) => {
    const match = /^\/groups\/([^/?]+)\/runs/.exec(req.url ?? "");
    if (!match) {
      res.writeHead(404).end();
      return;
    }
    void (async () => {
      try {
        const stream = await client.taskGroup.getRuns(match[1], { include_input: true, include_output: true });
        res.writeHead(200, { "content-type": "text/event-stream", "cache-control": "no-cache, no-transform" });
        req.on("close", () => stream.controller.abort());
        for await (const event of stream) res.write(`event: ${event.type}\ndata: ${JSON.stringify(event)}\n\n`);
        res.end();
      } catch (error) {
        if (!res.headersSent) res.writeHead(502, { "content-type": "text/plain" });
        res.end(String(error));
      }
    })();
  });
}

export async function listen(server: Server, port = 0): Promise<number> {
  await new Promise<void>((resolve, reject) => {
    server.once("error", reject);
    server.listen(port, "127.0.0.1", () => resolve());
  });
  return (server.address() as AddressInfo).port;
}
