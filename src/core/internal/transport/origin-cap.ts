// At most `limit` attempts in flight per origin, whatever dispatcher carries them (ours, the
// caller's, a proxy): an attempt holds a permit from before it is sent until its body is read
// (or its stream ends), so the pool under it never needs more sockets than that. Attempts past
// the cap wait in order; a wait ends early when the attempt's signal fires.

/**
 * 64 per origin: enough to keep a loopback server saturated (the bench's 64 in flight run at
 * full speed) and far above what the vendors' rate limits let one token use, while 5,000
 * concurrent calls stay well inside a 1,024 file-descriptor limit.
 */
export const DEFAULT_CONNECTIONS_PER_ORIGIN = 64;

export type Release = () => void;

interface Waiter {
  grant: (release: Release) => void;
  cancelled: boolean;
}

interface Lane {
  active: number;
  waiting: Waiter[];
  head: number;
}

const ORIGIN = /^[a-z][a-z0-9+.-]*:\/\/[^/?#]*/i;

/** `scheme://authority` of an absolute URL, without building a URL object. */
export function originOf(url: string): string {
  return ORIGIN.exec(url)?.[0].toLowerCase() ?? url;
}

export class OriginCap {
  private readonly lanes = new Map<string, Lane>();

  constructor(readonly limit: number) {}

  /** A release function at once when a permit is free, else a promise of one; rejects with `signal.reason` if it fires first. */
  acquire(origin: string, signal: AbortSignal): Release | Promise<Release> {
    let lane = this.lanes.get(origin);
    if (!lane) {
      lane = { active: 0, waiting: [], head: 0 };
      this.lanes.set(origin, lane);
    }
    if (lane.active < this.limit) {
      lane.active++;
      return this.releaser(origin, lane);
    }
    const queued = lane;
    return new Promise<Release>((resolve, reject) => {
      const waiter: Waiter = {
        cancelled: false,
        grant: (release) => {
          signal.removeEventListener("abort", onAbort);
          resolve(release);
        },
      };
      const onAbort = (): void => {
        waiter.cancelled = true;
        reject(signal.reason);
      };
      if (signal.aborted) {
        onAbort();
        return;
      }
      signal.addEventListener("abort", onAbort, { once: true });
      queued.waiting.push(waiter);
    });
  }

  /** Attempts holding a permit for `origin` (for tests and diagnostics). */
  active(origin: string): number {
    return this.lanes.get(origin)?.active ?? 0;
  }

  private releaser(origin: string, lane: Lane): Release {
    let released = false;
    return () => {
      if (released) return;
      released = true;
      this.handOn(origin, lane);
    };
  }

  /** Gives the freed permit to the next waiter still waiting, or returns it. */
  private handOn(origin: string, lane: Lane): void {
    while (lane.head < lane.waiting.length) {
      const next = lane.waiting[lane.head++];
      if (next && !next.cancelled) {
        this.compact(lane);
        next.grant(this.releaser(origin, lane));
        return;
      }
    }
    lane.active--;
    lane.waiting.length = 0;
    lane.head = 0;
    if (lane.active === 0) this.lanes.delete(origin);
  }

  private compact(lane: Lane): void {
    if (lane.head > 1024 && lane.head * 2 > lane.waiting.length) {
      lane.waiting.splice(0, lane.head);
      lane.head = 0;
    }
  }
}
