// `npm start`: the tour against the local mock only (no credential in its environment, so no
// request can reach a vendor), exit 0, and the mock stopped afterwards.
import { describe, expect, it } from "vitest";
import { memoryIo, runMain } from "../lib/cli/args.js";
import { main } from "../tour.js";

describe("npm start (the tour)", () => {
  it("tours every API against the mock: typed results, typed errors, pages, the token exchange; then stops the mock", async () => {
    const io = memoryIo();
    const code = await main(["--mock-only"], io, {});
    const out = io.stdout();
    expect(io.stderr()).toBe("");
    expect(code).toBe(0);
    for (const api of ["dynamiq", "pipedrive", "patchworks", "pipedream", "botpress"]) expect(out).toContain(`\n${api} (mock)`);
    expect(out).toMatch(/page 2 \(page_count 2\)/);
    expect(out).toContain("pagination: 2 pages");
    expect(out).toContain('typed error: ApiError 404 from DELETE /v1/channels/{id}: body.error = "Channel not found"');
    expect(out).toContain("client credentials exchanged at POST /oauth/token, then GET /users/me → dylburger");
    expect(out).toContain("tour done");
    // The mock is closed: its ports refuse connections.
    const urls = [...out.matchAll(/→ (http:\/\/127\.0\.0\.1:\d+)/g)].map((match) => match[1] ?? "");
    expect(urls).toHaveLength(5);
    for (const url of urls) await expect(fetch(url)).rejects.toThrow();
  });

  it("goes to the real API only for an API whose credentials are set, and refuses an unknown API", async () => {
    const io = memoryIo();
    // Credentials for Pipedrive only: its tour has only writes, so without --allow-writes nothing is sent.
    const code = await main(["pipedrive", "patchworks"], io, { PIPEDRIVE_OAUTH_TOKEN: "not-a-real-token" });
    expect(code).toBe(0);
    expect(io.stdout()).toContain("pipedrive (the real API, credentials from the environment)");
    expect(io.stdout()).toContain("skipped POST /v1/channels and DELETE /v1/channels/{id}");
    expect(io.stdout()).toContain("patchworks (mock)");
    expect(await runMain(main, ["nosuchapi"], memoryIo())).toBe(2);
  });
});
