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
