// The live check's Prism proxy, in this process: it validates what the upstream answers, its log
// holds the upstream's status as soon as the answer is here (no waiting on a log), and stop()
// leaves nothing listening.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { openProxies, startProxy } from "../../../lib/harness/prism.js";
import { parseViolations, upstreamStatusFromLog } from "../../../lib/live/violations.js";
import { driftingUpstream, patchworksSpec, SECRET } from "../../support/drifting-upstream.js";

describe("the Prism proxy", () => {
  const drifting = driftingUpstream();
  const { state } = drifting;
  let upstream = "";
  beforeAll(async () => {
    upstream = await drifting.listen();
  });
  afterAll(() => drifting.close());

  it("forwards to the upstream on 127.0.0.1, validates its answer and has logged its status when the answer arrives", async () => {
    const proxy = await startProxy(patchworksSpec, upstream);
    try {
      expect(proxy.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/);
      const get = async () => {
        const mark = proxy.output().length;
        const answer = await fetch(`${proxy.url}/api/v1/flows/42/callbacks`, { headers: { authorization: SECRET } });
        await answer.text();
        return { answer, upstreamStatus: upstreamStatusFromLog(proxy.output().slice(mark)) };
      };
      state.mode = "asSpecified";
      const good = await get();
      expect(good.answer.status).toBe(200);
      expect(parseViolations(good.answer.headers.get("sl-violations"))).toEqual([]);
      expect(good.upstreamStatus).toBe(200);

      state.mode = "wrongType";
      const drifted = await get();
      expect(parseViolations(drifted.answer.headers.get("sl-violations"))).toContainEqual(
        expect.objectContaining({ side: "response", part: "body", pointer: "/data/0/id" }),
      );

      state.mode = "notImplemented";
      // Prism replaces an upstream 501 with a mocked answer; only its log says what the upstream did.
      expect((await get()).upstreamStatus).toBe(501);
      expect(state.seen.map((r) => r.url)).toEqual(Array(3).fill("/api/v1/flows/42/callbacks"));
    } finally {
      await proxy.stop();
    }
  });

  it("listens no more after stop(), which may be called twice", async () => {
    const proxy = await startProxy(patchworksSpec, upstream);
    expect(openProxies()).toEqual([upstream]);
    // A kept-alive connection of the client's does not hold stop() up.
    await (await fetch(`${proxy.url}/api/v1/flows/42/callbacks`, { headers: { authorization: SECRET } })).text();
    await proxy.stop();
    await proxy.stop();
    expect(openProxies()).toEqual([]);
    await expect(fetch(`${proxy.url}/api/v1/flows/42/callbacks`)).rejects.toMatchObject({
      cause: expect.objectContaining({ code: "ECONNREFUSED" }),
    });
  });
});
