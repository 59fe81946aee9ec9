// A response body as a ReadableStream fed chunk by chunk from a dispatch handler, with
// backpressure: push() says when the reader is behind (the handler then pauses the socket) and
// the next read resumes it, so at most about one queue of bytes is held whatever the body's size.

/** Bytes buffered ahead of the reader before the socket is paused. */
const QUEUE_BYTES = 64 * 1024;

export interface PushedBody {
  stream: ReadableStream<Uint8Array>;
  /** Queues a chunk; false when the queue is full and the source should pause. */
  push(chunk: Uint8Array): boolean;
  end(): void;
  fail(error: unknown): void;
}

/** `resume`: the reader wants more after a pause. `cancel`: the reader gave up; stop the source. */
export function pushedBody(resume: () => void, cancel: (reason: unknown) => void): PushedBody {
  let controller: ReadableStreamDefaultController<Uint8Array> | undefined;
  let open = true;
  const stream = new ReadableStream<Uint8Array>(
    {
      start(started) {
        controller = started;
      },
      pull() {
        resume();
      },
      cancel(reason) {
        open = false;
        cancel(reason);
      },
    },
    new ByteLengthQueuingStrategy({ highWaterMark: QUEUE_BYTES }),
  );
  return {
    stream,
    push(chunk) {
      if (!open || !controller) return true;
      controller.enqueue(chunk);
      return (controller.desiredSize ?? 0) > 0;
    },
    end() {
      if (!open) return;
      open = false;
      controller?.close();
    },
    fail(error) {
      if (!open) return;
      open = false;
      controller?.error(error);
    },
  };
}
