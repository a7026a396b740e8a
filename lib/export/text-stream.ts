/**
 * A byte stream pulled from an async source of text: the next chunk is produced only when the
 * client has taken the last one (backpressure), and a client that goes away stops the source.
 */
export function textStream(source: AsyncGenerator<string>): ReadableStream<Uint8Array> {
  const encoder = new TextEncoder();
  return new ReadableStream<Uint8Array>(
    {
      async pull(controller) {
        try {
          const next = await source.next();
          if (next.done) controller.close();
          else controller.enqueue(encoder.encode(next.value));
        } catch (error) {
          // The client sees a cut download rather than a file that looks complete.
          console.error("Export failed while streaming:", error);
          controller.error(error);
        }
      },
      async cancel() {
        await source.return(undefined);
      },
    },
    { highWaterMark: 1 },
  );
}
