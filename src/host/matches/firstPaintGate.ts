// Holds a stream's later pages until the webview says it painted the first one (`firstPaint`), or a timeout
// passes (a lost ack must not stall loading), or the load is aborted. Both matches streams (GetMatches and
// rule-based) use it, so the handshake is one mechanism. Only a webview that sent `ready` with paintAck waits.
export class FirstPaintGate {
  /** Set by a `ready` with paintAck: each load waits for `firstPaint` after its first page. */
  private paintAck = false;
  /** Releases the load waiting for the current `firstPaint`. */
  private releaseWaiting: (() => void) | undefined;

  setPaintAck(paintAck: boolean): void { this.paintAck = paintAck; }

  /** The webview painted the first page (or the stream is going away): the held pages may follow. */
  release(): void { this.releaseWaiting?.(); }

  /** Resolves on the webview's `firstPaint`, after `timeoutMs`, or on abort; at once without paintAck. */
  wait(signal: AbortSignal, timeoutMs = 500): Promise<void> {
    if (!this.paintAck || signal.aborted) return Promise.resolve();
    return new Promise<void>((resolve) => {
      const done = (): void => {
        clearTimeout(timer);
        signal.removeEventListener('abort', done);
        if (this.releaseWaiting === done) this.releaseWaiting = undefined;
        resolve();
      };
      const timer = setTimeout(done, timeoutMs);
      signal.addEventListener('abort', done);
      this.releaseWaiting = done;
    });
  }
}
