/**
 * A response body read from an async source (a file as it grows, a file), pull by pull: a chunk is read only when
 * the client has taken the last one (backpressure), and when the client goes away the source is closed (its
 * `return`, which closes a file) and nothing more is enqueued. `Readable.toWeb` enqueued a chunk that arrived after
 * the client had gone and threw "Invalid state: Controller is already closed" as an uncaught exception (the
 * open-data exports, a download stopped while its file was being built).
 */
export function streamBody(source: AsyncIterable<Uint8Array>): ReadableStream<Uint8Array> {
  const chunks = source[Symbol.asyncIterator]();
  let cancelled = false;
  return new ReadableStream<Uint8Array>({
    async pull(controller) {
      const { value, done } = await chunks.next();
      if (cancelled) return;
      if (done) controller.close();
      else controller.enqueue(value);
    },
    async cancel() {
      cancelled = true;
      await chunks.return?.();
    },
  });
}
