import { createServer, request as forward, type IncomingMessage, type Server, type ServerResponse } from "node:http";
import type { AddressInfo, Socket } from "node:net";

/** A request the load balancer passed on: to which instance, and the Last-Event-ID a resuming EventSource sent. */
export interface RoutedRequest {
  target: string;
  path: string;
  lastEventId: string | null;
}

/**
 * A tiny same-origin load balancer in front of the console instances: every request goes to the
 * current target, whose answer (SSE included) is passed through unbuffered, chunk by chunk. The
 * browser sees one origin, so its storage (the IndexedDB upload journal, cookies) is shared by
 * the instances behind it, as behind a real load balancer.
 */
export class LoadBalancer {
  private server: Server | null = null;
  private readonly open = new Set<Socket>();
  private target: string;
  /** Every request passed on, in arrival order, so a test can tell which instance served what. */
  readonly routed: RoutedRequest[] = [];

  constructor(
    private readonly port: number,
    initialTarget: string,
  ) {
    this.target = initialTarget;
  }

  get url(): string {
    return `http://127.0.0.1:${this.port}`;
  }

  /** Sends every later request to `target` (a console's URL); open streams stay where they are. */
  switchTo(target: string): void {
    this.target = target;
  }

  async start(): Promise<void> {
    const server = createServer((req, res) => this.pass(req, res));
    server.on("connection", (socket) => {
      this.open.add(socket);
      socket.once("close", () => this.open.delete(socket));
    });
    await new Promise<void>((resolve, reject) => {
      server.once("error", reject);
      server.listen(this.port, "127.0.0.1", resolve);
    });
    if ((server.address() as AddressInfo).port !== this.port) throw new Error(`the load balancer did not get port ${this.port}`);
    this.server = server;
  }

  async stop(): Promise<void> {
    const server = this.server;
    this.server = null;
    if (!server) return;
    for (const socket of this.open) socket.destroy();
    await new Promise<void>((resolve) => server.close(() => resolve()));
  }

  private pass(req: IncomingMessage, res: ServerResponse): void {
    const target = new URL(this.target);
    const lastEventId = req.headers["last-event-id"];
    this.routed.push({ target: this.target, path: req.url ?? "", lastEventId: typeof lastEventId === "string" ? lastEventId : null });
    const upstream = forward(
      { host: target.hostname, port: target.port, method: req.method, path: req.url, headers: req.headers },
      (answer) => {
        res.writeHead(answer.statusCode ?? 502, answer.rawHeaders);
        res.flushHeaders();
        answer.on("data", (chunk: Buffer) => res.write(chunk));
        answer.on("end", () => res.end());
        // The instance died mid-answer (SIGKILL): the browser sees its stream break, as behind a real one.
        answer.on("error", () => res.destroy());
      },
    );
    upstream.on("error", () => {
      if (res.headersSent) res.destroy();
      else res.writeHead(502, { "content-type": "text/plain" }).end("the instance behind the load balancer is unreachable");
    });
    res.on("close", () => upstream.destroy());
    req.pipe(upstream);
  }
}
