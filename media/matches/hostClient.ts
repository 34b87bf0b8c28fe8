// Request/response over postMessage: each request gets a fresh requestId; the host's answer with that id
// settles the promise (an `error` rejects it). Every host message is also handed to onMessage, so state
// updates are applied in one place whether or not someone awaits the request.
import type { HostMessage, RequestBody, ResponseFor, WebviewRequestType } from '../../src/shared/matches/protocol';
import type { VsCodeApi } from './vscodeApi';

export class HostError extends Error {
  constructor(message: string, readonly rejected: boolean) {
    super(message);
  }
}

type Pending = { resolve(m: HostMessage): void; reject(e: HostError): void };

export class HostClient {
  private nextId = 1;
  private readonly pending = new Map<number, Pending>();
  domain = '';
  /** Set when the panel is detached: requests fail here at once (the host would refuse them anyway). */
  refusal: string | undefined;

  constructor(private readonly api: VsCodeApi, private readonly onMessage: (m: HostMessage) => void) {
    window.addEventListener('message', (e: MessageEvent<HostMessage>) => this.receive(e.data));
  }

  ready(): void {
    this.api.postMessage({ type: 'ready', paintAck: true });
  }

  /** Tells the host the first page is on screen (it holds the rest of the stream until then). */
  firstPaint(): void {
    this.api.postMessage({ type: 'firstPaint' });
  }

  /** Rule-based panels: groups to look up before the rest (e.g. the one open before a reload). */
  wantGroups(matchIds: readonly string[]): void {
    if (matchIds.length) this.api.postMessage({ type: 'wantGroups', matchIds: matchIds.slice(0, 200) });
  }

  request<T extends WebviewRequestType>(body: Extract<RequestBody, { type: T }>): Promise<ResponseFor<T>> {
    if (this.refusal !== undefined) return Promise.reject(new HostError(this.refusal, true));
    const requestId = this.nextId++;
    return new Promise<ResponseFor<T>>((resolve, reject) => {
      this.pending.set(requestId, { resolve: (m) => resolve(m as ResponseFor<T>), reject });
      this.api.postMessage({ ...body, requestId, domain: this.domain } as Parameters<VsCodeApi['postMessage']>[0]);
    });
  }

  private receive(message: HostMessage): void {
    if (!message || typeof message !== 'object' || typeof message.type !== 'string') return;
    this.onMessage(message);
    const id = 'requestId' in message ? message.requestId : undefined;
    const waiting = id === undefined ? undefined : this.pending.get(id);
    if (!waiting || id === undefined) return;
    this.pending.delete(id);
    if (message.type === 'error') waiting.reject(new HostError(message.message, !!message.rejected));
    else waiting.resolve(message);
  }
}
