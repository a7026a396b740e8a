/** An upstream answer whose body is read as it arrives (an SSE stream), whatever its status. */
export interface UpstreamStream {
  readonly status: number;
  readonly ok: boolean;
  readonly headers: Headers;
  /** The body's bytes as they arrive: ends when the upstream ends it, throws when it breaks. */
  readonly body: AsyncIterable<Uint8Array>;
  /** The whole body as text (an error answer's). */
  text(): Promise<string>;
  /** Stops reading and closes the connection. */
  cancel(): void;
}

/** A fetch Response as an UpstreamStream (a missing body reads as an empty one). */
export function upstreamStreamOf(response: Response): UpstreamStream {
  const body = response.body ?? new ReadableStream<Uint8Array>({ start: (c) => c.close() });
  return {
    status: response.status,
    ok: response.ok,
    headers: response.headers,
    // Node's web streams are async iterable; the DOM typings do not say so.
    body: body as unknown as AsyncIterable<Uint8Array>,
    text: () => new Response(body).text(),
    cancel: () => void body.cancel().catch(() => undefined),
  };
}
