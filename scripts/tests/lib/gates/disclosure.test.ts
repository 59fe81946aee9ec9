// The disclosure check: every constraint in a spec names its source nearby. It passes on the repo's
// specs, and fails, naming file:line:column and the JSON pointer, on a constraint nobody sourced.
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { main } from "../../../check-disclosure.js";
import { defaultProblem, findDefaultsOutOfBounds } from "../../../lib/gates/default-bounds.js";
import { checkDisclosure, findUndisclosed } from "../../../lib/gates/disclosure.js";
import { loadApis, repoRoot } from "../../../lib/spec/apis.js";

const spec = (body: string): string => `openapi: 3.1.0
info: { title: t, version: "1" }
servers:
  - url: https://{region}.example.test
    variables:
      region: { default: eu, enum: [eu, us] }
paths:
  /things:
    get:
      operationId: listThings
      description: Lists things (document).
      parameters:
${body}
      responses:
        "200":
          description: OK
          content:
            application/json:
              schema: { $ref: "#/components/schemas/Thing" }
              example: { id: "x", size: 3 }
components:
  schemas:
    Thing:
      type: object
      description: A thing.
      properties:
        id: { type: string }
        blob: { type: string, format: binary }
`;

const limit = (description: string): string => `        - name: limit
          in: query
          description: ${JSON.stringify(description)}
          schema: { type: integer, minimum: 1, default: 20 }`;

describe("disclosure check", () => {
  it("passes on the repo's specs", () => {
    const gate = checkDisclosure(repoRoot, loadApis(repoRoot));
    expect(gate.findings).toEqual([]);
    expect(gate.passed).toBe(true);
  });

  it("finds an invented default and bound, with their line and pointer", () => {
    const found = findUndisclosed(spec(limit("How many.")));
    expect(found).toEqual([{ pointer: "/paths/~1things/get/parameters/0/schema", keywords: ["default", "minimum"], line: 16, column: 19 }]);
  });

  it("accepts a source named in the parameter's description, not the operation's", () => {
    expect(findUndisclosed(spec(limit("How many; default 20 assumed, because the vendor's UI pages by 20.")))).toEqual([]);
    expect(findUndisclosed(spec(limit("How many; the document says at least 1 and 20 by default.")))).toEqual([]);
  });

  it("checks properties, covered by their own description or their object's", () => {
    const text = spec(limit("Document: 1 or more.")).replace("id: { type: string }", 'id: { type: string, pattern: "^t_" }');
    expect(findUndisclosed(text).map((f) => f.pointer)).toEqual(["/components/schemas/Thing/properties/id"]);
    expect(findUndisclosed(text.replace("description: A thing.", "description: A thing, as the vendor reference shows it."))).toEqual([]);
  });

  it("leaves out server variables, examples and format: binary", () => {
    expect(findUndisclosed(spec(limit("Document: 1 or more, 20 by default.")))).toEqual([]);
  });

  it("fails the command with file:line:column on a spec that invents a default", async () => {
    const root = mkdtempSync(join(tmpdir(), "disclosure-"));
    try {
      writeFileSync(
        join(root, "redocly.yaml"),
        "apis:\n  things:\n    root: specs/things.yaml\n    x-openapi-ts:\n      output: generated/things.ts\n",
      );
      const specs = join(root, "specs");
      mkdirSync(specs);
      writeFileSync(join(specs, "things.yaml"), spec(limit("How many.")));
      const lines: string[] = [];
      const io = { out: (l: string) => void lines.push(l), err: (l: string) => void lines.push(l) };
      expect(await main(["--root", root], io)).toBe(1);
      expect(lines[0]).toMatch(/^specs\/things\.yaml:16:19 default, minimum at #\/paths\/~1things\/get\/parameters\/0\/schema: no source/);
    } finally {
      rmSync(root, { recursive: true, force: true });
    }
  });
});

describe("defaults within their own bounds (same lint step)", () => {
  const sourced = "Document: 1 to 50, 20 by default.";
  const withSchema = (schema: string): string =>
    spec(`        - name: limit
          in: query
          description: ${JSON.stringify(sourced)}
          schema: ${schema}`);

  it("finds none in the repo's specs, nor in a default inside its bounds", () => {
    for (const api of loadApis(repoRoot)) expect(findDefaultsOutOfBounds(readFileSync(api.specPath, "utf8")), api.name).toEqual([]);
    expect(findDefaultsOutOfBounds(withSchema("{ type: integer, minimum: 1, maximum: 50, default: 20 }"))).toEqual([]);
  });

  it("finds a default above its maximum, with its line, column and pointer", () => {
    expect(findDefaultsOutOfBounds(withSchema("{ type: integer, minimum: 1, maximum: 50, default: 80 }"))).toEqual([
      { pointer: "/paths/~1things/get/parameters/0/schema/default", problem: "default 80 is above its maximum 50", line: 16, column: 70 },
    ]);
  });

  it("finds a default outside its enum, also a server variable's", () => {
    expect(findDefaultsOutOfBounds(spec(limit(sourced)).replace("default: eu, enum: [eu, us]", "default: ap, enum: [eu, us]"))).toEqual([
      { pointer: "/servers/0/variables/region/default", problem: 'default "ap" is not in its enum ["eu","us"]', line: 6, column: 26 },
    ]);
  });

  it("names each kind of bound a default can break", () => {
    expect(defaultProblem({ minimum: 1 }, 0)).toBe("default 0 is below its minimum 1");
    expect(defaultProblem({ exclusiveMaximum: 10 }, 10)).toBe("default 10 is not below its exclusiveMaximum 10");
    expect(defaultProblem({ type: "integer" }, "20")).toBe('default "20" is not of type "integer"');
    expect(defaultProblem({ type: ["string", "null"] }, null)).toBeUndefined();
    expect(defaultProblem({ maxLength: 2 }, "abc")).toBe('default "abc" is longer than its maxLength 2');
    expect(defaultProblem({ pattern: "^t_" }, "x")).toBe('default "x" does not match its pattern ^t_');
    expect(defaultProblem({ maxItems: 1 }, [1, 2])).toBe("default [1,2] has more items than its maxItems 1");
    expect(defaultProblem({ const: "a" }, "b")).toBe('default "b" is not its const "a"');
    expect(defaultProblem({ multipleOf: 5 }, 12)).toBe("default 12 is not a multiple of 5");
  });

  it("fails the lint command with file:line:column", async () => {
    const root = mkdtempSync(join(tmpdir(), "defaults-"));
    try {
      writeFileSync(
        join(root, "redocly.yaml"),
        "apis:\n  things:\n    root: specs/things.yaml\n    x-openapi-ts:\n      output: generated/things.ts\n",
      );
      mkdirSync(join(root, "specs"));
      writeFileSync(join(root, "specs", "things.yaml"), withSchema("{ type: integer, minimum: 1, maximum: 50, default: 80 }"));
      const lines: string[] = [];
      const io = { out: (l: string) => void lines.push(l), err: (l: string) => void lines.push(l) };
      expect(await main(["--root", root], io)).toBe(1);
      expect(lines[0]).toBe(
        "specs/things.yaml:16:70 default 80 is above its maximum 50 at #/paths/~1things/get/parameters/0/schema/default",
      );
    } finally {
      rmSync(root, { recursive: true, force: true });
    }
  });
});
