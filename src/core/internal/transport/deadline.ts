// The per-attempt bound. The attempt is raced against a timer owned here, so the call settles
// when the time is up whatever the HTTP stack does: an abort that never reaches the socket
// (undici drops a Request's signal link when GC collects it, nodejs/undici#4068) cannot keep
// the caller waiting.

export class AttemptTimedOut extends Error {
  constructor(readonly timeoutMs: number) {
    super(`attempt timed out after ${timeoutMs} ms`);
  }
}

export class AttemptAborted extends Error {
  constructor(readonly reason: unknown) {
    super("aborted by the caller");
  }
}

/**
 * Runs `work` with a signal that fires on the caller's abort or after `timeoutMs`, and settles
 * at that moment even if `work` never does (its late result or failure is dropped).
 */
export function withDeadline<T>(work: (signal: AbortSignal) => Promise<T>, timeoutMs: number, caller: AbortSignal | undefined): Promise<T> {
  return new Promise<T>((resolve, reject) => {
    if (caller?.aborted) {
      reject(new AttemptAborted(caller.reason));
      return;
    }
    const controller = new AbortController();
    let settled = false;
    const finish = (): boolean => {
      if (settled) return false;
      settled = true;
      clearTimeout(timer);
      caller?.removeEventListener("abort", onCallerAbort);
      return true;
    };
    const onCallerAbort = (): void => {
      if (!finish()) return;
      const failure = new AttemptAborted(caller?.reason);
      controller.abort(failure);
      reject(failure);
    };
    const timer = setTimeout(() => {
      if (!finish()) return;
      const failure = new AttemptTimedOut(timeoutMs);
      controller.abort(failure);
      reject(failure);
    }, timeoutMs);
    caller?.addEventListener("abort", onCallerAbort, { once: true });
    work(controller.signal).then(
      (value) => {
        if (finish()) resolve(value);
      },
      (error: unknown) => {
        if (finish()) reject(error);
      },
    );
  });
}
