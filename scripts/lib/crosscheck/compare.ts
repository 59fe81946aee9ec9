// The breaking report beside a second tool (api-smart-diff): both verdicts for one pair of spec
// versions, and the known reason when they disagree (scripts/README.md, "Cross-check").
import { apiDiff } from "api-smart-diff";
import { compareSpecs, type Change } from "../breaking/compare.js";

export interface CrossVerdict {
  case: string;
  ours: Change[];
  /** api-smart-diff's breaking diffs, as `path (action)`. */
  theirs: string[];
  agree: boolean;
  /** Why the tools disagree, when a known reason covers every differing verdict. */
  explained?: string;
}

/** Where we say breaking and api-smart-diff does not: our rule → why our verdict stands. */
export const KNOWN_DISAGREEMENTS: Record<string, string> = {
  "server-host-changed":
    "api-smart-diff treats `servers` as an annotation; our clients default to servers[0] (<API>_BASE_URL), so a new host moves every call",
  "server-base-path-changed": "as server-host-changed: a new base path moves every operation of a client that follows the spec",
  "response-error-status-removed":
    "api-smart-diff calls a removed error response non-breaking; a client with validateResponses turns that status from ApiError into ResponseValidationError",
  "response-nullable-added":
    "api-smart-diff classifies `type` gaining null in a response as non-breaking; for a typed reader `T` becomes `T | null`, which fails tsc",
  "response-property-became-optional":
    "api-smart-diff calls a response property dropped from `required` non-breaking; for a typed reader `T` becomes `T | undefined`",
  "parameter-serialization-changed": "api-smart-diff does not classify `explode`/`style`; the wire form of the parameter changes",
  "request-property-removed":
    "api-smart-diff calls a request property removed non-breaking; typed code that sets it fails tsc, and a closed body (additionalProperties: false) refuses a client that still sends it",
};

const TIGHTENING =
  /(\/required\/\d+ \(add\)|\/(minimum|maximum|minLength|maxLength|minItems|maxItems|pattern|format) \(add\)|\/enum\/\d+ \(remove\))$/;

/**
 * Where api-smart-diff says breaking and we do not: which of its diffs, and why ours stands. Its
 * rules judge a component by itself and call a tightening breaking wherever it is; our report
 * follows each schema to the operations using it, by direction.
 */
export const THEIR_OVERCALLS: { test: (diff: string) => boolean; reason: string }[] = [
  {
    test: (diff) => diff.endsWith("/description (replace)"),
    reason: "api-smart-diff calls a changed description of a shared response component breaking; a description changes nothing on the wire",
  },
  {
    test: (diff) => (diff.startsWith("components/schemas/") || diff.includes("/responses/")) && TIGHTENING.test(diff),
    reason:
      "api-smart-diff calls a tightening (required added, a bound added, an enum value removed) breaking wherever it is; our report found the schema read only in responses, where a client receives nothing it did not accept before",
  },
];

const breakingOf = (changes: Change[]): Change[] => changes.filter((c) => c.severity === "breaking");

/** Both tools on one pair of documents. */
export function crossCheck(name: string, before: unknown, after: unknown): CrossVerdict {
  const ours = compareSpecs(before, after);
  // api-smart-diff rewrites the documents it is given (merging path-level parameters into
  // operations): it gets copies, so the caller's documents stay as they were.
  const theirs = apiDiff(structuredClone(before), structuredClone(after))
    .filter((d) => d.type === "breaking")
    .map((d) => `${d.path.map(String).join("/")} (${d.action})`);
  const oursBreaking = breakingOf(ours).length > 0;
  const agree = oursBreaking === theirs.length > 0;
  const verdict: CrossVerdict = { case: name, ours, theirs, agree };
  if (agree) return verdict;
  const reasons = oursBreaking
    ? breakingOf(ours).map((c) => KNOWN_DISAGREEMENTS[c.rule])
    : theirs.map((diff) => THEIR_OVERCALLS.find((o) => o.test(diff))?.reason);
  if (reasons.every((r) => r !== undefined)) verdict.explained = [...new Set(reasons)].join("; ");
  return verdict;
}
