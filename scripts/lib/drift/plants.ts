// The kinds of drift the score plants, one at a time, each choosing its target across every
// spec in redocly.yaml with a seeded random pick (not wired to one operation).
import { CODE_KINDS } from "./code-plants.js";
import type { DriftKind } from "./plant-kit.js";
import { READER_KINDS } from "./reader-plants.js";
import { SDK_KINDS } from "./sdk-plants.js";
import { SERVER_KINDS, SUBTRACTIVE_KINDS } from "./server-plants.js";
import { SPEC_KINDS } from "./spec-plants.js";
import { VENDOR_KINDS } from "./vendor-plants.js";

export type { DriftKind, Planted, PlantContext, ServerDrift } from "./plant-kit.js";

// Newer kinds come last: each kind's seed follows its position, so the older kinds keep the targets
// they had before these were added.
export const DRIFT_KINDS: DriftKind[] = [
  ...SPEC_KINDS,
  ...CODE_KINDS,
  ...SERVER_KINDS,
  ...SDK_KINDS,
  ...VENDOR_KINDS,
  ...READER_KINDS,
  ...SUBTRACTIVE_KINDS,
];
