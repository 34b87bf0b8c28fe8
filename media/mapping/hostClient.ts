// The mapping preview's side of the protocol (src/shared/objectTypes/protocol.ts): `ready` once, then requests
// with fresh requestIds; the host's `done`/`error` with that id settles them. Every `view` the host pushes goes to
// onView. The saved state (for the serializer) is what the host put in the view's `persist`.
import type {
  MappingHostMessage, MappingPersistedState, MappingRequest, MappingWebviewMessage,
} from '../../src/shared/objectTypes/protocol';

export interface MappingVsCodeApi {
  postMessage(message: MappingWebviewMessage): void;
  setState(state: MappingPersistedState | undefined): void;
}

declare function acquireVsCodeApi(): MappingVsCodeApi;

export function mappingVsCodeApi(): MappingVsCodeApi {
  return acquireVsCodeApi();
}

type Body = MappingRequest extends infer R ? (R extends { requestId: number } ? Omit<R, 'requestId'> : never) : never;

export class MappingHostClient {
  private nextId = 1;
  private readonly pending = new Map<number, { resolve(): void; reject(e: Error): void }>();

  constructor(private readonly api: MappingVsCodeApi, private readonly onMessage: (m: MappingHostMessage) => void) {
    window.addEventListener('message', (e: MessageEvent<MappingHostMessage>) => this.receive(e.data));
  }

  ready(): void { this.api.postMessage({ type: 'ready' }); }

  save(state: MappingPersistedState | undefined): void { this.api.setState(state); }

  request(body: Body): Promise<void> {
    const requestId = this.nextId++;
    return new Promise<void>((resolve, reject) => {
      this.pending.set(requestId, { resolve, reject });
      this.api.postMessage({ ...body, requestId } as MappingRequest);
    });
  }

  private receive(m: MappingHostMessage): void {
    if (!m || typeof m !== 'object' || typeof m.type !== 'string') return;
    this.onMessage(m);
    const id = m.type === 'view' ? undefined : m.requestId;
    const waiting = id === undefined ? undefined : this.pending.get(id);
    if (!waiting || id === undefined) return;
    this.pending.delete(id);
    if (m.type === 'error') waiting.reject(new Error(m.message));
    else waiting.resolve();
  }
}
