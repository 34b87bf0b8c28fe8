// The `mapping` member of the TEST-ONLY API (src/testApi.ts, ExtensionMode.Test only): stubs for the sample
// pick, the ingest modal and OPEN_PROFILE_COMMAND, and a view of the open previews and what they post, so
// integration tests drive the real host path (panel → controller → SDK → sandbox) with webview-shaped messages.
import vscode = require('vscode');
import { MAPPING_VIEW_TYPE, type MappingHostMessage, type MappingTarget, type MappingView } from '../../../shared/objectTypes/protocol';
import type { ProfileRef } from '../profileRef';
import { TEST_MAPPING_COMMAND } from '../commandIds';
import { mappingPanelKey, type MappingHooks, type MappingSampleInput } from './hooks';

export interface MappingTestApi {
  /** Runs TEST_MAPPING_COMMAND on `target` with this sample instead of the quick pick (undefined: the real pick). */
  open(target: MappingTarget, sample: MappingSampleInput): Promise<void>;
  answerSample(fn: ((target: MappingTarget) => Promise<MappingSampleInput | undefined>) | undefined): void;
  answerConfirmations(fn: ((message: string, detail: string, action: string) => boolean) | undefined): void;
  /** Receives OPEN_PROFILE_COMMAND's ProfileRef instead of running the command (undefined: the real command). */
  onOpenProfile(fn: ((ref: ProfileRef) => void) | undefined): void;
  /** The last view the open preview of `target` on the current connection posted. */
  view(target: MappingTarget, connectionKey: string): MappingView | undefined;
  isOpen(target: MappingTarget, connectionKey: string): boolean;
  postFromWebview(target: MappingTarget, connectionKey: string, message: unknown): Promise<void>;
  onDidPost(listener: (target: MappingTarget, message: MappingHostMessage) => void): vscode.Disposable;
  close(target: MappingTarget, connectionKey: string): void;
  /** As after a window reload: a new panel of the preview's view type restored from `state` by the serializer's path. */
  restore(state: unknown): Promise<vscode.WebviewPanel>;
}

/** `h`: the entry bundle's hooks object (this API runs from the test bundle, which has its own module copies). */
export function createMappingTestApi(h: MappingHooks): MappingTestApi {
  const panel = (t: MappingTarget, key: string) => h.panels.get(mappingPanelKey(key, t));
  return {
    async open(target, sample) {
      const before = h.pickSample;
      h.pickSample = () => Promise.resolve(sample);
      try {
        await vscode.commands.executeCommand(TEST_MAPPING_COMMAND, target);
      } finally {
        h.pickSample = before;
      }
    },
    answerSample: (fn) => { h.pickSample = fn; },
    answerConfirmations: (fn) => { h.confirm = fn ? (m, d, a) => Promise.resolve(fn(m, d, a)) : undefined; },
    onOpenProfile: (fn) => { h.openProfile = fn ? (ref) => { fn(ref); return Promise.resolve(); } : undefined; },
    view: (t, key) => panel(t, key)?.view(),
    isOpen: (t, key) => panel(t, key) !== undefined,
    postFromWebview: async (t, key, message) => {
      const p = panel(t, key);
      if (!p) throw new Error(`no mapping preview of ${t.domainName}/${t.objectTypeName} is open`);
      await p.receive(message);
    },
    onDidPost: (listener) => {
      h.listeners.add(listener);
      return new vscode.Disposable(() => h.listeners.delete(listener));
    },
    close: (t, key) => panel(t, key)?.close(),
    async restore(state) {
      const p = vscode.window.createWebviewPanel(MAPPING_VIEW_TYPE, 'restoring', vscode.ViewColumn.Active, {});
      await h.restore?.(p, state);
      return p;
    },
  };
}
