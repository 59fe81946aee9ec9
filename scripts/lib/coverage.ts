// Kept for contract-tests/ (owned elsewhere), which import it by this path; the gate is gates/coverage.ts.
export { OBSERVED_FILE } from "./gates/coverage.js";
