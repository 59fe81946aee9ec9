// Shared assertions of the contract tests: how a documented error, Prism's request
// validation and a call without credentials look through a typed client.
import { expect, inject } from "vitest";
import { ApiError } from "../../src/core/index.js";

export function mockUrl(api: string): string {
  const url = inject("mockUrls")[api];
  if (!url) throw new Error(`no mock for ${api}; is it listed in redocly.yaml?`);
  return url;
}

/** Ask Prism for the spec's example of this documented status. */
export function preferStatus(status: number): { headers: Record<string, string> } {
  return { headers: { Prefer: `code=${status}` } };
}

/** A fetch that drops every credential header, to check that the mock demands them. */
export const fetchWithoutCredentials = (request: Request): Promise<Response> => {
  const headers = new Headers(request.headers);
  headers.delete("authorization");
  headers.delete("x-api-key");
  return fetch(new Request(request, { headers }));
};

/** Awaits a call that must fail with this HTTP status; returns the typed ApiError. */
export async function expectApiError<Body>(
  call: Promise<unknown>,
  status: number,
  isApiError: (e: unknown) => e is ApiError<Body>,
): Promise<ApiError<Body>> {
  const error = await call.then(
    () => undefined,
    (e: unknown) => e,
  );
  expect(error, `expected HTTP ${status}, the call succeeded`).toBeInstanceOf(ApiError);
  if (!isApiError(error)) throw new Error("unreachable: not an ApiError");
  expect(error.status).toBe(status);
  expect(error.operation).toBeDefined();
  return error;
}

interface PrismViolation {
  location: string[];
  message: string;
}

/**
 * Awaits a call that Prism's request validation must refuse, and checks that the violation it
 * reports in `sl-violations` is at `location` (e.g. ["body", "name"], ["path", "id"]). Prism
 * answers a refused request with the spec's 422 response, else its 400, else a generated 422
 * problem; `status` is the one this operation's spec leads to.
 */
export async function expectRequestRejected(
  call: Promise<unknown>,
  expected: { at: string[]; mentions?: string; status?: 400 | 422 },
): Promise<void> {
  const error = await call.then(
    () => undefined,
    (e: unknown) => e,
  );
  expect(error, "Prism accepted a request the spec forbids").toBeInstanceOf(ApiError);
  const apiError = error as ApiError<{ validation?: PrismViolation[] }>;
  expect(apiError.status).toBe(expected.status ?? 422);
  // With a documented 400/422 example Prism sends that body and lists the violations in the
  // sl-violations header; without one it sends a problem+json whose `validation` lists them.
  const header = apiError.headers.get("sl-violations");
  const violations = header ? (JSON.parse(header) as PrismViolation[]) : (apiError.body.validation ?? []);
  expect(violations.length, "no violations reported: the refusal did not come from request validation").toBeGreaterThan(0);
  // The header's locations start with "request"; the problem body's do not.
  const where = (v: PrismViolation): string => (v.location[0] === "request" ? v.location.slice(1) : v.location).join(".");
  const matching = violations.filter((v) => where(v) === expected.at.join("."));
  expect(matching.length, `no violation at ${expected.at.join(".")}: ${JSON.stringify(violations)}`).toBeGreaterThan(0);
  if (expected.mentions) {
    expect(matching.map((v) => v.message).join(" | ")).toContain(expected.mentions);
  }
}
