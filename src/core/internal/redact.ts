// One place decides what is secret, so errors, logs and snapshots all hide the same things.

export const REDACTED = "[REDACTED]";

const SECRET_HEADER = /^(authorization|proxy-authorization|cookie|set-cookie|x-api-key|api-key|x-auth-token)$/i;
// Matches names such as token, access_token, clientSecret, client_secret, password, api_key, apiKey.
const SECRET_NAME = /(token|secret|password|passwd|api[-_]?key|apikey|authorization|credential|private[-_]?key|session)/i;

export function isSecretHeader(name: string): boolean {
  return SECRET_HEADER.test(name) || SECRET_NAME.test(name);
}

export function isSecretName(name: string): boolean {
  return SECRET_NAME.test(name);
}

export function redactHeaders(headers: Headers | Record<string, string>): Record<string, string> {
  const entries = headers instanceof Headers ? [...headers.entries()] : Object.entries(headers);
  const out: Record<string, string> = {};
  for (const [name, value] of entries) out[name] = isSecretHeader(name) ? REDACTED : value;
  return out;
}

export function redactUrl(url: string): string {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return url.replace(/([?&][^=&#]*(?:token|secret|password|key)[^=&#]*=)[^&#]*/gi, `$1${REDACTED}`);
  }
  if (parsed.username || parsed.password) {
    parsed.username = parsed.username ? REDACTED : "";
    parsed.password = parsed.password ? REDACTED : "";
  }
  for (const name of [...parsed.searchParams.keys()]) {
    if (isSecretName(name)) parsed.searchParams.set(name, REDACTED);
  }
  // URLSearchParams re-encodes the brackets; keep the marker readable.
  return parsed.toString().replaceAll(encodeURIComponent(REDACTED), REDACTED);
}

/** Deep copy of a JSON-like value with every secret-named property replaced. */
export function redactValue(value: unknown, depth = 0): unknown {
  if (depth > 20) return "[…]";
  if (Array.isArray(value)) return value.map((item) => redactValue(item, depth + 1));
  if (value !== null && typeof value === "object") {
    const out: Record<string, unknown> = {};
    for (const [key, inner] of Object.entries(value)) {
      out[key] = isSecretName(key) && inner !== null && inner !== undefined ? REDACTED : redactValue(inner, depth + 1);
    }
    return out;
  }
  return value;
}

/** A request or response body as text, with secrets replaced (JSON and form bodies understood). */
export function redactBodyText(text: string): string {
  const trimmed = text.trim();
  if (trimmed.startsWith("{") || trimmed.startsWith("[")) {
    try {
      return JSON.stringify(redactValue(JSON.parse(trimmed)));
    } catch {
      // Not JSON after all: fall through to the pattern-based pass.
    }
  }
  if (/^[^=&\s]+=[^&]*(&[^=&\s]+=[^&]*)*$/.test(trimmed)) {
    const form = new URLSearchParams(trimmed);
    for (const name of [...form.keys()]) if (isSecretName(name)) form.set(name, REDACTED);
    return form.toString().replaceAll(encodeURIComponent(REDACTED), REDACTED);
  }
  return text.replace(/("?[\w-]*(?:token|secret|password|api[-_]?key)[\w-]*"?\s*[:=]\s*)("[^"]*"|[^\s,&}]+)/gi, `$1"${REDACTED}"`);
}

/**
 * Replaces every occurrence of known secret values (the client's own credentials) in free text.
 * The name-based passes above miss a secret that a server echoes back in an unexpected place.
 */
export function scrubKnownSecrets(text: string, secrets: readonly string[]): string {
  let out = text;
  for (const secret of secrets) {
    if (secret.length >= 4) out = out.split(secret).join(REDACTED);
  }
  return out;
}
