import { createServer, type Server } from "node:http";

// B1's control: what a route handler does with a stream, without Next.js around it. `fetch` opens the
// upstream stream, and its web ReadableStream is written to a node:http response as it comes, waiting
// for `drain` when the client is behind. Nothing is parsed or checked. If this process relays at the
// emulator's pace while next-server does not, the gap is in next-server, not in the machine.

export function createPlainRelay(upstreamUrl: string, apiKey: string): Server {
  return createServer((req, res) => {
    void (async () => {
      try {
        const upstream = await fetch(`${upstreamUrl}${req.url ?? "/"}`, { headers: { "x-api-key": apiKey } });
        res.writeHead(upstream.status, { "content-type": "text/event-stream", "cache-control": "no-cache, no-transform" });
        if (!upstream.body) return void res.end();
        const reader = upstream.body.getReader();
        req.on("close", () => void reader.cancel().catch(() => undefined));
        for (;;) {
          const { done, value } = await reader.read();
          if (done) break;
          if (!res.write(value)) await new Promise((resolve) => res.once("drain", resolve));
        }
        res.end();
      } catch (error) {
        if (!res.headersSent) res.writeHead(502, { "content-type": "text/plain" });
        res.end(String(error));
      }
    })();
  });
}
