// One response read by the rules of body-limit.ts, driven by a dispatch handler through plain
// calls (status and headers, each chunk, the end, a failure), so the undici handler needs a
// line per callback whichever handler API it is written in.
import { BodyBuffer, checkDeclaredLength, declaredLength, errorBodyCap, planBody, type BodyPlan, type BodyReading } from "./body-limit.js";
import { afterResponseStarted } from "./failure.js";
import { pushedBody, type PushedBody } from "./stream-body.js";
import type { WireResponse } from "./wire.js";

export interface ResponseSink {
  resolve(response: WireResponse): void;
  reject(error: unknown): void;
  /** Resume a paused socket (the stream's reader wants more). */
  resume(): void;
  /** Stop the response: its body is not wanted (past a limit, or the stream was cancelled). */
  abort(reason: Error): void;
}

export class ResponseBodyReader {
  private plan: BodyPlan = "none";
  private buffer: BodyBuffer | undefined;
  private pushed: PushedBody | undefined;
  private head: Omit<WireResponse, "body"> = { status: 0, statusText: "", headers: {} };
  private done = false;

  constructor(
    private readonly method: string,
    private readonly reading: BodyReading,
    private readonly sink: ResponseSink,
  ) {}

  start(status: number, statusText: string, headers: Record<string, string>): void {
    this.head = { status, statusText, headers };
    this.plan = planBody(status, this.method, this.reading);
    try {
      checkDeclaredLength(this.plan, headers, this.reading);
    } catch (error) {
      this.stop(error as Error);
      return;
    }
    if (this.plan === "stream") {
      this.pushed = pushedBody(
        () => this.sink.resume(),
        (reason) => this.sink.abort(reason instanceof Error ? reason : new Error("stream cancelled")),
      );
      this.finish({ ...this.head, body: null, stream: this.pushed.stream });
    } else if (this.plan !== "none") {
      const truncate = this.plan === "truncate";
      this.buffer = new BodyBuffer(truncate ? errorBodyCap(this.reading) : this.reading.maxBytes, truncate, declaredLength(headers));
    }
  }

  /** False: pause the socket until `resume`. */
  data(chunk: Uint8Array): boolean {
    if (this.pushed) return this.pushed.push(chunk);
    if (!this.buffer || this.done) return true;
    let more: boolean;
    try {
      more = this.buffer.push(chunk);
    } catch (error) {
      this.stop(error as Error);
      return true;
    }
    // An error body cut at its cap: answer with what was kept and drop the connection.
    if (!more) {
      this.end();
      this.sink.abort(new Error("error body past its cap"));
    }
    return true;
  }

  end(): void {
    if (this.pushed) {
      this.pushed.end();
      return;
    }
    const body = this.buffer ? this.buffer.bytes() : this.plan === "none" ? null : new Uint8Array();
    const truncatedAt = this.buffer?.truncatedAt;
    this.finish(truncatedAt === undefined ? { ...this.head, body } : { ...this.head, body, truncatedAt });
  }

  error(error: unknown): void {
    if (this.head.status !== 0) afterResponseStarted(error);
    if (this.pushed) this.pushed.fail(error);
    else if (!this.done) {
      this.done = true;
      this.sink.reject(error);
    }
  }

  private finish(response: WireResponse): void {
    if (this.done) return;
    this.done = true;
    this.sink.resolve(response);
  }

  private stop(error: Error): void {
    if (this.done) return;
    this.done = true;
    this.sink.reject(error);
    this.sink.abort(error);
  }
}
