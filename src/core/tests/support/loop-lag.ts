// Test helper: how late this thread's event loop ran while a timing test was going, so a bound on
// wall-clock time allows for a busy machine instead of failing on it. A call that is late because
// of the client (a timer never armed, a retry too many) is late by its own timeouts, also when the
// loop is prompt; a call that is late because the machine is busy delays the loop too.
import { monitorEventLoopDelay, type IntervalHistogram } from "node:perf_hooks";

/** Sequential waits in one call (connect, headers, body, a backoff, the next attempt) that a stall can each delay. */
const WAITS_PER_CALL = 4;

export interface LoopLag {
  /** Forgets what was seen so far (between tests). */
  reset(): void;
  /** Extra milliseconds a call may take: WAITS_PER_CALL × the longest stall seen since the last reset. */
  allowanceMs(): number;
  stop(): void;
}

export function watchLoopLag(): LoopLag {
  const histogram: IntervalHistogram = monitorEventLoopDelay({ resolution: 10 });
  histogram.enable();
  return {
    reset: () => histogram.reset(),
    allowanceMs: () => (WAITS_PER_CALL * histogram.max) / 1e6,
    stop: () => histogram.disable(),
  };
}
