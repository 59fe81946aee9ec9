// Set up before every test file that may wait with waitUntil (vitest.config.ts): the `scripts`
// project's files share modules, so a hook registered when a module loads would serve only the
// first file that imports it.
import { afterEach } from "vitest";
import { reportUnfinishedWait } from "./wait.js";

afterEach(reportUnfinishedWait);
