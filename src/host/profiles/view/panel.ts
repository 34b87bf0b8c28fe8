// One webview panel per (connection, domain, profile). Thin: it plugs the vscode webview into a
// ProfileViewController. The panel is pinned to the connection it opened with: after a switch it is detached (a
// banner says so, every request is refused before any call, and its API refuses calls too), and a panel restored
// after a reload on another connection comes back detached.
import vscode = require('vscode');
import { describeError } from '../../../shared/describeError';
import { PROFILE_VIEW_TYPE, type HostMessage, type MatchType, type ProfileAction } from '../../../shared/profiles/protocol';
import { bundleHtml, bundleWebviewOptions } from '../../webview/bundleHtml';
import { matchesConnectionLabel } from '../../matches/connectionDeps';
import { REVIEW_MATCHES_COMMAND, REVIEW_RULE_BASED_MATCHES_COMMAND } from '../../matches/viewType';
import { ADD_PROFILE_KEY_COMMAND, DELETE_PROFILE_COMMAND, EDIT_PROFILE_COMMAND, OPEN_PROFILE_COMMAND } from '../commandIds';
import type { ProfilesDeps } from '../deps';
import type { ProfileRef } from '../profileRef';
import { ProfileViewController } from './controller';
import type { ProfileViewApi } from './loaders';

export function profilePanelKey(connectionKey: string, ref: ProfileRef): string {
  return `${connectionKey}\u0000${ref.domainName}\u0000${ref.profileId}`;
}

/** The API of the connection the panel opened with; once that is not the current one, every call is refused. */
function pinned(api: ProfileViewApi, isCurrent: () => boolean, label: string): ProfileViewApi {
  const check = (): void => {
    if (!isCurrent()) throw new Error(vscode.l10n.t('The connection changed since this profile view opened ({0}).', label));
  };
  return {
    call: (...a) => { check(); return api.call(...a); },
    fetchPage: (...a) => { check(); return api.fetchPage(...a); },
    pages: (...a) => { check(); return api.pages(...a); },
  };
}

export class ProfileViewPanel {
  private static readonly panels = new Map<string, ProfileViewPanel>();
  private controller: ProfileViewController | undefined;
  private readonly early: unknown[] = [];
  private readonly disposables: vscode.Disposable[] = [];
  private readonly posted = new vscode.EventEmitter<HostMessage>();
  readonly onDidPost = this.posted.event;
  private detached: string | undefined;
  private wasHidden = false;
  private disposed = false;

  static of(ref: ProfileRef, connectionKey: string): ProfileViewPanel | undefined {
    return ProfileViewPanel.panels.get(profilePanelKey(connectionKey, ref));
  }

  static async show(deps: ProfilesDeps, ref: ProfileRef): Promise<ProfileViewPanel> {
    const key = deps.connection.key();
    const open = ProfileViewPanel.of(ref, key);
    if (open && !open.detached) { open.panel.reveal(); return open; }
    open?.close();
    const panel = vscode.window.createWebviewPanel(PROFILE_VIEW_TYPE, vscode.l10n.t('Profile {0}…', ref.profileId.slice(0, 8)), vscode.ViewColumn.Active, ProfileViewPanel.options(deps));
    const view = new ProfileViewPanel(panel, deps, ref, key, key);
    await view.connect();
    return view;
  }

  /** The serializer's path: the saved state names the connection; another one than the current = detached. */
  static async restore(deps: ProfilesDeps, panel: vscode.WebviewPanel, saved: { connectionKey: string; connectionLabel?: string } & ProfileRef): Promise<void> {
    const open = ProfileViewPanel.of(saved, saved.connectionKey);
    if (open) { panel.dispose(); return open.panel.reveal(); }
    panel.webview.options = ProfileViewPanel.options(deps);
    const view = new ProfileViewPanel(panel, deps, saved, saved.connectionKey, saved.connectionLabel ?? saved.connectionKey);
    if (saved.connectionKey === deps.connection.key()) return view.connect();
    view.detach(vscode.l10n.t('This view belongs to connection {0}, which is not the current one: it shows nothing and calls nothing. Switch back to that connection, or open the profile again on the current one.', saved.connectionLabel ?? saved.connectionKey));
  }

  private static options(deps: ProfilesDeps): vscode.WebviewOptions & vscode.WebviewPanelOptions {
    return bundleWebviewOptions(deps.context.extensionUri);
  }

  private constructor(
    private readonly panel: vscode.WebviewPanel,
    private readonly deps: ProfilesDeps,
    readonly ref: ProfileRef,
    private readonly connectionKey: string,
    private connectionLabel: string,
  ) {
    ProfileViewPanel.panels.set(profilePanelKey(connectionKey, ref), this);
    panel.webview.html = bundleHtml(panel.webview, deps.context.extensionUri, 'profile', { title: vscode.l10n.t('Profile'), bootText: vscode.l10n.t('Loading profile…') });
    this.disposables.push(
      panel.webview.onDidReceiveMessage((m: unknown) => this.receive(m)),
      panel.onDidDispose(() => this.dispose()),
      // Visible again (e.g. after editing the profile as JSON in another tab): re-read, the profile may have changed.
      panel.onDidChangeViewState(() => {
        if (!panel.visible) { this.wasHidden = true; return; }
        if (this.wasHidden && this.controller && !this.detached) { this.wasHidden = false; void this.controller.loadAll(); }
      }),
      deps.connection.onDidChange(() => {
        if (deps.connection.key() !== this.connectionKey) {
          this.detach(vscode.l10n.t('The connection changed: this view belongs to {0}. Nothing here calls the new connection. Open the profile again on the current connection.', this.connectionLabel));
        }
      }),
      this.posted,
    );
  }

  get detachedReason(): string | undefined { return this.detached; }
  get controllerState(): ProfileViewController | undefined { return this.controller; }

  receive(message: unknown): Promise<void> {
    if (this.detached) {
      const m = (message && typeof message === 'object' ? message : {}) as { type?: unknown; requestId?: unknown };
      if (m.type === 'ready') this.post({ type: 'detached', reason: this.detached });
      else if (typeof m.requestId === 'number') this.post({ type: 'error', requestId: m.requestId, message: this.detached });
      return Promise.resolve();
    }
    if (this.controller) return this.controller.receive(message);
    this.early.push(message);
    return Promise.resolve();
  }

  /** Re-reads every section (after Add Key, or a Refresh from elsewhere). */
  refresh(): Promise<void> { return this.controller?.loadAll() ?? Promise.resolve(); }

  /** The profile was deleted: the view says so and offers nothing that would call the API with its id. */
  markDeleted(): void {
    this.controller?.markGone(vscode.l10n.t('Profile {0} was deleted from {1}.', this.ref.profileId, this.ref.domainName));
    this.panel.title = vscode.l10n.t('{0} (deleted)', this.panel.title);
  }

  close(): void { this.panel.dispose(); }

  private post(m: HostMessage): void {
    if (this.disposed) return; // a load still in flight when the tab closed
    // A webview torn down between the check and the post rejects: nothing is left to tell.
    this.panel.webview.postMessage(m).then(undefined, () => undefined);
    this.posted.fire(m);
  }

  private detach(reason: string): void {
    if (this.detached) return;
    this.detached = reason;
    this.early.length = 0;
    this.panel.title = vscode.l10n.t('{0} (detached)', this.panel.title);
    this.deps.log.info(`Profile view (${this.ref.profileId}): detached: ${reason}`);
    this.post({ type: 'detached', reason });
  }

  private async connect(): Promise<void> {
    try {
      const api = await this.deps.connection.api();
      if (this.deps.connection.key() !== this.connectionKey) return this.detach(vscode.l10n.t('The connection changed while this view opened. Open the profile again.'));
      if (this.detached) return;
      this.connectionLabel = matchesConnectionLabel(this.deps.connection.spec(), api.connection);
      this.controller = new ProfileViewController({
        ref: this.ref, connectionKey: this.connectionKey, connectionLabel: this.connectionLabel,
        api: pinned(api, () => this.deps.connection.key() === this.connectionKey, this.connectionLabel),
        ui: {
          post: (m) => { if (!this.detached || 'requestId' in m) this.post(m); if (m.type === 'section' && m.section === 'profile' && m.state.status === 'ready') this.panel.title = vscode.l10n.t('Profile: {0}', m.state.data.name); },
          action: (a) => this.runAction(a),
          openProfile: async (profileId) => { await vscode.commands.executeCommand(OPEN_PROFILE_COMMAND, { domainName: this.ref.domainName, profileId }); },
          openMatch: (t, id) => this.openMatch(t, id),
          log: (line) => this.deps.log.info(line),
        },
        describe: (e) => describeError(e, { profile: this.deps.connection.spec().profile, endpoint: this.deps.connection.resolved?.endpoint }).message,
      });
      for (const m of this.early.splice(0)) void this.controller.receive(m);
    } catch (e) {
      const message = describeError(e, { endpoint: this.deps.connection.resolved?.endpoint }).message;
      this.deps.log.warn(`Profile view (${this.ref.profileId}): cannot connect: ${message}`);
      this.post({ type: 'error', message: vscode.l10n.t('Cannot connect: {0}', message) });
    }
  }

  private async runAction(action: ProfileAction): Promise<void> {
    const command = { edit: EDIT_PROFILE_COMMAND, addKey: ADD_PROFILE_KEY_COMMAND, delete: DELETE_PROFILE_COMMAND }[action];
    await vscode.commands.executeCommand(command, { domainName: this.ref.domainName, profileId: this.ref.profileId });
  }

  private async openMatch(matchType: MatchType, matchId: string): Promise<void> {
    const command = matchType === 'RULE_BASED_MATCHING' ? REVIEW_RULE_BASED_MATCHES_COMMAND : REVIEW_MATCHES_COMMAND;
    await vscode.commands.executeCommand(command, { domainName: this.ref.domainName, matchId });
  }

  private dispose(): void {
    this.disposed = true;
    const key = profilePanelKey(this.connectionKey, this.ref);
    if (ProfileViewPanel.panels.get(key) === this) ProfileViewPanel.panels.delete(key);
    for (const d of this.disposables.splice(0)) d.dispose();
  }
}
