// What every contract-tests/support/<api>-reads.ts shares: the body type a client call resolves
// to for a path and method (as `client.GET(path).data` is typed).
import type { OperationAt, SuccessData } from "../../src/core/types.js";

export type SuccessOf<Paths, Path extends keyof Paths, Method extends keyof Paths[Path]> = SuccessData<
  OperationAt<Paths, Path, Method>,
  Record<string, never>
>;
