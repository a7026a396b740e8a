import { describe, expect, it } from "vitest";
import { EventIdScanner } from "./event-ids";
import { DataLineCounter } from "./sse-client";

const STREAM = [
  'event: task_run.state\ndata: {"type":"task_run.state","event_id":"e000000000001","run":{"run_id":"trun_1"}}\n\n',
  ": ping\n\n",
  'event: task_group_status\ndata: {"type":"task_group_status","event_id":"e000000000001s000002","status":{}}\n\n',
  'event: task_run.state\ndata: {"type":"task_run.state","event_id":null,"run":{}}\n\n',
].join("");

/** The stream cut into chunks of `size` bytes. */
function chunks(size: number): Buffer[] {
  const bytes = Buffer.from(STREAM);
  const out: Buffer[] = [];
  for (let at = 0; at < bytes.length; at += size) out.push(bytes.subarray(at, at + size));
  return out;
}

describe("SSE scanning in the benchmark clients", () => {
  it.each([1, 2, 5, 6, 7, 64, 10_000])("counts every event once across chunks of %i bytes", (size) => {
    const counter = new DataLineCounter();
    for (const chunk of chunks(size)) counter.push(chunk);
    expect(counter.count).toBe(3);
  });

  it.each([1, 3, 13, 64, 10_000])("finds the event ids of whole events across chunks of %i bytes", (size) => {
    const scanner = new EventIdScanner();
    const ids: string[] = [];
    for (const chunk of chunks(size)) scanner.push(chunk, (id) => ids.push(id));
    expect(ids).toEqual(["e000000000001", "e000000000001s000002"]);
  });
});
