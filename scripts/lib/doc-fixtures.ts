// Kept for contract-tests/ (owned elsewhere), which import it by this path; the gate is gates/doc-fixtures.ts.
export { checkFixtures, readFixtures, type DocFixture } from "./gates/doc-fixtures.js";
