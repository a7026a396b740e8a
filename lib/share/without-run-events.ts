/**
 * An SSE stream without its `task_run.state` events: a link that shares only counts and progress
 * must not carry run ids, metadata or errors. Events are whole once a blank line ends them.
 */
export function withoutRunEvents(response: Response): Response {
  if (!response.body || !response.headers.get("content-type")?.startsWith("text/event-stream")) return response;
  const decoder = new TextDecoder();
  const encoder = new TextEncoder();
  let pending = "";
  const filter = new TransformStream<Uint8Array, Uint8Array>({
    transform(chunk, controller) {
      pending += decoder.decode(chunk, { stream: true }).replace(/\r\n/g, "\n");
      const blocks = pending.split("\n\n");
      pending = blocks.pop() ?? "";
      const kept = blocks.filter((block) => !/^event: ?task_run\.state$/m.test(block));
      if (kept.length > 0) controller.enqueue(encoder.encode(kept.map((block) => `${block}\n\n`).join("")));
    },
  });
  return new Response(response.body.pipeThrough(filter), {
    status: response.status,
    statusText: response.statusText,
    headers: response.headers,
  });
}
