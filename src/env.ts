// Reading the factories' options from the environment, the way the vendors' SDKs do: an option
// given in code always wins; a variable fills only what the code left out.
import { optionOrEnv } from "./core/auth.js";
import { ConfigurationError } from "./core/errors.js";
import { readEnv } from "./core/internal/platform.js";

export { readEnv };

/** A credential given in code must be a non-empty string (plain-JavaScript callers included). */
export function requireString(what: string, value: unknown): asserts value is string {
  if (typeof value !== "string" || value.trim() === "") throw new ConfigurationError(`${what} is required and must be a non-empty string`);
}

/** A required credential: the option, else the variable, else a ConfigurationError naming both. */
export function credential(option: string, value: string | undefined, envName: string): string {
  return optionOrEnv(option, value, envName, readEnv);
}
