import type { OutputSchema } from "../parallel/types";
import type { UploadRecord } from "./journal-types";
import type { InputConfig } from "./types";
import type { ParsedInfo, ParseOptions, PreparedInfo, SourceInput, WorkerRequest, WorkerResponse } from "./worker-protocol";

export interface ParseProgressInfo {
  chars: number;
  totalChars: number;
  rows: number;
}

type Pending = { resolve: (value: never) => void; reject: (error: Error) => void; onProgress?: (p: ParseProgressInfo) => void };

type Distribute<T> = T extends unknown ? Omit<T, "id"> : never;

/** The page's handle on the parse worker: one request, one promise. */
export class SourceWorkerClient {
  private readonly worker: Worker;
  private readonly pending = new Map<number, Pending>();
  private nextId = 1;

  constructor() {
    // A literal `new URL(…, import.meta.url)` is what lets the bundler emit the worker as its own chunk.
    this.worker = new Worker(new URL("./parse-worker.ts", import.meta.url), { type: "module", name: "parse-worker" });
    this.worker.onmessage = (event: MessageEvent<WorkerResponse>) => this.receive(event.data);
    this.worker.onerror = (event) => {
      event.preventDefault();
      const error = new Error(`The file reader stopped: ${event.message || "unknown error"}`);
      for (const p of this.pending.values()) p.reject(error);
      this.pending.clear();
    };
  }

  parse(source: SourceInput, options: ParseOptions, onProgress?: (p: ParseProgressInfo) => void): Promise<ParsedInfo> {
    return this.request({ type: "parse", source, options }, onProgress);
  }

  prepare(config: InputConfig, outputSchema: OutputSchema): Promise<PreparedInfo> {
    return this.request({ type: "prepare", config, outputSchema });
  }

  materialize(request: Omit<Extract<WorkerRequest, { type: "materialize" }>, "id" | "type">): Promise<UploadRecord> {
    return this.request({ type: "materialize", ...request });
  }

  terminate(): void {
    this.worker.terminate();
    for (const p of this.pending.values()) p.reject(new Error("The file reader was closed"));
    this.pending.clear();
  }

  private request<T>(message: Distribute<WorkerRequest>, onProgress?: (p: ParseProgressInfo) => void): Promise<T> {
    const id = this.nextId++;
    return new Promise<T>((resolve, reject) => {
      this.pending.set(id, { resolve: resolve as (value: never) => void, reject, onProgress });
      this.worker.postMessage({ ...message, id } as WorkerRequest);
    });
  }

  private receive(message: WorkerResponse): void {
    const pending = this.pending.get(message.id);
    if (!pending) return;
    if (message.type === "progress") {
      pending.onProgress?.({ chars: message.chars, totalChars: message.totalChars, rows: message.rows });
      return;
    }
    this.pending.delete(message.id);
    if (message.type === "failed") pending.reject(new Error(message.message));
    else if (message.type === "parsed") pending.resolve(message.info as never);
    else if (message.type === "prepared") pending.resolve(message.info as never);
    else pending.resolve(message.upload as never);
  }
}
