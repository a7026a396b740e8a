import type { UpstreamStream } from "@/lib/parallel/upstream-stream";

/** A scripted upstream answer (a Response over a ReadableStream the test drives) as the upstream client gives it. */
export function upstreamStreamOf(response: Response): UpstreamStream {
  const body = response.body ?? new ReadableStream<Uint8Array>({ start: (c) => c.close() });
  return {
    status: response.status,
    ok: response.ok,
    headers: response.headers,
    body: body as unknown as AsyncIterable<Uint8Array>,
    text: () => new Response(body).text(),
    cancel: () => void body.cancel().catch(() => undefined),
  };
}
