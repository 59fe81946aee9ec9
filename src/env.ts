// Reading the factories' options from the environment, the way the vendors' SDKs do: an option
// given in code always wins; a variable fills only what the code left out.
import { optionOrEnv } from "./core/auth.js";
import { readEnv } from "./core/internal/platform.js";

export { readEnv };

/** A required credential: the option, else the variable, else a TypeError naming both. */
export function credential(option: string, value: string | undefined, envName: string): string {
  return optionOrEnv(option, value, envName, readEnv);
}
