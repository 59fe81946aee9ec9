// Prints what an editor shows for a Botpress client, from the TypeScript language service: the
// hover on the client and the first completion entries after `botpress.`, each with its one-line doc.
//   npx tsx scripts/print-completions.ts [--count N]
import ts from "typescript";
import { commandMain, runIfEntry, UsageError } from "./lib/cli/args.js";
import { virtualFile, type VirtualFile } from "./lib/harness/virtual-file.js";
import { repoRoot } from "./lib/spec/apis.js";

export const command = {
  name: "npx tsx scripts/print-completions.ts --",
  summary: "Print the hover of a Botpress client and the first completions after `botpress.`, from the TypeScript language service.",
  options: {
    count: { type: "string", value: "N", description: "how many completion entries (default 10)" },
  },
} as const;

const SOURCE = `import { createBotpressClient } from "../botpress.js";
const botpress = createBotpressClient({ botId: process.env.BP_BOT_ID });
botpress.`;

/** The first `count` completions at the end of `marker`'s last occurrence, as `name — first doc line`. */
export function completions(file: VirtualFile, marker: string, count: number): string[] {
  const position = file.after(marker);
  const list = file.service.getCompletionsAtPosition(file.fileName, position, {});
  return (list?.entries ?? []).slice(0, count).map((entry) => {
    const details = file.service.getCompletionEntryDetails(file.fileName, position, entry.name, {}, undefined, undefined, undefined);
    const doc = ts.displayPartsToString(details?.documentation).split("\n")[0] ?? "";
    const deprecated = entry.kindModifiers?.includes("deprecated") ? " (deprecated)" : "";
    return `${entry.name}${deprecated} — ${doc}`;
  });
}

/** What hovering the identifier declared as `const <name>` shows. */
export function hover(file: VirtualFile, name: string): string {
  const info = file.service.getQuickInfoAtPosition(file.fileName, file.after(`const ${name}`) - 1);
  return ts.displayPartsToString(info?.displayParts);
}

export const main = commandMain(command, async (parsed, io): Promise<number> => {
  const count = Number(parsed.values.count ?? "10");
  if (!Number.isInteger(count) || count <= 0) throw new UsageError(`${command.name}: --count: expected a positive whole number`);
  const file = virtualFile(repoRoot, "src/tests/_completions.ts", SOURCE);
  io.out(`hover: ${hover(file, "botpress")}`);
  io.out("completions after `botpress.`:");
  for (const line of completions(file, "botpress.", count)) io.out(`  ${line}`);
  return 0;
});

runIfEntry(import.meta.url, main);
