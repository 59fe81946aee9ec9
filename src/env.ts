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

/**
 * A scope option (Botpress `botId`/`workspaceId`, Pipedream `orgId`): the option, else the
 * variable. An option present in the factory's input, even `undefined` (`botId:
 * process.env.BP_BOT_ID`), is a promise that the value exists; the types then make the parameter
 * optional, so a value found nowhere is refused here rather than at the first call.
 */
export function scopeOption<Options extends object>(options: Options, option: keyof Options & string, envName: string): string | undefined {
  const value = (options as Record<string, unknown>)[option];
  if (value !== undefined && typeof value !== "string") throw new TypeError(`${option} must be a string`);
  const found = value ?? readEnv(envName);
  if (found === undefined && Object.hasOwn(options, option)) {
    throw new ConfigurationError(`${option} is undefined and ${envName} is not set: pass { ${option} } or set ${envName}`);
  }
  return found;
}
