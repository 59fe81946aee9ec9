// Serves Prism mocks of the named APIs (all when none is named) until Ctrl-C, with request
// validation on, so a client under development can be tried against the spec.
//   npm run mock -- pipedrive [--port 4010]
import { loadApis, selectApis } from "./lib/apis.js";
import { startPrism, type PrismServer } from "./lib/prism.js";

const args = process.argv.slice(2);
const portIndex = args.indexOf("--port");
const firstPort = portIndex >= 0 ? Number(args[portIndex + 1]) : 0;
const names = args.filter((a, i) => !a.startsWith("--") && (portIndex < 0 || i !== portIndex + 1));
const apis = selectApis(loadApis(), names);

const servers: PrismServer[] = [];
for (const [index, api] of apis.entries()) {
  const server = await startPrism(api.specPath, { mode: "mock" }, firstPort ? firstPort + index : 0);
  servers.push(server);
  console.log(`${api.name.padEnd(12)} ${server.url}  (${api.specPath})`);
}
console.log("Mocks validate requests; answers come from the spec's examples. Try `Prefer: code=404`. Ctrl-C stops them.");
const stop = async (): Promise<void> => {
  await Promise.all(servers.map((s) => s.stop()));
  process.exit(0);
};
process.on("SIGINT", () => void stop());
process.on("SIGTERM", () => void stop());
