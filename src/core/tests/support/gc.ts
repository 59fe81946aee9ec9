// A handle on V8's collector without --expose-gc on the command line: the flag is set at run
// time and `gc` read from a fresh context.
import { setFlagsFromString } from "node:v8";
import { runInNewContext } from "node:vm";

setFlagsFromString("--expose-gc");
/** A full, synchronous collection. */
export const collectGarbage = runInNewContext("gc") as () => void;
