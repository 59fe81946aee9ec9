// Collects unhandled promise rejections while a suite runs, so a test can assert there were none.
export function watchUnhandledRejections(): { reasons: unknown[]; start(): void; stop(): void } {
  const reasons: unknown[] = [];
  const onUnhandled = (reason: unknown): void => void reasons.push(reason);
  return {
    reasons,
    start: () => void process.on("unhandledRejection", onUnhandled),
    stop: () => void process.off("unhandledRejection", onUnhandled),
  };
}
