// Reading Prism's answer: `sl-violations` into pointers, its own problem+json, and its log of
// what the upstream really answered.
import { asObject } from "../../../src/core/internal/openapi-document.js";
import type { Violation } from "./types.js";

interface RawViolation {
  location: string[];
  severity: string;
  code?: string;
  message: string;
}

const pointerOf = (segments: string[]): string => segments.map((s) => `/${s.replace(/~/g, "~0").replace(/\//g, "~1")}`).join("");

/** Turns one `sl-violations` entry into a Violation; the pointer names the offending field. */
export function toViolation(raw: RawViolation): Violation {
  const [side = "", part = "", ...path] = raw.location;
  const named = [...path];
  // Prism places a missing or extra property at its parent; the field is only in the message.
  const field =
    raw.code === "required"
      ? /required property '(.+)'$/.exec(raw.message)?.[1]
      : raw.code === "additionalProperties"
        ? /; found '(.+)'$/.exec(raw.message)?.[1]
        : raw.code === "unevaluatedProperties"
          ? /: '(.+)'$/.exec(raw.message)?.[1]
          : undefined;
  if (field !== undefined) named.push(field);
  // Prism prefixes messages with "Response body property a.b.c "; the pointer says that already.
  const prefix = `${side === "request" ? "Request" : "Response"} ${part ? `${part} ` : ""}${path.length > 0 ? `${part === "body" ? "property" : "parameter"} ${path.join(".")} ` : ""}`;
  const message = part && raw.message.startsWith(prefix) ? raw.message.slice(prefix.length) : raw.message;
  return {
    side: side === "request" ? "request" : "response",
    part,
    pointer: pointerOf(named),
    severity: raw.severity,
    ...(raw.code !== undefined ? { code: String(raw.code) } : {}),
    message,
  };
}

export function parseViolations(header: string | null): Violation[] {
  if (!header) return [];
  let parsed: unknown;
  try {
    parsed = JSON.parse(header);
  } catch {
    return [
      { side: "proxy", part: "", pointer: "", severity: "Error", message: `unreadable sl-violations header: ${header.slice(0, 200)}` },
    ];
  }
  if (!Array.isArray(parsed)) return [];
  return parsed.map((entry) => {
    const o = asObject(entry) ?? {};
    const location = Array.isArray(o["location"]) ? o["location"].map(String) : [];
    const code = o["code"];
    return toViolation({
      location,
      severity: typeof o["severity"] === "string" ? o["severity"] : "Error",
      ...(code !== undefined && code !== null ? { code: String(code) } : {}),
      message: typeof o["message"] === "string" ? o["message"] : JSON.stringify(o),
    });
  });
}

/** Severities that fail an operation (Prism also emits Information and Hint). */
export const FAILING = new Set(["Error", "Warning"]);

const UPSTREAM_LOG = /(?:The upstream call|Upstream call) to \S+ has returned (\d+)/;

/**
 * The upstream's real status from Prism's log of one request (the proxy's log from where the
 * request began), if Prism reached it. The proxy runs in this process and logs before it answers,
 * so the line is there once the answer is.
 */
export function upstreamStatusFromLog(log: string): number | undefined {
  const match = UPSTREAM_LOG.exec(log);
  return match?.[1] ? Number(match[1]) : undefined;
}

/** Prism's own problem+json (upstream unreachable, …), as opposed to an answer of the upstream. */
export function prismProblem(response: Response, text: string): string | undefined {
  if (!(response.headers.get("content-type") ?? "").includes("application/problem+json")) return undefined;
  try {
    const problem = asObject(JSON.parse(text));
    const type = problem?.["type"];
    if (typeof type === "string" && (type.startsWith("https://stoplight.io/prism/errors#") || /Error$/.test(type))) {
      return `${type.replace("https://stoplight.io/prism/errors#", "")}: ${String(problem?.["title"] ?? "")}`;
    }
  } catch {
    // not Prism's
  }
  return undefined;
}
