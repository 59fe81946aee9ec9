// Test helper: wait for a condition with no deadline of its own. On a busy machine, starting
// processes or servers can take many times longer than on a quiet one; only the runner's test
// timeout may call that a failure, so a slow machine never fails a good change.
let unfinished: (() => string) | undefined;

/**
 * After each test (registered by per-file.ts): a test the runner timed out says what it was still
 * waiting for, not only that it timed out.
 */
export function reportUnfinishedWait(): void {
  if (unfinished) console.error(`the test ended while waiting for ${unfinished()}`);
  unfinished = undefined;
}

/**
 * Polls `holds` every 50 ms until it is true. `gaveUp` ends the wait with an error when waiting
 * longer cannot help (the process being waited on exited); `what` describes the wait for errors.
 */
export async function waitUntil(what: () => string, holds: () => boolean, gaveUp: () => boolean = () => false): Promise<void> {
  unfinished = what;
  while (!holds()) {
    if (gaveUp()) {
      unfinished = undefined;
      throw new Error(`gave up waiting for ${what()}`);
    }
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  unfinished = undefined;
}
