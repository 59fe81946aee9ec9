// The package version, sent in the User-Agent. package.json is the source: `npm version`
// rewrites this file (scripts/release/sync-version.ts), and a unit test fails when the two differ.
export const VERSION = "0.1.0";
