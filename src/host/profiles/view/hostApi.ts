// What the entry side (register.ts) and the test API reach in the lazy profilesHost bundle for the profile view:
// one object, exported by host.ts, so the entry bundle carries only command registration.
import vscode = require('vscode');
import type { HostMessage, SectionName, SectionState } from '../../../shared/profiles/protocol';
import { PROFILE_VIEW_TYPE } from '../../../shared/profiles/protocol';
import { OPEN_PROFILE_COMMAND } from '../commandIds';
import type { ProfilesDeps } from '../deps';
import type { ProfileRef } from '../profileRef';
import { addProfileKey, askProfileRef, deleteProfile, type ActionOutcome } from './actions';
import { ProfileViewPanel } from './panel';
import { promptHooks, type ProfileViewPrompts } from './prompts';
import { restoredProfileView } from './restoredState';

export type { ProfileViewPrompts } from './prompts';

/** TEST-ONLY (src/testApi.ts `profileView`, test mode only). */
export interface ProfileViewTestApi {
  /** Runs Open Profile with the ref and resolves once its panel is connected. */
  open(ref: ProfileRef): Promise<void>;
  isOpen(ref: ProfileRef, connectionKey?: string): boolean;
  close(ref: ProfileRef, connectionKey?: string): void;
  /** The last state the host posted for each section (what the webview renders), and why it is detached/gone. */
  rendered(ref: ProfileRef, connectionKey?: string): { sections: Partial<Record<SectionName, SectionState>>; detached?: string; gone?: string };
  postFromWebview(ref: ProfileRef, message: unknown, connectionKey?: string): Promise<void>;
  onDidPostToWebview(ref: ProfileRef, listener: (m: HostMessage) => void, connectionKey?: string): vscode.Disposable;
  /** Answers the commands' pickers and confirmations (undefined: VS Code's own again). */
  answerPrompts(prompts: ProfileViewPrompts | undefined): void;
  /** Restores a panel from a webview's saved state exactly as the serializer does after a reload. */
  restoreFromState(state: unknown): Promise<void>;
}

export interface ProfileViewHost {
  open(deps: ProfilesDeps, ref: ProfileRef | undefined): Promise<void>;
  /** Without a ref (the palette) both ask the domain and the ProfileId first. */
  addKey(deps: ProfilesDeps, ref: ProfileRef | undefined): Promise<ActionOutcome>;
  delete(deps: ProfilesDeps, ref: ProfileRef | undefined): Promise<ActionOutcome>;
  /** The serializer's path: the webview's saved state as VS Code hands it over (unchecked). */
  restore(deps: ProfilesDeps, panel: vscode.WebviewPanel, state: unknown): Promise<void>;
  testApi(deps: ProfilesDeps): ProfileViewTestApi;
}

export const profileViewHost: ProfileViewHost = {
  async open(deps, ref) {
    const target = ref ?? (await askProfileRef(deps));
    if (target) await ProfileViewPanel.show(deps, target);
  },
  async addKey(deps, ref) {
    const target = ref ?? (await askProfileRef(deps));
    return target ? addProfileKey(deps, target) : 'cancelled';
  },
  async delete(deps, ref) {
    const target = ref ?? (await askProfileRef(deps));
    return target ? deleteProfile(deps, target) : 'cancelled';
  },
  async restore(deps, panel, state) {
    const saved = restoredProfileView(state);
    // Without a well-formed saved state there is nothing to restore (e.g. the webview never got going).
    if (!saved) return panel.dispose();
    await ProfileViewPanel.restore(deps, panel, saved);
  },
  testApi(deps) {
    const find = (ref: ProfileRef, key?: string): ProfileViewPanel => {
      const open = ProfileViewPanel.of(ref, key ?? deps.connection.key());
      if (!open) throw new Error(`No profile view is open for ${ref.domainName}/${ref.profileId}.`);
      return open;
    };
    return {
      open: async (ref) => { await vscode.commands.executeCommand(OPEN_PROFILE_COMMAND, ref); },
      isOpen: (ref, key) => ProfileViewPanel.of(ref, key ?? deps.connection.key()) !== undefined,
      close: (ref, key) => find(ref, key).close(),
      rendered(ref, key) {
        const panel = find(ref, key);
        const c = panel.controllerState;
        return { sections: Object.fromEntries(c?.state ?? []), detached: panel.detachedReason, gone: c?.goneReason };
      },
      postFromWebview: (ref, m, key) => find(ref, key).receive(m),
      onDidPostToWebview: (ref, listener, key) => find(ref, key).onDidPost(listener),
      answerPrompts(p) { promptHooks.override = p; },
      async restoreFromState(state) {
        const panel = vscode.window.createWebviewPanel(PROFILE_VIEW_TYPE, vscode.l10n.t('Profile'), vscode.ViewColumn.Active, {});
        await profileViewHost.restore(deps, panel, state);
      },
    };
  },
};
