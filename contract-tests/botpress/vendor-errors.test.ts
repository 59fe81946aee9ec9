// Botpress error types that the vendor publishes beyond the document (errors page, rate limiting page,
// @botpress/client 1.45) against the mock of specs/botpress.yaml, read through a client that validates
// every answer against the spec: each must arrive as an ApiError, not as a ResponseValidationError.
import { describe, expect, it } from "vitest";
import { ResponseValidationError } from "../../src/core/index.js";
import { createBotpressClient } from "../../src/botpress.js";
import { expectApiError } from "../support/helpers.js";
import { BOT_ID, WORKSPACE_ID, baseUrl, bot, conversation, token } from "../support/botpress.js";

const validating = createBotpressClient({
  token,
  botId: BOT_ID,
  workspaceId: WORKSPACE_ID,
  baseUrl,
  retry: false,
  validateResponses: true,
});

/** Prism answers the named example of the given status. */
const prefer = (status: number, example: string) => ({ headers: { Prefer: `code=${status}, example=${example}` } });

describe("vendor error types on updateBot PUT /v1/admin/bots/{id}", () => {
  it.each([
    [400, "BreakingChanges"],
    [403, "QuotaExceeded"],
    [413, "LimitExceeded"],
    [429, "RateLimited"],
  ] as const)("HTTP %i of type %s passes response validation", async (status, type) => {
    const call = validating.PUT("/v1/admin/bots/{id}", { ...bot, body: {}, ...prefer(status, type) });
    const error = await expectApiError(call, status, validating.isApiError);
    expect(error).not.toBeInstanceOf(ResponseValidationError);
    expect(error.body.type).toBe(type);
    expect(error.body.status).toBe(status);
  });
});

describe("vendor error types on updateConversation PUT /v1/chat/conversations/{id}", () => {
  it.each(["ReferenceConstraint", "ResourceLockedConflict", "AlreadyExists"] as const)(
    "HTTP 409 of type %s passes response validation",
    async (type) => {
      const call = validating.PUT("/v1/chat/conversations/{id}", { ...conversation, body: {}, ...prefer(409, type) });
      const error = await expectApiError(call, 409, validating.isApiError);
      expect(error).not.toBeInstanceOf(ResponseValidationError);
      expect(error.body.type).toBe(type);
      expect(error.body.status).toBe(409);
    },
  );
});
