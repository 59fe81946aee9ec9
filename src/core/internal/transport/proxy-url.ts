// A proxy URL (the `proxy` option, HTTP(S)_PROXY), checked once with its credentials kept apart so
// they can be scrubbed. Apart from select-dispatch.ts: the client checks the option when it is
// built, on every runtime, and the Node transport is loaded only on the first call.
import { ConfigurationError } from "../../errors.js";
import { REDACTED } from "../redact.js";

/** A proxy URL checked once, with its credentials kept apart so they can be scrubbed. */
export interface ProxyUrl {
  href: string;
  credentials: string[];
}

/** Throws a ConfigurationError that names the option and shows the URL with its credentials replaced. */
export function parseProxyUrl(value: string, source: string): ProxyUrl {
  let parsed: URL;
  try {
    parsed = new URL(value);
  } catch {
    throw new ConfigurationError(`${source}: not a URL: ${value.replace(/\/\/[^@/]*@/, `//${REDACTED}@`)}`);
  }
  if (parsed.protocol !== "http:" && parsed.protocol !== "https:") {
    throw new ConfigurationError(`${source}: only http: and https: proxies are supported, got ${parsed.protocol}`);
  }
  const credentials = [parsed.username, parsed.password, decodeURIComponent(parsed.username), decodeURIComponent(parsed.password)];
  return { href: parsed.href, credentials: credentials.filter((part) => part.length > 0) };
}
