import { describe, expect, it } from "vitest";
import { withoutRunEvents } from "./without-run-events";

function sse(chunks: string[]): Response {
  const encoder = new TextEncoder();
  const body = new ReadableStream<Uint8Array>({
    start(controller) {
      for (const chunk of chunks) controller.enqueue(encoder.encode(chunk));
      controller.close();
    },
  });
  return new Response(body, { headers: { "content-type": "text/event-stream" } });
}

describe("a counts-only share link's live stream", () => {
  it("carries the group's statuses and none of its run events, even when an event is split across chunks", async () => {
    const filtered = withoutRunEvents(
      sse([
        'id: 1\nevent: task_group_status\ndata: {"status":{}}\n\n',
        "id: 2\nevent: task_run.st",
        'ate\ndata: {"run":{"run_id":"trun_secret","metadata":{"client":"Acme"}}}\n\nid: 3\nevent: task_group_status\n',
        'data: {"status":{"is_active":false}}\n\n',
      ]),
    );
    const text = await filtered.text();
    expect(text).toBe(
      'id: 1\nevent: task_group_status\ndata: {"status":{}}\n\nid: 3\nevent: task_group_status\ndata: {"status":{"is_active":false}}\n\n',
    );
  });
});
