// Gate: the client's own `validateResponses` refuses an answer that does not match the spec.
import { bearerToken, createApiClient, ResponseValidationError } from "../../../src/core/index.js";
import type { ApiEntry } from "../spec/apis.js";
import { bundleSpec } from "../spec/load.js";
import type { GateResult } from "./result.js";

/**
 * Calls GET `path` on `baseUrl` with response validation on; fails when the call throws. The
 * documented properties the answer lacked (subtractive drift, reported, not failed) come back too.
 */
export async function checkResponseValidation(
  root: string,
  api: ApiEntry,
  baseUrl: string,
  path: string,
  pathParams: Record<string, string>,
): Promise<GateResult & { subtractive: string[] }> {
  const document = await bundleSpec(root, api);
  const subtractive: string[] = [];
  const client = createApiClient<Record<string, Record<"get", object>>>(
    {
      name: api.name,
      defaultBaseUrl: baseUrl,
      auth: bearerToken("gate-dummy-credential"),
      loadDocument: async () => ({ default: document }),
    },
    { retry: false, validateResponses: { onSubtractiveDrift: (drift) => void subtractive.push(...drift.pointers) } },
  );
  const error = await client.GET(path as never, { params: { path: pathParams } } as never).then(
    () => undefined,
    (e: unknown) => e,
  );
  if (error instanceof ResponseValidationError) return { passed: false, findings: [error.message], subtractive };
  if (error instanceof Error) return { passed: false, findings: [`${error.name}: ${error.message}`], subtractive };
  return { passed: true, findings: [], subtractive };
}
