// The type of a named operation (`client.getConversation(init)`): the path-style call of the same
// method and path, with the path filled in. generated/<api>.operations.ts declares one per
// operationId; no runtime code here.
//
// Unlike the path-style methods, the init is not a type parameter of its own (only `parseAs` is):
// an object literal is then checked against the operation's input, so a misspelt optional field
// is an error too, and messages name `NamedInit<…, "/v1/…", "get">` instead of expanding it.
import type { MaybeOptionalInit, ParseAs } from "openapi-fetch";
import type { RequiredKeysOf } from "openapi-typescript-helpers";
import type { ItemOf } from "./pagination.js";
import type { CallOptions } from "./internal/transport/send.js";
import type { CallResult, CollectOptions, OperationAt, SuccessData } from "./types.js";

/** openapi-fetch's init (`params`, `body`, `parseAs`, …) of one operation. */
export type OperationInit<Paths, Path, Method> = Path extends keyof Paths
  ? Method extends keyof Paths[Path]
    ? NonNullable<MaybeOptionalInit<Paths[Path], Method>>
    : never
  : never;

/**
 * What a named call takes: the operation's `params`/`body` in openapi-fetch's shape, and the call
 * options. `Body`, when given, is the operation's JSON body under a name of its own (a generated
 * interface), so an error in a body names it instead of printing every field.
 */
export type NamedInit<Paths, Path, Method, As extends ParseAs = "json", Body = never> = {
  [K in keyof NamedInitParts<Paths, Path, Method, As, Body>]: NamedInitParts<Paths, Path, Method, As, Body>[K];
};

// Mapped into one object type by NamedInit, so messages print `NamedInit<…>` instead of these parts.
type NamedInitParts<Paths, Path, Method, As, Body> = ([Body] extends [never]
  ? Omit<OperationInit<Paths, Path, Method>, "parseAs">
  : Omit<OperationInit<Paths, Path, Method>, "parseAs" | "body"> & NamedBody<OperationInit<Paths, Path, Method>, Body>) &
  CallOptions & { parseAs?: As };

/** `body: Body`, optional exactly when the operation's body is. */
type NamedBody<Init, Body> = "body" extends RequiredKeysOf<Init> ? { body: Body } : { body?: Body };

/** An operation's `application/json` request body, from the generated `paths`: what the members of a generated body interface are typed from. */
export type JsonRequestBody<Paths, Path extends keyof Paths, Method extends keyof Paths[Path]> =
  NonNullable<Paths[Path][Method] extends { requestBody?: infer Body } ? Body : never> extends {
    content: { "application/json": infer Json };
  }
    ? Json
    : never;

/** The init is optional exactly when the operation needs no parameter or body. */
export type NamedArgs<Paths, Path, Method, As extends ParseAs = "json", Body = never> =
  RequiredKeysOf<OperationInit<Paths, Path, Method>> extends never
    ? [init?: NamedInit<Paths, Path, Method, As, Body>]
    : [init: NamedInit<Paths, Path, Method, As, Body>];

type NamedData<Paths, Path, Method, As> = SuccessData<OperationAt<Paths, Path, Method>, { parseAs: As }>;

/** A named call: `(init) => client.METHOD(path, init)`. */
export interface NamedCall<Paths, Path, Method, Body = never> {
  // biome-ignore lint/style/useShorthandFunctionType: an interface keeps its name in hovers and messages; NamedListCall extends it
  <As extends ParseAs = "json">(...init: NamedArgs<Paths, Path, Method, As, Body>): Promise<CallResult<NamedData<Paths, Path, Method, As>>>;
}

/** A named list call; `items`/`collect` stop after `limit` items and fetch no page beyond them. */
export interface NamedListCall<Paths, Path> extends NamedCall<Paths, Path, "get"> {
  /** Every page, in order: `client.pages(path, init)`. */
  pages(...init: NamedArgs<Paths, Path, "get">): AsyncIterableIterator<NamedData<Paths, Path, "get", "json">>;
  /** Every item of every page, or the first `limit`: `client.items(path, init, { limit })`. */
  items(...args: [...NamedArgs<Paths, Path, "get">, CollectOptions?]): AsyncIterableIterator<ItemOf<NamedData<Paths, Path, "get", "json">>>;
  /** The items as an array, at most `limit` of them: `client.collect(path, init, { limit })`. */
  collect(...args: [...NamedArgs<Paths, Path, "get">, CollectOptions?]): Promise<ItemOf<NamedData<Paths, Path, "get", "json">>[]>;
}

/**
 * What a generated operation member is: a list call when a GET answers a page of items, else a
 * plain call. `Body`: the generated interface of its JSON body, where TypeScript can name one.
 */
export type OperationMethod<Paths, Path, Method, Body = never> = Method extends "get"
  ? [ItemOf<NamedData<Paths, Path, Method, "json">>] extends [never]
    ? NamedCall<Paths, Path, Method>
    : NamedListCall<Paths, Path>
  : NamedCall<Paths, Path, Method, Body>;
