// validateResponses wired into a call: the spec's schema decides (a mismatch fails the call);
// properties the schema does not declare are additive drift, reported without failing unless
// the caller asked for strict; documented properties the body lacks are subtractive drift,
// reported (never failed) to a caller that asks with onSubtractiveDrift. Ajv and the bundled spec load on the first response checked.
import type { OperationRef, ValidationIssue } from "../errors.js";
import type { ResponseValidationOptions } from "../types.js";
import type { OpenApiDocument } from "./openapi-document.js";
import type { ResponseValidator } from "./response-validation.js";
import type { WireResponse } from "./transport/wire.js";

export function responseCheck(
  options: ResponseValidationOptions,
  getDocument: () => Promise<OpenApiDocument>,
  log: (line: string) => void,
): (operation: OperationRef, response: WireResponse, body: unknown) => Promise<ValidationIssue[]> {
  let validator: Promise<ResponseValidator> | undefined;
  return async (operation, response, body) => {
    validator ??= Promise.all([import("./response-validation.js"), getDocument()]).then(([module, doc]) =>
      module.createResponseValidator(doc),
    );
    const ready = await validator;
    const contentType = response.headers["content-type"] ?? null;
    const issues = ready.validate(operation, response.status, contentType, body);
    if (issues.length > 0) return issues;
    const absent = options.onSubtractiveDrift ? ready.absent(operation, response.status, contentType, body) : [];
    if (absent.length > 0) {
      log(`~ subtractive drift ${operation.method} ${operation.path} ${response.status}: ${absent.join(", ")}`);
      options.onSubtractiveDrift?.({ operation, status: response.status, pointers: absent });
    }
    const pointers = ready.undeclared(operation, response.status, contentType, body);
    if (pointers.length === 0) return [];
    if (options.strict) return pointers.map((pointer) => ({ pointer, message: "is not declared in the spec (additive drift; strict)" }));
    log(`~ additive drift ${operation.method} ${operation.path} ${response.status}: ${pointers.join(", ")}`);
    options.onAdditiveDrift?.({ operation, status: response.status, pointers });
    return [];
  };
}
