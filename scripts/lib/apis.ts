// Kept for contract-tests/ (owned elsewhere), which import it by this path; the module is spec/apis.ts.
export { loadApis, repoRoot, selectApis, type ApiEntry } from "./spec/apis.js";
