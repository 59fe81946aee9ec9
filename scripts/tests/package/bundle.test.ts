// The bundle gate must fail on what it guards against: ajv or other lazy-only code in the eager
// part, a bundle over the limit, an entry that does not bundle; and it must not count a lazily
// imported ajv as eager.
import { describe, expect, it } from "vitest";
import { bundleProblems, formatBundleTable, measureEntry, operationTableMarker, type BundleEntry } from "../../package/bundle.js";

const stock: BundleEntry = {
  name: "stock",
  gated: true,
  source: `import createClient from "openapi-fetch";\nconst c = createClient({ baseUrl: "http://127.0.0.1:1" });\nexport const call = () => c.GET("/x");`,
};

describe("bundle gate", () => {
  it("passes a small entry without ajv and reports its size", async () => {
    const row = await measureEntry(stock);
    expect(row.error).toBeUndefined();
    expect(row.eagerBytes).toBeGreaterThan(1000);
    expect(row.eagerGzipBytes).toBeLessThan(row.eagerBytes);
    expect(row.biggestInputs[0]?.input).toBe("openapi-fetch");
    expect(bundleProblems([row])).toEqual([]);
    expect(formatBundleTable([row])).toContain("openapi-fetch");
  });

  it("fails when the entry is over a (tiny) gzip limit", async () => {
    const row = await measureEntry(stock);
    const problems = bundleProblems([row], 512);
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatch(/^stock: .* KiB gzip before the first call, over the 0\.5 KiB limit/);
  });

  it("fails when ajv is statically imported, whatever the size", async () => {
    const row = await measureEntry({ name: "with-ajv", gated: true, source: `import Ajv from "ajv";\nexport const v = new Ajv();` });
    expect(row.ajvInputsEager.length).toBeGreaterThan(10);
    expect(bundleProblems([row], 10 * 1024 * 1024).join("\n")).toMatch(/with-ajv: ajv is bundled into the eager part/);
  });

  it("allows ajv in a lazy chunk loaded by dynamic import() and reports it separately", async () => {
    const row = await measureEntry({ name: "lazy-ajv", gated: true, source: `export const load = () => import("ajv");` });
    expect(row.ajvInputsEager).toEqual([]);
    expect(row.ajvLazy).toBe(true);
    expect(row.lazyChunks).toBeGreaterThanOrEqual(1);
    expect(row.lazyBytes).toBeGreaterThan(row.eagerBytes);
    expect(bundleProblems([row])).toEqual([]);
  });

  it("fails a gated entry that does not bundle for the browser, and only prints ungated ones", async () => {
    const broken = await measureEntry({ name: "broken", gated: true, source: `import "./no/such/file.js";` });
    expect(broken.error).toMatch(/Could not resolve/);
    expect(bundleProblems([broken])[0]).toMatch(/^broken: does not bundle for the browser/);
    expect(bundleProblems([{ ...broken, gated: false }])).toEqual([]);
  });

  describe("lazy-only code, found by a marker string", () => {
    const nodeTransport = { label: "the Node transport", marker: "EnvHttpProxyAgent" };
    const module = "./src/core/internal/transport/select-dispatch.ts";
    it("passes when the marker is only in a lazy chunk", async () => {
      const row = await measureEntry({
        name: "lazy",
        gated: true,
        source: `export const load = () => import("${module}");`,
        lazyOnly: [nodeTransport],
      });
      expect(row.lazyOnlyProblems).toEqual([]);
      expect(bundleProblems([row], 10 * 1024 * 1024)).toEqual([]);
    });
    it("fails when it is imported statically", async () => {
      const row = await measureEntry({ name: "eager", gated: true, source: `export * from "${module}";`, lazyOnly: [nodeTransport] });
      expect(bundleProblems([row], 10 * 1024 * 1024)).toEqual([
        'eager: the Node transport is bundled into the eager part (found "EnvHttpProxyAgent"); load it by dynamic import()',
      ]);
    });
    it("fails when the marker is in no chunk at all, so a stale marker cannot pass silently", async () => {
      const row = await measureEntry({ ...stock, lazyOnly: [{ label: "the table", marker: "noSuchOperation:[" }] });
      expect(bundleProblems([row], 10 * 1024 * 1024)[0]).toMatch(/^stock: the table: marker "noSuchOperation:\[" is in no chunk/);
    });
  });

  it("marks each client's operation table by its first entry as minified", () => {
    expect(operationTableMarker("botpress")).toBe('authenticate:["post","/v1/authenticate"]');
  });
});
