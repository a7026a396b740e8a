import { createServer } from "node:http";
import type { AddressInfo } from "node:net";

// A local HTTP server that records every webhook POSTed to it, answering each with the status a test
// chooses, so tests see deliveries, their headers and the retries of refused ones.

export interface ReceivedWebhook {
  headers: Record<string, string>;
  body: string;
  /** The status the receiver answered. */
  answered: number;
}

export interface WebhookReceiver {
  url: string;
  received: ReceivedWebhook[];
  /** Resolves once `predicate` holds for what was received; rejects after `timeoutMs`. */
  waitFor(predicate: (received: ReceivedWebhook[]) => boolean, timeoutMs?: number): Promise<ReceivedWebhook[]>;
  close(): Promise<void>;
}

const DEFAULT_WAIT_MS = 15_000;

export type AnswerWebhook = (delivery: Omit<ReceivedWebhook, "answered">, previous: ReceivedWebhook[]) => number;

/** `answer` picks the status of each delivery, knowing the ones received before it. */
export async function startWebhookReceiver(answer: AnswerWebhook = () => 204): Promise<WebhookReceiver> {
  const received: ReceivedWebhook[] = [];
  const waiters = new Set<() => void>();
  const server = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on("data", (chunk: Buffer) => chunks.push(chunk));
    req.on("end", () => {
      const headers = Object.fromEntries(Object.entries(req.headers).map(([k, v]) => [k, String(v)]));
      const delivery = { headers, body: Buffer.concat(chunks).toString("utf8") };
      const status = answer(delivery, received);
      received.push({ ...delivery, answered: status });
      res.writeHead(status).end();
      for (const wake of waiters) wake();
    });
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}/hook`,
    received,
    waitFor: (predicate, timeoutMs = DEFAULT_WAIT_MS) =>
      new Promise((resolve, reject) => {
        const check = () => {
          if (!predicate(received)) return;
          cleanup();
          resolve(received);
        };
        const timer = setTimeout(() => {
          cleanup();
          reject(
            new Error(
              `webhook receiver: condition not met after ${timeoutMs} ms; received ${received.length}: ${received.map((r) => r.body.slice(0, 200)).join("\n")}`,
            ),
          );
        }, timeoutMs);
        const cleanup = () => {
          clearTimeout(timer);
          waiters.delete(check);
        };
        waiters.add(check);
        check();
      }),
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
