// The types of the MSW kit's per-operation overrides, from the generated `paths`/`operations` of
// each spec: keys are operationIds or `METHOD /path` templates, answers are typed per status.
import type { operations as BotpressOperations, paths as BotpressPaths } from "../../generated/botpress.js";
import type { operations as DynamiqOperations, paths as DynamiqPaths } from "../../generated/dynamiq.js";
import type { operations as PatchworksOperations, paths as PatchworksPaths } from "../../generated/patchworks.js";
import type { operations as PipedreamOperations, paths as PipedreamPaths } from "../../generated/pipedream.js";
import type { operations as PipedriveOperations, paths as PipedrivePaths } from "../../generated/pipedrive.js";
import type { MockApi } from "../mock/apis.js";

/** Each API's generated types. */
export interface ApiTypes {
  dynamiq: { paths: DynamiqPaths; operations: DynamiqOperations };
  pipedrive: { paths: PipedrivePaths; operations: PipedriveOperations };
  patchworks: { paths: PatchworksPaths; operations: PatchworksOperations };
  pipedream: { paths: PipedreamPaths; operations: PipedreamOperations };
  botpress: { paths: BotpressPaths; operations: BotpressOperations };
}

type Method = "get" | "put" | "post" | "delete" | "patch" | "head" | "options";

/** `POST /v1/channels` for every operation of `Paths` (a method the path does not have is `?: never` there). */
export type PathKey<Paths> = {
  [P in keyof Paths & string]: {
    [M in Method]: Paths[P] extends Record<M, infer Op> ? ([Op] extends [undefined] ? never : `${Uppercase<M>} ${P}`) : never;
  }[Method];
}[keyof Paths & string];

/** The operation a `METHOD /path` key names. */
export type OperationAt<Paths, K> = K extends `${infer M} ${infer P}`
  ? P extends keyof Paths
    ? Lowercase<M> extends keyof Paths[P]
      ? NonNullable<Paths[P][Lowercase<M>]>
      : never
    : never
  : never;

type ResponsesOf<Op> = Op extends { responses: infer R } ? R : never;
type BodyOf<R> = R extends { content: { "application/json": infer B } } ? B : R extends { content: infer C } ? C[keyof C] : never;

/** What every answer may add: headers, a delay before it is sent. */
interface AnswerExtras {
  headers?: Record<string, string>;
  /** Milliseconds to wait before answering (for loading states and timeouts). */
  delayMs?: number;
}

/**
 * An answer of an operation: a documented status with a body of that status' type (without a
 * body, the spec's example for it; `example` picks a named one), or only a delay/headers on the
 * default answer.
 */
export type OperationAnswer<Op> =
  | {
      [S in keyof ResponsesOf<Op> & number]: AnswerExtras & { status: S; body?: BodyOf<ResponsesOf<Op>[S]>; example?: string };
    }[keyof ResponsesOf<Op> & number]
  | (AnswerExtras & { status?: undefined; example?: string });

/** What an override function receives. */
export interface AnswerContext {
  request: Request;
  /** Path parameters by name. */
  params: Record<string, string>;
}

export type OperationOverride<Op> = OperationAnswer<Op> | ((context: AnswerContext) => OperationAnswer<Op> | Promise<OperationAnswer<Op>>);

/** Overrides of one API's answers, by operationId or by `METHOD /path`. */
export type ApiOverrides<A extends MockApi> = {
  [Id in keyof ApiTypes[A]["operations"] & string]?: OperationOverride<ApiTypes[A]["operations"][Id]>;
} & {
  [K in PathKey<ApiTypes[A]["paths"]>]?: OperationOverride<OperationAt<ApiTypes[A]["paths"], K>>;
};

/** One request a handler answered (or refused), for a test's assertions. */
export interface SeenRequest {
  api: MockApi;
  method: string;
  /** The URL as sent, secret-named query parameters replaced. */
  url: string;
  /** The operation it reached, when the spec has one for it. */
  operationId: string | undefined;
  /** The spec's path template, e.g. `/v1/channels/{id}`, when the spec has one for it. */
  path: string | undefined;
  status: number;
  /** Why it was refused, as in the refusal's body; empty when it was answered. */
  violations: string[];
}
