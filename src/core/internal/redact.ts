// One place decides what is secret, so errors, logs and snapshots all hide the same things.

export const REDACTED = "[REDACTED]";

const SECRET_HEADER = /^(authorization|proxy-authorization|cookie|set-cookie|x-api-key|api-key|x-auth-token)$/i;
// Matches names such as token, access_token, clientSecret, client_secret, password, api_key, apiKey.
const SECRET_NAME = /(token|secret|password|passwd|api[-_]?key|apikey|authorization|credential|private[-_]?key|session)/i;

// A header or query parameter whose name says it carries a credential: broader than body fields
// (a body's `key` is usually data; an `x-user-key` header never is). Matches www-authenticate too.
const CREDENTIAL_NAME = /(key|token|secret|auth|session|cookie|password|passwd|credential|signature)/i;

export function isSecretHeader(name: string): boolean {
  return SECRET_HEADER.test(name) || CREDENTIAL_NAME.test(name);
}

/** A header or query parameter name that says it carries a credential. */
export function isCredentialName(name: string): boolean {
  return CREDENTIAL_NAME.test(name);
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
    return url.replace(
      /([?&][^=&#]*(?:key|token|secret|auth|session|cookie|password|passwd|credential|signature)[^=&#]*=)[^&#]*/gi,
      `$1${REDACTED}`,
    );
  }
  if (parsed.username || parsed.password) {
    parsed.username = parsed.username ? REDACTED : "";
    parsed.password = parsed.password ? REDACTED : "";
  }
  for (const name of [...parsed.searchParams.keys()]) {
    if (isCredentialName(name)) parsed.searchParams.set(name, REDACTED);
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

const percentEncodedLower = (text: string): string => text.replace(/%[0-9A-F]{2}/g, (hex) => hex.toLowerCase());
const unicodeEscaped = (text: string, upper: boolean): string =>
  text.replace(/[\u007f-\uffff]/g, (char) => {
    const hex = char.charCodeAt(0).toString(16).padStart(4, "0");
    return `\\u${upper ? hex.toUpperCase() : hex}`;
  });
const htmlEscaped = (text: string): string =>
  text.replace(/[&<>"']/g, (char) => `&${{ "&": "amp", "<": "lt", ">": "gt", '"': "quot", "'": "#39" }[char] ?? ""};`);

const formsCache = new Map<string, readonly string[]>();

/**
 * Every way a server may echo a secret back: as sent, JSON-escaped (also with `\/` and with
 * `\uXXXX` for non-ASCII, as PHP and Python write it), percent-encoded (URL and form style, either
 * hex case) and HTML-escaped. Longest first, so a longer form is replaced before a shorter one
 * inside it.
 */
export function secretForms(secret: string): readonly string[] {
  let forms = formsCache.get(secret);
  if (forms) return forms;
  const json = JSON.stringify(secret).slice(1, -1);
  const uri = encodeURIComponent(secret);
  const form = new URLSearchParams({ s: secret }).toString().slice(2);
  const all = [
    secret,
    json,
    json.replaceAll("/", "\\/"),
    unicodeEscaped(json, false),
    unicodeEscaped(json, true),
    uri,
    percentEncodedLower(uri),
    form,
    percentEncodedLower(form),
    htmlEscaped(secret),
  ];
  forms = [...new Set(all)].sort((a, b) => b.length - a.length);
  if (formsCache.size >= 256) formsCache.clear();
  formsCache.set(secret, forms);
  return forms;
}

/** `Basic` credentials as they travel: base64 of `id:secret` (UTF-8), a form no per-character scrub can find. */
export function basicCredentials(id: string, secret: string): string {
  let binary = "";
  for (const byte of new TextEncoder().encode(`${id}:${secret}`)) binary += String.fromCharCode(byte);
  return btoa(binary);
}

/**
 * Replaces every occurrence of known secret values (the client's own credentials, and the ones a
 * call carried) in free text, in every form of secretForms. The name-based passes above miss a
 * secret that a server echoes back in an unexpected place.
 */
export function scrubKnownSecrets(text: string, secrets: readonly string[]): string {
  let out = text;
  for (const secret of secrets) {
    if (secret.length < 4) continue;
    for (const form of secretForms(secret)) if (out.includes(form)) out = out.split(form).join(REDACTED);
  }
  return out;
}

/** Deep copy of a JSON-like value: secret-named properties replaced, known secrets scrubbed from every string and key. */
export function scrubValue(value: unknown, secrets: readonly string[], depth = 0): unknown {
  if (typeof value === "string") return scrubKnownSecrets(value, secrets);
  if (depth > 20) return "[…]";
  if (Array.isArray(value)) return value.map((item) => scrubValue(item, secrets, depth + 1));
  if (value !== null && typeof value === "object") {
    const out: Record<string, unknown> = {};
    for (const [key, inner] of Object.entries(value)) {
      const redacted = isSecretName(key) && inner !== null && inner !== undefined;
      out[scrubKnownSecrets(key, secrets)] = redacted ? REDACTED : scrubValue(inner, secrets, depth + 1);
    }
    return out;
  }
  return value;
}

/** Response headers as an error keeps them: credential-named ones replaced, known secrets scrubbed from the rest. */
export function redactResponseHeaders(headers: Record<string, string>, secrets: readonly string[]): Headers {
  const out = new Headers();
  for (const [name, value] of Object.entries(headers))
    out.append(name, isSecretHeader(name) ? REDACTED : scrubKnownSecrets(value, secrets));
  return out;
}

/** A header value, and for `Scheme credential` the credential alone, and for Basic its decoded secret. */
function credentialParts(value: string): string[] {
  const scheme = /^(\w+) +(\S+)$/.exec(value);
  if (!scheme?.[2]) return [value];
  const parts = [value, scheme[2]];
  if (scheme[1]?.toLowerCase() === "basic") {
    try {
      const decoded = new TextDecoder().decode(Uint8Array.from(atob(scheme[2]), (char) => char.charCodeAt(0)));
      parts.push(decoded, decoded.slice(decoded.indexOf(":") + 1));
    } catch {
      // Not base64: the raw forms above are all there is.
    }
  }
  return parts;
}

/**
 * The credentials a call carried beyond the client's own: the values of its credential-named
 * headers and query parameters (an `x-user-key` header, an `api_key` query parameter).
 */
export function callCredentials(url: string, headers: Record<string, string>): string[] {
  const found: string[] = [];
  for (const name in headers) if (isCredentialName(name)) found.push(...credentialParts(headers[name] ?? ""));
  const queryStart = url.indexOf("?");
  if (queryStart >= 0) {
    for (const [name, value] of new URLSearchParams(url.slice(queryStart + 1).split("#")[0])) if (isCredentialName(name)) found.push(value);
  }
  return found;
}
