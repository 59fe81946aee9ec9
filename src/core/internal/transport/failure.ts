// What a failed attempt says about the request: did it possibly reach the server? A request
// provably did not when no connection was made (refused, DNS, out of file descriptors) or when
// the server's TCP stack reset the connection before any byte of an answer. The kernel answers
// data on a socket its server has closed with a reset, which is what a stale keep-alive socket
// gets; a server that read the request and then closed sends an orderly FIN instead (undici:
// "other side closed"), and that stays "may have reached the server".

/** Codes of failures before a connection existed. */
const NEVER_CONNECTED = new Set([
  "ECONNREFUSED",
  "ENOTFOUND",
  "EAI_AGAIN",
  "EMFILE",
  "ENFILE",
  "ENOBUFS",
  "EADDRNOTAVAIL",
  "ENETUNREACH",
  "EHOSTUNREACH",
  "UND_ERR_CONNECT_TIMEOUT",
]);

const answered = new WeakSet<object>();

/** Marks a failure that came after the response had begun (the server had the request); returns it. */
export function afterResponseStarted<T>(error: T): T {
  if (error !== null && typeof error === "object") answered.add(error);
  return error;
}

/** The first `code` on the error or down its cause chain (fetch wraps undici's error in a TypeError). */
export function errorCode(error: unknown): string | undefined {
  let current = error;
  for (let depth = 0; current !== null && typeof current === "object" && depth < 4; depth++) {
    if ("code" in current && typeof current.code === "string") return current.code;
    current = (current as { cause?: unknown }).cause;
  }
  return undefined;
}

export function mayHaveReachedServer(error: unknown): boolean {
  const code = errorCode(error);
  if (code !== undefined && NEVER_CONNECTED.has(code)) return false;
  if (code === "ECONNRESET" && !(error !== null && typeof error === "object" && answered.has(error))) return false;
  return true;
}
