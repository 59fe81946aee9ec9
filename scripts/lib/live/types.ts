// The live check's result and errors.

export type Env = Readonly<Record<string, string | undefined>>;
/**
 * The fetch the live check sends through (a test may pass its own). URL and init, never a
 * `Request` object: the client's core FetchLike takes a Request, whose abort signal can die with GC.
 */
export type SendFetch = (url: string, init: RequestInit) => Promise<Response>;

// ------------------------------------------------------------------------------------------
// Errors that mean "the check could not run" (the CLI exits 2 on them).

export class LiveCheckSetupError extends Error {
  override name = "LiveCheckSetupError";
}

export class MissingCredentialError extends LiveCheckSetupError {
  override name = "MissingCredentialError";
  constructor(
    readonly api: string,
    /** Alternatives: setting any one group of these variables would do. */
    readonly variables: string[],
    operationIds: string[],
  ) {
    super(
      `${api}: missing credential: set ${variables.join(" or ")} in the environment ` +
        `(needed by ${operationIds.slice(0, 3).join(", ")}${operationIds.length > 3 ? `, and ${operationIds.length - 3} more` : ""})`,
    );
  }
}

// ------------------------------------------------------------------------------------------
// Result

export interface Violation {
  /** Which message Prism found the problem in; `proxy` for a failure of Prism or the upstream itself. */
  side: "request" | "response" | "proxy";
  /** `body`, `query`, `path`, `header`… or "" for the message as a whole. */
  part: string;
  /** JSON pointer inside `part`, e.g. `/data/0/id` in the response body; "" for the part as a whole. */
  pointer: string;
  severity: string;
  code?: string;
  message: string;
}

export type Outcome = "passed" | "failed" | "skipped";

/** The run as a whole: `nothing-checked` when no operation was sent (e.g. all are writes). */
export type Verdict = "passed" | "failed" | "nothing-checked";

export interface OperationResult {
  operationId: string;
  method: string;
  /** Path template, as in the spec. */
  path: string;
  outcome: Outcome;
  /** The path and query actually requested (parameter values come from the spec's examples). */
  target?: string;
  /** Status of the answer (the upstream's, when Prism replaced it). */
  status?: number;
  violations?: Violation[];
  /** Why the operation was skipped. */
  reason?: string;
}

export interface LiveCheckResult {
  api: string;
  /** The upstream, without any user-info part. */
  baseUrl: string;
  allowWrites: boolean;
  operations: OperationResult[];
  summary: { passed: number; failed: number; skipped: number };
  /** Passed only when at least one operation was checked and none failed. */
  verdict: Verdict;
  /** Things that may make the run meaningless (e.g. a base URL missing the spec's base path). */
  warnings: string[];
}
