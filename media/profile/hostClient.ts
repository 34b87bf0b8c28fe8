// Request/response over postMessage: each request gets a fresh requestId; the host's `done` or `error` with that
// id settles it. Every host message is also handed to onMessage (state updates happen in one place).
import type { HostMessage, RequestBody } from '../../src/shared/profiles/protocol';
import type { VsCodeApi } from './vscodeApi';

export class HostClient {
  private nextId = 1;
  private readonly pending = new Map<number, { resolve(): void; reject(e: Error): void }>();
  profileId = '';

  constructor(private readonly api: VsCodeApi, private readonly onMessage: (m: HostMessage) => void) {
    window.addEventListener('message', (e: MessageEvent<HostMessage>) => this.receive(e.data));
  }

  ready(): void {
    this.api.postMessage({ type: 'ready' });
  }

  request(body: RequestBody): Promise<void> {
    const requestId = this.nextId++;
    return new Promise<void>((resolve, reject) => {
      this.pending.set(requestId, { resolve, reject });
      this.api.postMessage({ ...body, requestId, profileId: this.profileId } as Parameters<VsCodeApi['postMessage']>[0]);
    });
  }

  private receive(m: HostMessage): void {
    if (!m || typeof m !== 'object' || typeof m.type !== 'string') return;
    this.onMessage(m);
    if ((m.type !== 'done' && m.type !== 'error') || m.requestId === undefined) return;
    const waiting = this.pending.get(m.requestId);
    if (!waiting) return;
    this.pending.delete(m.requestId);
    if (m.type === 'error') waiting.reject(new Error(m.message));
    else waiting.resolve();
  }
}
