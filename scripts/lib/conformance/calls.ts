// One SDK call's verdict: accepted on a 2xx the SDK read, refused with Prism's first violation or the SDK's error.
import type { ConformanceApi, ConformanceCall, Observation, Served } from "./types.js";

function firstViolation(violations: string | undefined): string {
  if (!violations) return "";
  try {
    const parsed = JSON.parse(violations) as { message?: string; location?: string[] }[];
    const first = parsed[0];
    if (first) return `${first.location?.join(".") ?? ""}: ${first.message ?? ""}`.replace(/^: /, "");
  } catch {
    // Not JSON: show it as sent.
  }
  return violations.slice(0, 200);
}

function errorText(error: unknown): string {
  const message = error instanceof Error ? error.message : String(error);
  return message.split("\n")[0]?.slice(0, 200) ?? "";
}

/**
 * The mock's record of the answer. It is made when the server finished sending, which can come a
 * turn of the event loop after the SDK has read the answer: wait a little for it.
 */
export async function observation(served: Served, api: ConformanceApi): Promise<Observation | undefined> {
  for (let turn = 0; turn < 50 && !served.last[api]; turn++) await new Promise((resolve) => setTimeout(resolve, turn < 10 ? 0 : 5));
  return served.last[api];
}

export async function attempt(
  served: Served,
  api: ConformanceApi,
  base: Omit<ConformanceCall, "accepted" | "status" | "detail">,
  run: () => Promise<unknown>,
): Promise<ConformanceCall> {
  delete served.last[api];
  try {
    const value = await run();
    const observed = await observation(served, api);
    const status = observed?.status ?? 0;
    if (status >= 200 && status < 300 && value !== undefined) return { ...base, accepted: true, status, detail: "" };
    return { ...base, accepted: false, status, detail: firstViolation(observed?.violations) || `SDK resolved on status ${status}` };
  } catch (error) {
    const observed = await observation(served, api);
    const status = observed?.status ?? 0;
    const violation = firstViolation(observed?.violations);
    const detail =
      status >= 200 && status < 300 ? `SDK could not read the ${status} answer: ${errorText(error)}` : violation || errorText(error);
    return { ...base, accepted: false, status, detail };
  }
}
