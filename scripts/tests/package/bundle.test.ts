// The bundle gate must fail on what it guards against: ajv in the eager part, a bundle over the
// limit, an entry that does not bundle; and it must not count a lazily imported ajv as eager.
import { describe, expect, it } from "vitest";
import { bundleProblems, formatBundleTable, measureEntry, type BundleEntry } from "../../package/bundle.js";

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
});
