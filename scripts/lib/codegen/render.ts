// Turns one checked spec into the files generated/ holds for it:
//   <name>.ts          openapi-typescript's types (the path in redocly.yaml x-openapi-ts.output)
//   <name>.openapi.ts  the bundled spec as data, for runtime response validation
//   <name>.operations.ts  the operation table and the documented named-method interface (operations.ts)
import { basename, relative } from "node:path";
import { pathToFileURL } from "node:url";
import { bundle } from "@redocly/openapi-core";
import openapiTS, { astToString } from "openapi-typescript";
import type { ApiEntry } from "../spec/apis.js";
import { generationConfig, loadCheckedSpec, redoclyConfig } from "../spec/load.js";
import { listOperations, renderOperationsModule } from "./operations.js";

export function documentModulePath(api: ApiEntry): string {
  return api.typesPath.replace(/\.ts$/, ".openapi.ts");
}

export function operationsModulePath(api: ApiEntry): string {
  return api.typesPath.replace(/\.ts$/, ".operations.ts");
}

/** `pipedrive` → `PipedriveOperationMethods`. */
export function operationsInterfaceName(api: ApiEntry): string {
  return `${api.name.charAt(0).toUpperCase()}${api.name.slice(1)}OperationMethods`;
}

function banner(api: ApiEntry, root: string): string {
  const spec = relative(root, api.specPath);
  return `// Generated from ${spec} by scripts/generate.ts (npm run generate). Do not edit.\n`;
}

export async function renderApi(api: ApiEntry, root: string): Promise<Map<string, string>> {
  await loadCheckedSpec(api.specPath, root);
  const config = await redoclyConfig(root);

  // defaultNonNullable off: a request field with a `default` is still optional to send.
  const ast = await openapiTS(pathToFileURL(api.specPath), {
    redocly: await generationConfig(root),
    silent: true,
    defaultNonNullable: false,
  });
  const types = `${banner(api, root)}\n${astToString(ast)}`;

  const bundled = await bundle({ ref: api.specPath, config, dereference: false });
  const document = JSON.stringify(bundled.bundle.parsed, null, 2);
  const documentModule =
    banner(api, root) +
    `// Typed loosely on purpose: src/core reads it as data, and a literal type this size slows tsc.\n` +
    `const document: Readonly<Record<string, unknown>> = ${document};\n\nexport default document;\n`;

  const operations = listOperations(bundled.bundle.parsed, relative(root, api.specPath));
  const typesModule = `./${basename(api.typesPath, ".ts")}.js`;
  const operationsModule = renderOperationsModule(operations, operationsInterfaceName(api), banner(api, root), typesModule);

  return new Map([
    [api.typesPath, types],
    [documentModulePath(api), documentModule],
    [operationsModulePath(api), operationsModule],
  ]);
}
