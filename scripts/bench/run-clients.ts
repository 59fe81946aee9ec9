// `npx tsx scripts/bench/run-clients.ts`: only the client comparison (npm run bench runs it too).
import { benchClients } from "./clients.js";

console.log(await benchClients({ sequentialCalls: 2_000, parallelCalls: 10_000, heapCalls: 100_000 }));
