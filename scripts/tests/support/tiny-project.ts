// A TypeScript project of a few files in a temporary folder, for tests of the type gate and what
// runs it: a strict tsconfig over src/ (no @types, ES2023 only, so tsc checks it in well under a
// second), an empty src/ and a README whose ```ts block the README check reads.
import { mkdirSync, mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";

/** Creates the project and returns its root; the caller removes it. `readmeBlock` is the README's one ```ts block. */
export function createTinyTypeProject(prefix: string, readmeBlock: string): string {
  const root = mkdtempSync(join(tmpdir(), prefix));
  writeFileSync(
    join(root, "tsconfig.json"),
    JSON.stringify({
      compilerOptions: {
        strict: true,
        noEmit: true,
        module: "NodeNext",
        moduleResolution: "NodeNext",
        target: "ES2022",
        lib: ["ES2023"],
        types: [],
      },
      include: ["src"],
    }),
  );
  mkdirSync(join(root, "src"));
  writeFileSync(join(root, "README.md"), `# x\n\n\`\`\`ts\n${readmeBlock}\n\`\`\`\n`);
  return root;
}
