// What the runtime offers, asked without touching a Node global directly: the client runs in
// Node, Bun, Deno, browsers and Workers, where `process` may not exist or may be guarded.

interface ProcessLike {
  versions?: { node?: string; bun?: string };
  release?: { name?: string };
  env?: Record<string, string | undefined>;
}

const runtime = globalThis as {
  process?: ProcessLike;
  Bun?: unknown;
  Deno?: { version?: { deno?: string } };
  navigator?: { userAgent?: string };
  document?: unknown;
};

/** Node itself (not Bun or Deno, which also define `process`): where undici is the fast path. */
export function isNode(): boolean {
  return runtime.Bun === undefined && runtime.Deno === undefined && runtime.process?.release?.name === "node";
}

/** A server runtime (Node, Bun, Deno), even with a DOM shim (happy-dom, jsdom) on its globals. */
export function isServerRuntime(): boolean {
  return runtime.Deno !== undefined || runtime.process?.versions?.node !== undefined || runtime.process?.versions?.bun !== undefined;
}

/**
 * A page (window with a document) in a real browser: User-Agent is the browser's, not ours to
 * set. A `document` alone is not enough: test environments put one on Node's globals.
 */
export function isBrowser(): boolean {
  return runtime.document !== undefined && !isServerRuntime();
}

/** A server runtime with a DOM shim's globals (vitest's happy-dom or jsdom environment). */
export function hasDomShim(): boolean {
  return runtime.document !== undefined && isServerRuntime();
}

/** `node v20.20.2`, `bun 1.4.4`, `deno 2.9.6`, or the navigator's name (Workers: `Cloudflare-Workers`). */
export function runtimeName(): string {
  if (runtime.Deno?.version?.deno) return `deno ${runtime.Deno.version.deno}`;
  if (runtime.process?.versions?.bun) return `bun ${runtime.process.versions.bun}`;
  if (runtime.process?.versions?.node) return `node v${runtime.process.versions.node}`;
  return runtime.navigator?.userAgent ?? "unknown runtime";
}

/** An environment variable, or undefined where there is no environment or reading it is not allowed (Deno without --allow-env). */
export function readEnv(name: string): string | undefined {
  try {
    const value = runtime.process?.env?.[name];
    return value === undefined || value.trim() === "" ? undefined : value;
  } catch {
    return undefined;
  }
}

let codeGeneration: boolean | undefined;

/** False where a content-security policy or the runtime (workerd) forbids compiling code from strings. */
export function canGenerateCode(): boolean {
  if (codeGeneration === undefined) {
    try {
      codeGeneration = (new Function("return true") as () => boolean)();
    } catch {
      codeGeneration = false;
    }
  }
  return codeGeneration;
}
