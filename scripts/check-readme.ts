// Type-checks the ```ts examples of README.md (part of npm run typecheck).
//   npm run typecheck   or   tsx scripts/check-readme.ts [--root DIR]
import { repoRoot } from "./lib/apis.js";
import { checkReadme } from "./lib/readme.js";

const rootArg = process.argv.indexOf("--root");
const problems = checkReadme(rootArg >= 0 ? (process.argv[rootArg + 1] ?? repoRoot) : repoRoot);
for (const problem of problems) console.error(problem);
if (problems.length === 0) console.log("README.md examples type-check");
process.exitCode = problems.length > 0 ? 1 : 0;
