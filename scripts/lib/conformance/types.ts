// The conformance gate's shared vocabulary: the APIs it covers, a call's record, options, the served mocks.
import type { OpenApiDocument } from "../../../src/core/internal/openapi-document.js";
import type { GateResult } from "../gates/result.js";
import type { VendorSdks } from "./vendor-sdks.js";

export const CONFORMANCE_APIS = ["botpress", "pipedrive", "pipedream"] as const;
export type ConformanceApi = (typeof CONFORMANCE_APIS)[number];

export interface ConformanceCall {
  sdk: string;
  /** The spec's operationId (or `METHOD path`). */
  operation: string;
  /** The SDK's own name for the call, e.g. `deleteUser` or `ChannelsApi.addChannel (oauth2)`. */
  call: string;
  /** A request: the mock accepted it and the SDK read the answer. An error answer: the SDK read it as its typed error. */
  accepted: boolean;
  /** For an error answer: the status asked of the mock with `Prefer: code=…`. */
  expected?: number;
  /** HTTP status the mock answered (0 when no answer reached the SDK). */
  status: number;
  /** For a refusal: the first of Prism's violations, or what the SDK threw; for an error answer, what the SDK made of it. */
  detail: string;
}

export interface ConformanceResult extends GateResult {
  calls: ConformanceCall[];
  /** Spec operations no SDK method sends, and SDKs left out, with the reason. */
  notes: string[];
}

export interface ConformanceOptions {
  /**
   * The OpenAPI documents to serve (bundled, local $refs kept). Without them, `startMock` serves the
   * repo's own generated documents; with them (a sandbox copy, a test's planted fault) `startMock`
   * serves each given document instead (every API checked needs one).
   */
  documents?: Partial<Record<ConformanceApi, OpenApiDocument>>;
  /** Only these APIs (default: all three). */
  apis?: readonly ConformanceApi[];
  /** Only these operationIds (default: every shared one); for quick tests. */
  operations?: readonly string[];
  /** Also drive every documented error status of each operation (`Prefer: code=…`); default true. */
  errorAnswers?: boolean;
  /** Per-call timeout in ms (default 5000). */
  timeoutMs?: number;
  /**
   * A directory whose node_modules hold the SDKs to drive (a vendor release to vet before upgrading);
   * packages it lacks come from the repo. Default: the repo's own.
   */
  sdkFrom?: string;
}

export interface Observation {
  status: number;
  violations?: string;
}

export interface Served {
  /** The mocks' base URLs, standing in for the vendors' (Pipedream's ends in `/v1`). */
  urls: Partial<Record<ConformanceApi, string>>;
  /** Scheme, host and port of each mock: what an SDK whose base URL is the vendor's host takes. */
  origins: Partial<Record<ConformanceApi, string>>;
  /** The last answer each API's mock sent. */
  last: Partial<Record<ConformanceApi, Observation>>;
  close(): Promise<void>;
}

/** One vendor SDK's run: its calls against the mock serving `doc`, and notes on what it leaves out. */
export type SdkDriver = (
  doc: OpenApiDocument,
  served: Served,
  options: ConformanceOptions,
  notes: string[],
  sdks: VendorSdks,
) => Promise<ConformanceCall[]>;
