// Runs the Prism CLI inside a child that exits the moment its parent goes away (the IPC
// channel closes even when the parent is SIGKILLed), so no mock outlives the test run.
// Usage (by scripts/lib/prism.ts only): node prism-child.cjs <prism args…>
"use strict";
process.on("disconnect", () => process.exit(0));
const entry = require.resolve("@stoplight/prism-cli/dist/index.js");
process.argv = [process.argv[0], entry, ...process.argv.slice(2)];
require(entry);
