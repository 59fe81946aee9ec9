// The Node transport loaded on the first call: once for every call after it, and again after a
// failed load (a broken install must not leave the client failing forever).
import { describe, expect, it } from "vitest";
import { lazyNodeDispatch } from "../../../internal/transport/node-route.js";
import { BUFFERED_READING } from "../../../internal/transport/body-limit.js";
import type { Dispatch, WireRequest } from "../../../internal/transport/wire.js";

const request: WireRequest = { method: "GET", url: "http://127.0.0.1:1/x", headers: {}, body: undefined };
const answered: Dispatch = async () => ({ status: 204, statusText: "No Content", headers: {}, body: null });
const never: Dispatch = () => Promise.reject(new Error("the fallback is not this module's to call"));
const call = (dispatch: Dispatch) => dispatch(request, new AbortController().signal, BUFFERED_READING);

describe("lazyNodeDispatch", () => {
  it("imports the route once, on the first call, and builds its dispatch once", async () => {
    let imports = 0;
    let built = 0;
    const dispatch = lazyNodeDispatch({}, never, async () => {
      imports++;
      return {
        createNodeDispatch: () => {
          built++;
          return answered;
        },
      };
    });
    expect(imports).toBe(0);
    await Promise.all([call(dispatch), call(dispatch)]);
    await call(dispatch);
    expect([imports, built]).toEqual([1, 1]);
  });

  it("rejects the call a failed import was for, and imports again on the next", async () => {
    let imports = 0;
    const dispatch = lazyNodeDispatch({}, never, async () => {
      if (++imports === 1) throw new Error("Cannot find module 'undici'");
      return { createNodeDispatch: () => answered };
    });
    await expect(call(dispatch)).rejects.toThrow("Cannot find module 'undici'");
    await expect(call(dispatch)).resolves.toMatchObject({ status: 204 });
    expect(imports).toBe(2);
  });
});
