// Operation-named calls (`client.getConversation(init)`) as a thin map onto the path-style call:
// same transport, errors, retries, defaults and redaction. The operationId → [method, path] table
// (generated/<api>.operations.ts) is loaded by dynamic import() on the first named call, so an
// application that only makes path-style calls does not carry it in its bundle.
import type { CollectOptions } from "../types.js";
import type { FullInit } from "./call.js";
import { collectItems } from "./collect.js";

export type OperationTable = Readonly<Record<string, readonly [string, string]>>;

export interface NamedOperationsHost {
  apiName: string;
  loadOperations: () => Promise<{ default: OperationTable }>;
  call: (method: string, path: string, init?: FullInit) => Promise<unknown>;
  pages: (path: string, init?: FullInit) => AsyncIterableIterator<unknown>;
  items: (path: string, init?: FullInit, bound?: CollectOptions) => AsyncIterableIterator<unknown>;
}

/**
 * Names no operation may take (codegen refuses them): asked of any object by `await`, JSON,
 * test runners and inspectors; answering them with a function would make the client look like
 * something else.
 */
export const RESERVED_NAMES: ReadonlySet<string> = new Set([
  "then",
  "catch",
  "finally",
  "toJSON",
  "asymmetricMatch",
  "nodeType",
  "inspect",
  "$$typeof",
]);

/** Only names shaped like an operationId (a lowercase-first identifier) become named calls. */
const OPERATION_NAME = /^[a-z][A-Za-z0-9_]*$/;

export function withNamedOperations<Client extends object>(client: Client, host: NamedOperationsHost): Client {
  let table: Promise<OperationTable> | undefined;
  const route = async (name: string): Promise<readonly [string, string]> => {
    table ??= host.loadOperations().then((module) => module.default);
    const operations = await table;
    const entry = Object.hasOwn(operations, name) ? operations[name] : undefined;
    if (!entry) throw new TypeError(`${host.apiName} has no operation named "${name}"; operation names are the spec's operationIds`);
    return entry;
  };
  const named = (name: string) => {
    const call = async (init?: FullInit) => {
      const [method, path] = await route(name);
      return host.call(method, path, init);
    };
    async function* items(init?: FullInit, bound?: CollectOptions): AsyncIterableIterator<unknown> {
      yield* host.items((await route(name))[1], init, bound);
    }
    return Object.assign(call, {
      pages: async function* (init?: FullInit) {
        yield* host.pages((await route(name))[1], init);
      },
      items,
      collect: (init?: FullInit, bound?: CollectOptions) => collectItems(items(init, bound)),
    });
  };
  const made = new Map<string, ReturnType<typeof named>>();
  return new Proxy(client, {
    get(target, key, receiver) {
      if (typeof key !== "string" || key in target || RESERVED_NAMES.has(key) || !OPERATION_NAME.test(key)) {
        return Reflect.get(target, key, receiver);
      }
      const known = made.get(key);
      if (known) return known;
      const method = named(key);
      made.set(key, method);
      return method;
    },
  });
}
