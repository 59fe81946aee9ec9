// The bounds of a streamed body, after its attempt's deadline has covered the wait for the
// headers: each read must bring a chunk within `timeoutMs` (a stalled read fails, a long healthy
// stream does not, and no timer runs while the reader is not reading), the caller's signal still
// cancels it, and the byte limit holds. Failures surface as this library's errors through
// `errors`; `settled` runs once when the stream ends in any way (the connection permit is freed).

export interface StreamBounds {
  timeoutMs: number;
  maxBytes: number;
  signal: AbortSignal | undefined;
  errors: {
    timedOut(): Error;
    aborted(reason: unknown): Error;
    tooLarge(): Error;
    failed(cause: unknown): Error;
  };
  settled(): void;
}

class ReadTimedOut extends Error {}

function readWithin<T>(read: Promise<T>, timeoutMs: number): Promise<T> {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new ReadTimedOut()), timeoutMs);
  });
  return Promise.race([read, timeout]).finally(() => clearTimeout(timer));
}

export function boundedStream(source: ReadableStream<Uint8Array>, bounds: StreamBounds): ReadableStream<Uint8Array> {
  const reader = source.getReader();
  let received = 0;
  let finished = false;
  let controller: ReadableStreamDefaultController<Uint8Array> | undefined;
  const finish = (): boolean => {
    if (finished) return false;
    finished = true;
    bounds.signal?.removeEventListener("abort", onAbort);
    bounds.settled();
    return true;
  };
  const fail = (error: Error): void => {
    if (!finish()) return;
    reader.cancel(error).catch(() => undefined);
    controller?.error(error);
  };
  const onAbort = (): void => fail(bounds.errors.aborted(bounds.signal?.reason));
  return new ReadableStream<Uint8Array>(
    {
      start(started) {
        controller = started;
        if (bounds.signal?.aborted) onAbort();
        else bounds.signal?.addEventListener("abort", onAbort, { once: true });
      },
      async pull(started) {
        let chunk: Awaited<ReturnType<typeof reader.read>>;
        try {
          chunk = await readWithin(reader.read(), bounds.timeoutMs);
        } catch (error) {
          fail(error instanceof ReadTimedOut ? bounds.errors.timedOut() : bounds.errors.failed(error));
          return;
        }
        if (finished) return;
        if (chunk.done) {
          finish();
          started.close();
          return;
        }
        received += chunk.value.byteLength;
        if (received > bounds.maxBytes) {
          fail(bounds.errors.tooLarge());
          return;
        }
        started.enqueue(chunk.value);
      },
      cancel(reason) {
        if (!finish()) return;
        return reader.cancel(reason);
      },
    },
    // Nothing is read ahead of the caller: a read starts only when the caller asks for one.
    { highWaterMark: 0 },
  );
}
