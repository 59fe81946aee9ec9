// The type layer: what a client's methods accept and return, computed from the generated
// `paths` type. No runtime code here; tests/types.test-d.ts pins the behaviour.
import type { Client, MaybeOptionalInit, ParseAsResponse } from "openapi-fetch";
import type { HttpMethod, MediaType, PathsWithMethod, Readable, RequiredKeysOf, SuccessResponse } from "openapi-typescript-helpers";
import type { ApiError, OperationRef } from "./errors.js";
import type { ItemOf } from "./pagination.js";
import type { PageOptions } from "./internal/page-loop.js";
import type { CallOptions } from "./internal/transport/send.js";

/** The arguments after the path: optional when the operation needs nothing, required otherwise. */
export type CallArgs<Init, Extra = unknown> =
  RequiredKeysOf<Init> extends never ? [(Init & CallOptions & Extra)?] : [Init & CallOptions & Extra];

/** Bounds an `items()`/`collect()` walk. */
export interface CollectOptions {
  /** Stop after this many items; no page beyond the one holding the last of them is fetched. */
  limit?: number;
}

/** The arguments after the path of `items()`/`collect()`: the call's init, then the bound. */
export type PageArgs<Init, Extra = unknown> =
  RequiredKeysOf<Init> extends never ? [(Init & CallOptions & Extra)?, CollectOptions?] : [Init & CallOptions & Extra, CollectOptions?];

/** The operation object the generated `paths` type holds for a path and method. */
export type OperationAt<Paths, Path, Method> = Path extends keyof Paths
  ? Method extends keyof Paths[Path]
    ? Paths[Path][Method]
    : never
  : never;

type ResponsesOf<Operation> = Operation extends { responses: infer R extends Record<string | number, unknown> } ? R : never;

/** The body type of an operation's success response (as `parseAs` turns it). */
export type SuccessData<Operation, Init> = ParseAsResponse<Readable<SuccessResponse<ResponsesOf<Operation>, MediaType>>, Init>;

export interface CallResult<Data> {
  data: Data;
  response: Response;
}

/**
 * What a path without this method is checked against, so the message names the path and the
 * method. An object type, not a string, so editors do not offer it as a path to complete.
 */
export type NoSuchMethod<Path, Method extends HttpMethod> = {
  [Message in `${Path & string} has no ${Uppercase<Method>} operation`]: never;
};

/**
 * Any path of the spec is accepted by inference, then one without this method is checked against
 * NoSuchMethod, so `GET` on a POST-only path reads "… has no GET operation" instead of an arity error.
 */
export type ThrowingMethod<Paths extends {}, Method extends HttpMethod> = <
  Path extends keyof Paths & string,
  Init extends MaybeOptionalInit<Paths[Path], Method & keyof Paths[Path]>,
>(
  url: [Path] extends [PathsWithMethod<Paths, Method>] ? Path : NoSuchMethod<Path, Method>,
  ...init: [Path] extends [PathsWithMethod<Paths, Method>] ? CallArgs<Init> : []
) => Promise<CallResult<SuccessData<OperationAt<Paths, Path, Method>, Init>>>;

export type PageMethod<Paths extends {}, Wrap extends "page" | "item"> = <
  Path extends PathsWithMethod<Paths, "get">,
  Init extends MaybeOptionalInit<Paths[Path], "get" & keyof Paths[Path]>,
>(
  url: Path,
  ...init: Wrap extends "page" ? CallArgs<Init, PageOptions> : PageArgs<Init, PageOptions>
) => AsyncIterableIterator<
  Wrap extends "page" ? SuccessData<OperationAt<Paths, Path, "get">, Init> : ItemOf<SuccessData<OperationAt<Paths, Path, "get">, Init>>
>;

export type CollectMethod<Paths extends {}> = <
  Path extends PathsWithMethod<Paths, "get">,
  Init extends MaybeOptionalInit<Paths[Path], "get" & keyof Paths[Path]>,
>(
  url: Path,
  ...args: PageArgs<Init, PageOptions>
) => Promise<ItemOf<SuccessData<OperationAt<Paths, Path, "get">, Init>>[]>;

/** openapi-fetch's client shape (`{ data, error, response }`, no throw on HTTP status), same transport. */
export type RawClient<Paths extends {}> = Client<Paths>;

export interface ApiClient<Paths extends {}, ErrorBody = unknown> {
  GET: ThrowingMethod<Paths, "get">;
  POST: ThrowingMethod<Paths, "post">;
  PUT: ThrowingMethod<Paths, "put">;
  PATCH: ThrowingMethod<Paths, "patch">;
  DELETE: ThrowingMethod<Paths, "delete">;
  /** Every page of a list operation, in order; stops after the last page or when the loop breaks. */
  pages: PageMethod<Paths, "page">;
  /** Every item of every page of a list operation, or the first `{ limit }` (no page fetched beyond them). */
  items: PageMethod<Paths, "item">;
  /** The items of a list operation as an array, at most `{ limit }` of them (no page fetched beyond them). */
  collect: CollectMethod<Paths>;
  /**
   * openapi-fetch's calling style: non-2xx comes back as `error` (scrubbed of this client's
   * credentials), not thrown; transport failures and unreadable 2xx bodies still throw this
   * library's errors. Same auth, retries and timeouts.
   */
  raw: RawClient<Paths>;
  /**
   * openapi-fetch's client shape whose calls throw like `GET`/`POST` do: a non-2xx rejects with
   * ApiError instead of resolving to `{ error }`. Hand this to openapi-react-query's
   * `createQueryClient` or swr-openapi, so a query's `error` is an Error (an ApiError with the
   * typed body in `.body`). Their types still name the error body, not ApiError.
   */
  throwing: RawClient<Paths>;
  /** Narrows an unknown error to this API's ApiError, with the error body typed from its spec. */
  isApiError(error: unknown): error is ApiError<ErrorBody>;
}

type Flatten<T> = { [K in keyof T]: T[K] } & unknown;
type RelaxHeader<Header, Names extends string> = Flatten<Omit<Header, Names> & Partial<Pick<Header, Extract<keyof Header, Names>>>>;
type RelaxParameters<Parameters, Names extends string> = Parameters extends { header: infer Header }
  ? Flatten<
      Omit<Parameters, "header"> &
        // biome-ignore lint/complexity/noBannedTypes: `{} extends X` asks whether every property of X is optional
        ({} extends RelaxHeader<Header, Names> ? { header?: RelaxHeader<Header, Names> } : { header: RelaxHeader<Header, Names> })
    >
  : Parameters;
type RelaxOperation<Operation, Names extends string> = {
  [K in keyof Operation]: K extends "parameters" ? RelaxParameters<Operation[K], Names> : Operation[K];
};

/**
 * A generated `paths` type with the header parameters `Names` optional on every operation: for a
 * client that fills them in from its options (ApiDefinition.parameterDefaults), so calls need
 * not repeat them. `never` leaves the paths as generated.
 */
export type WithOptionalHeaders<Paths, Names extends string> = [Names] extends [never]
  ? Paths
  : { [Path in keyof Paths]: { [Method in keyof Paths[Path]]: RelaxOperation<Paths[Path][Method], Names> } };

/** Response validation, beyond on/off. */
export interface ResponseValidationOptions {
  /** Fail on properties the spec does not declare too (default false: report them as additive drift). */
  strict?: boolean;
  /** Receives each response's undeclared properties as JSON pointers (also written to `debug`). */
  onAdditiveDrift?: (drift: AdditiveDrift) => void;
  /**
   * Receives each valid response's subtractive drift: documented (optional) properties it does
   * not carry, as JSON pointers (also written to `debug`). Given only, it turns the check on: an
   * optional field is often absent on purpose, so this is a report, never a failure.
   */
  onSubtractiveDrift?: (drift: SubtractiveDrift) => void;
}

/** A response that lacked properties its schema documents: the vendor may have stopped sending them. */
export interface SubtractiveDrift {
  operation: OperationRef;
  status: number;
  /** JSON pointers of the documented properties the body did not carry, e.g. `/data/0/title`. */
  pointers: string[];
}

/** A response that carried properties its schema does not declare: the vendor added fields. */
export interface AdditiveDrift {
  operation: OperationRef;
  status: number;
  /** JSON pointers of the undeclared properties, e.g. `/data/0/color`. */
  pointers: string[];
}
