// The Node transport (select-dispatch.ts, and undici behind it) loaded on the first call that needs
// it: a browser bundle, which never takes this route, then carries none of it (bundlers put a
// dynamic import in a chunk of its own). After the first call, one pointer test per call.
import type { RouteOptions } from "./select-dispatch.js";
import type { Dispatch } from "./wire.js";

type NodeRouteModule = Pick<typeof import("./select-dispatch.js"), "createNodeDispatch">;

export function lazyNodeDispatch(
  options: RouteOptions,
  fallback: Dispatch,
  importRoute: () => Promise<NodeRouteModule> = () => import("./select-dispatch.js"),
): Dispatch {
  let ready: Dispatch | undefined;
  let loading: Promise<Dispatch> | undefined;
  const load = (): Promise<Dispatch> => {
    loading ??= importRoute().then(
      ({ createNodeDispatch }) => (ready = createNodeDispatch(options, fallback)),
      (error: unknown) => {
        // A failed load (a broken install) is tried again by the next call.
        loading = undefined;
        throw error;
      },
    );
    return loading;
  };
  return (request, signal, reading) =>
    ready ? ready(request, signal, reading) : load().then((dispatch) => dispatch(request, signal, reading));
}
