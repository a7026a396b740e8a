import { EventEmitter } from "node:events";

/** Tells live streams that a group changed (runs added, runs moved state); they re-read the database. */
export class GroupNotifier {
  private readonly emitter = new EventEmitter();

  constructor() {
    this.emitter.setMaxListeners(0);
  }

  notify(groupSeq: number): void {
    this.emitter.emit(String(groupSeq));
  }

  subscribe(groupSeq: number, listener: () => void): () => void {
    this.emitter.on(String(groupSeq), listener);
    return () => this.emitter.off(String(groupSeq), listener);
  }
}
