// The wait for credentials is part of the attempt: a call's own deadline covers the token
// exchange it waits on, and its abort ends that wait (the shared exchange keeps running for the
// other callers). Static credentials come back synchronously and cost no timer.
import type { AuthProvider } from "../../auth.js";
import { withDeadline } from "./deadline.js";

export interface Credentials {
  headers: Record<string, string>;
  /** How much of the attempt's time the wait used. */
  waitedMs: number;
}

/** The provider itself failed (e.g. the token endpoint, after its own retries): the call ends with `reason` as it is. */
export class CredentialsFailed extends Error {
  constructor(readonly reason: unknown) {
    super("credentials could not be obtained");
  }
}

export async function awaitCredentials(auth: AuthProvider, timeoutMs: number, caller: AbortSignal | undefined): Promise<Credentials> {
  let supplied: ReturnType<AuthProvider["headers"]>;
  try {
    supplied = auth.headers(caller);
  } catch (error) {
    throw new CredentialsFailed(error);
  }
  if (!(supplied instanceof Promise)) return { headers: supplied, waitedMs: 0 };
  const started = performance.now();
  const settled = supplied.catch((error: unknown) => {
    throw new CredentialsFailed(error);
  });
  // A late rejection of the shared exchange, after this wait timed out, is not this call's to report.
  settled.catch(() => undefined);
  const headers = await withDeadline(() => settled, timeoutMs, caller);
  return { headers, waitedMs: performance.now() - started };
}
