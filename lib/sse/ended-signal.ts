/** The end of a live stream, told once to whoever listens (at once to one who asks after it). */
export class EndedSignal {
  private readonly listeners: (() => void)[] = [];
  private done = false;

  get ended(): boolean {
    return this.done;
  }

  /** Marks the end and tells the listeners; false when it had already ended. */
  end(): boolean {
    if (this.done) return false;
    this.done = true;
    for (const listener of this.listeners.splice(0)) listener();
    return true;
  }

  onEnded(listener: () => void): void {
    if (this.done) listener();
    else this.listeners.push(listener);
  }
}
