import { createServer, type IncomingHttpHeaders, type IncomingMessage, type Server, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";

export interface RedirectingUpstream {
  /** The upstream's base URL: every request it answers (by default) is a 302 to the trap. */
  url: string;
  /** What reached the other host, the one the upstream redirects to: should stay empty. */
  trapped: Array<{ method: string; url: string; headers: IncomingHttpHeaders }>;
  /** How many requests the redirecting upstream itself received. */
  received: () => number;
  close: () => Promise<void>;
}

type Respond = (req: IncomingMessage, res: ServerResponse, redirect: () => void) => void;

/**
 * An upstream that answers with a redirect to a second local server (the trap), which records every
 * request that reaches it: a console that followed the redirect would send its key to the trap.
 * `respond` decides per request (e.g. a stream first, a redirect on reconnect); by default all redirect.
 */
export async function startRedirectingUpstream(respond: Respond = (_req, _res, redirect) => redirect()): Promise<RedirectingUpstream> {
  const trapped: RedirectingUpstream["trapped"] = [];
  const trap = await listen(
    createServer((req, res) => {
      trapped.push({ method: req.method ?? "", url: req.url ?? "", headers: req.headers });
      res.writeHead(200, { "content-type": "application/json" }).end("{}");
    }),
  );
  let received = 0;
  const upstream = await listen(
    createServer((req, res) => {
      received++;
      req.resume();
      respond(req, res, () => res.writeHead(302, { location: `${trap.url}${req.url ?? "/"}` }).end());
    }),
  );
  return {
    url: upstream.url,
    trapped,
    received: () => received,
    close: async () => {
      await upstream.close();
      await trap.close();
    },
  };
}

async function listen(server: Server): Promise<{ url: string; close: () => Promise<void> }> {
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  return {
    url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
