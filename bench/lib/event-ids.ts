// Finds the event_id of each whole SSE event in a byte stream without parsing the JSON: B4 matches
// the same event across clients by its id, and must keep up with 200 streams in one process.

const ID_KEY = Buffer.from('"event_id":"');
const EVENT_END = Buffer.from("\n\n");
const QUOTE = 0x22;

export class EventIdScanner {
  private carry: Buffer = Buffer.alloc(0);

  /** Calls `onId` for every event completed by this chunk (an event whose id is null is skipped). */
  push(chunk: Buffer, onId: (id: string) => void): void {
    const buffer = this.carry.length > 0 ? Buffer.concat([this.carry, chunk]) : chunk;
    const end = buffer.lastIndexOf(EVENT_END);
    if (end === -1) {
      this.carry = Buffer.from(buffer);
      return;
    }
    for (let at = buffer.indexOf(ID_KEY); at !== -1 && at < end;) {
      const from = at + ID_KEY.length;
      const to = buffer.indexOf(QUOTE, from);
      onId(buffer.toString("latin1", from, to));
      at = buffer.indexOf(ID_KEY, to);
    }
    this.carry = Buffer.from(buffer.subarray(end + EVENT_END.length));
  }
}
