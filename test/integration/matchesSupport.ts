// Helpers for the matches integration tests (not a test file itself): drive a matches panel's host path
// through the extension's test API with webview-shaped messages, and read what the host posts back.
import type { CustomerProfilesTestApi } from '../../src/extension';
import type { GroupSummary, HostMessage, InitMessage } from '../../src/shared/matches/protocol';

/** Request ids far above the real webview's own (it counts from 1), so answers are never confused. */
let nextRequestId = 900_000;
export const newRequestId = (): number => nextRequestId++;

/** Posts `message` as the webview would and resolves with the host's answer carrying its requestId. */
export function request(api: CustomerProfilesTestApi, domain: string, message: Record<string, unknown>, timeoutMs = 30_000): Promise<HostMessage> {
  const requestId = typeof message.requestId === 'number' ? message.requestId : newRequestId();
  return new Promise<HostMessage>((resolve, reject) => {
    const timer = setTimeout(() => { sub.dispose(); reject(new Error(`no answer to ${JSON.stringify(message).slice(0, 200)} within ${timeoutMs} ms`)); }, timeoutMs);
    const sub = api.matches.onDidPostToWebview(domain, (m) => {
      if (!('requestId' in m) || m.requestId !== requestId) return;
      clearTimeout(timer);
      sub.dispose();
      resolve(m);
    });
    void api.matches.postFromWebview(domain, { ...message, requestId, domain: message.domain ?? domain });
  });
}

export interface LoadedRun {
  readonly init: InitMessage;
  readonly groups: Map<string, GroupSummary>;
  /** `total` of the last groupsPage (PotentialMatches as the host saw it). */
  readonly total?: number;
}

/**
 * Asks the host to (re)load the matches, as the webview's Reload button does, and collects the streamed run
 * until its last page. A later run (the real webview's own `ready`) simply starts the collection over.
 */
export function reloadAndCollect(api: CustomerProfilesTestApi, domain: string, timeoutMs = 60_000): Promise<LoadedRun> {
  return collectRun(api, domain, { sendReload: true, timeoutMs });
}

/**
 * Collects the next complete run the host streams to the panel: after a `reload` sent here, or (sendReload
 * false, right after opening) the run the real webview's own `ready` handshake starts.
 */
export function collectRun(api: CustomerProfilesTestApi, domain: string, o: { sendReload: boolean; timeoutMs?: number }): Promise<LoadedRun> {
  const timeoutMs = o.timeoutMs ?? 60_000;
  return new Promise<LoadedRun>((resolve, reject) => {
    let init: InitMessage | undefined;
    let groups = new Map<string, GroupSummary>();
    const timer = setTimeout(() => { sub.dispose(); reject(new Error(`matches of ${domain} not loaded within ${timeoutMs} ms (${groups.size} groups so far)`)); }, timeoutMs);
    const sub = api.matches.onDidPostToWebview(domain, (m) => {
      if (m.type === 'init') {
        init = m;
        groups = new Map();
      } else if (m.type === 'groupsPage' && init) {
        for (const g of m.groups) groups.set(g.matchId, g);
        if (m.done && !m.cancelled) {
          clearTimeout(timer);
          sub.dispose();
          resolve({ init, groups, total: m.total });
        }
      } else if (m.type === 'error' && m.requestId === undefined) {
        clearTimeout(timer);
        sub.dispose();
        reject(new Error(`the host reported: ${m.message}`));
      }
    });
    if (o.sendReload) void api.matches.postFromWebview(domain, { type: 'reload', requestId: newRequestId(), domain });
  });
}
