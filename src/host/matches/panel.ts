// One webview panel per (connection, domain, source: ML or rule-based). Thin: it plugs the vscode webview, modal, save dialog and
// progress notification into a MatchesController, which holds all the behaviour. A panel whose connection
// stopped being the current one, or whose domain was deleted, is *detached*: it says so in the webview and
// refuses every request before any API call (a new panel serves the current connection).
import { randomBytes } from 'crypto';
import * as os from 'os';
import vscode = require('vscode');
import type { MatchesBackend } from './backend';
import { MatchesController, type MatchesHostUi } from './controller';
import { pinnedToConnection } from './pinnedBackend';
import { readDefaultPhoneRegion, watchMatchingSettings } from './matchingSettings';
import { nonceFrom, renderMatchesHtml } from './html';
import type { HostMessage } from '../../shared/matches/protocol';
import { MATCHES_VIEW_TYPE } from './viewType';
import type { RuleMatchResults } from './ruleMatchResults';
import type { MatchSource } from '../../shared/matches/matchGroup';


export interface MatchesConnection {
  /** Stable id of profile + region + endpoint (review states are stored under it). */
  readonly id: string;
  /** Shown in the panel, e.g. "sandbox (127.0.0.1:4566)" or "default · eu-west-1". */
  readonly label: string;
  readonly backend: MatchesBackend;
}

export interface MatchesDeps {
  /** The current connection; called when a panel opens or is restored. */
  connection(): Promise<MatchesConnection>;
  /** Identity of the current connection (ConnectionManager.key()): panels are one per (this key, domain). */
  connectionKey(): string;
  /** Domain names for the "Review Matches…" picker. */
  listDomains(): Promise<string[]>;
  /** Appends a line to the extension's log (output channel). */
  log(line: string): void;
  /**
   * Asks for a merge confirmation; resolves true only when `action` was chosen. Default: VS Code's modal
   * warning. The extension's test API swaps it, since a modal cannot be answered from an extension host test.
   */
  confirm?(message: string, detail: string, action: string): Promise<boolean>;
  /** Asks where to save an export. Default: VS Code's save dialog; the test API swaps it. */
  pickSaveTarget?(suggested: vscode.Uri | undefined, format: 'csv' | 'json'): Promise<vscode.Uri | undefined>;
  /** A merge in the domain's panel changed its profiles (the explorer re-reads the domain's Matches item). */
  onMerged?(domain: string): void;
  /** Fires when the current connection changed (ConnectionManager.onDidChange): other connections' panels detach. */
  onDidChangeConnection?(listener: () => void): { dispose(): unknown };
  /** Fires once DeleteDomain succeeded (wired in src/extension.ts): that domain's panel detaches at once. */
  onDidDeleteDomain?(listener: (deleted: DeletedDomain) => void): { dispose(): unknown };
  /** Where a completed rule-based load records its counts per level (the domain JSON's rule hover reads them). */
  readonly ruleMatchResults?: RuleMatchResults;
}

export interface DeletedDomain {
  /** ConnectionManager.key() of the connection the domain was deleted on. */
  readonly connectionKey: string;
  readonly domain: string;
}

/** Where a panel is filed: one per (connection, domain, source). */
export function panelKey(connectionKey: string, domain: string, source: MatchSource = 'ml'): string {
  return `${connectionKey}\u0000${domain}\u0000${source}`;
}

/** The panel's tab title: the rule-based panel says so, beside the ML one of the same domain. */
export function panelTitle(domain: string, source: MatchSource): string {
  return source === 'rules' ? vscode.l10n.t('Rule-based Matches: {0}', domain) : vscode.l10n.t('Matches: {0}', domain);
}

export class MatchesPanel {
  private static readonly panels = new Map<string, MatchesPanel>();
  private controller: MatchesController | undefined;
  private readonly disposables: vscode.Disposable[] = [];
  /** Messages that arrive before the connection is resolved (the `ready` handshake) wait here. */
  private readonly early: unknown[] = [];
  private readonly posted = new vscode.EventEmitter<HostMessage>();
  /** Every message the host posts to this panel's webview (the test API listens). */
  readonly onDidPost = this.posted.event;
  private connectionLabel: string;
  private detached: string | undefined;
  /** The group to open once the webview got `init` (Review Matches with `{ domainName, matchId }`). */
  private selectAfterInit: string | undefined;

  /** The open panel of a domain and source on a connection (ConnectionManager.key()), if any. */
  static of(domain: string, connectionKey: string, source: MatchSource = 'ml'): MatchesPanel | undefined {
    return MatchesPanel.panels.get(panelKey(connectionKey, domain, source));
  }

  /** Reveals the domain's panel of that source for the current connection, or opens one. */
  static async show(context: vscode.ExtensionContext, deps: MatchesDeps, domain: string, source: MatchSource = 'ml', selectMatchId?: string): Promise<void> {
    const connectionKey = deps.connectionKey();
    const open = MatchesPanel.of(domain, connectionKey, source);
    if (open && !open.detached) {
      open.panel.reveal();
      if (selectMatchId) open.postToWebview({ type: 'selectGroup', matchId: selectMatchId });
      return;
    }
    // A detached panel of this very connection (its domain was deleted and re-created, or a restored panel of
    // a connection that is current again) cannot come back to life: a fresh panel replaces it.
    open?.close();
    const panel = vscode.window.createWebviewPanel(MATCHES_VIEW_TYPE, panelTitle(domain, source), vscode.ViewColumn.Active, {
      enableScripts: true,
      localResourceRoots: [vscode.Uri.joinPath(context.extensionUri, 'dist', 'webview')],
    });
    const created = new MatchesPanel(panel, context, deps, domain, connectionKey, source);
    created.selectAfterInit = selectMatchId;
    await created.connect();
  }

  /**
   * Re-attaches a panel VS Code restored after a reload; the domain and connection come from the webview's
   * saved state. A panel saved on another connection than the current one comes back detached.
   */
  static async restore(
    context: vscode.ExtensionContext, deps: MatchesDeps, panel: vscode.WebviewPanel,
    saved: { readonly domain: string; readonly connectionKey?: string; readonly connectionLabel?: string; readonly source?: MatchSource },
  ): Promise<void> {
    const source = saved.source ?? 'ml';
    const current = deps.connectionKey();
    // States saved before panels carried their connection belong to whatever connection is current.
    const connectionKey = saved.connectionKey ?? current;
    const open = MatchesPanel.of(saved.domain, connectionKey, source);
    if (open) { panel.dispose(); return open.panel.reveal(); }
    panel.webview.options = { enableScripts: true, localResourceRoots: [vscode.Uri.joinPath(context.extensionUri, 'dist', 'webview')] };
    const restored = new MatchesPanel(panel, context, deps, saved.domain, connectionKey, source, saved.connectionLabel);
    if (connectionKey === current) return restored.connect();
    restored.detach(vscode.l10n.t('This panel belongs to connection {0}, which is not the current one. Switch back to it, or run Review Matches again for the current connection.', saved.connectionLabel ?? connectionKey));
  }

  private constructor(
    private readonly panel: vscode.WebviewPanel,
    private readonly context: vscode.ExtensionContext,
    private readonly deps: MatchesDeps,
    private readonly domain: string,
    private readonly connectionKey: string,
    private readonly source: MatchSource,
    connectionLabel?: string,
  ) {
    this.connectionLabel = connectionLabel ?? connectionKey;
    MatchesPanel.panels.set(panelKey(connectionKey, domain, source), this);
    panel.title = panelTitle(domain, source);
    const root = vscode.Uri.joinPath(context.extensionUri, 'dist', 'webview');
    panel.webview.html = renderMatchesHtml({
      nonce: nonceFrom(randomBytes(32)),
      cspSource: panel.webview.cspSource,
      scriptUri: panel.webview.asWebviewUri(vscode.Uri.joinPath(root, 'matches.js')).toString(),
      phoneLibraryUri: panel.webview.asWebviewUri(vscode.Uri.joinPath(root, 'phone.js')).toString(),
      styleUri: panel.webview.asWebviewUri(vscode.Uri.joinPath(root, 'matches.css')).toString(),
      title: panelTitle(domain, source),
      l10nBundle: vscode.l10n.bundle,
    });
    this.disposables.push(
      panel.webview.onDidReceiveMessage((m: unknown) => this.receive(m)),
      panel.onDidDispose(() => this.dispose()),
      this.posted, watchMatchingSettings((m) => { if (!this.detached) this.postToWebview(m); }),
    );
    const changed = deps.onDidChangeConnection?.(() => {
      if (deps.connectionKey() !== this.connectionKey) {
        this.detach(vscode.l10n.t('The connection changed: this panel belongs to {0}, which is not the current one. Run Review Matches again for the current connection.', this.connectionLabel));
      }
    });
    const deleted = deps.onDidDeleteDomain?.((d) => {
      if (d.domain === this.domain && d.connectionKey === this.connectionKey) {
        this.detach(vscode.l10n.t('The domain {0} was deleted. Nothing in this panel can be changed any more.', this.domain));
      }
    });
    for (const d of [changed, deleted]) if (d) this.disposables.push({ dispose: () => void d.dispose() });
  }

  /** Why the panel is detached (connection gone, domain deleted); undefined while it works. */
  get detachedReason(): string | undefined { return this.detached; }

  /** The one way in for webview messages (unknown: validated by the controller before anything else). */
  receive(message: unknown): Promise<void> {
    if (this.detached) {
      this.refuse(message);
      return Promise.resolve();
    }
    if (this.controller) return this.controller.receive(message);
    this.early.push(message);
    return Promise.resolve();
  }

  /** TEST-ONLY (test API): the host "dies" mid bulk merge; see MatchesTestApi.simulateHostCrash. */
  async simulateHostCrash(): Promise<void> {
    await this.controller?.simulateCrash();
    this.panel.dispose();
  }

  /** Closes the panel (as the user closing its tab). */
  close(): void {
    this.panel.dispose();
  }

  /**
   * Stops everything the panel does against the API and tells the webview why (final). Answers to requests
   * already in flight still arrive, so the webview's pending actions settle.
   */
  private detach(reason: string): void {
    if (this.detached) return;
    this.detached = reason;
    this.controller?.detach();
    this.early.length = 0;
    this.panel.title = vscode.l10n.t('{0} (detached)', panelTitle(this.domain, this.source));
    this.deps.log(`Matches (${this.domain}): detached: ${reason}`);
    this.postToWebview({ type: 'detached', reason });
  }

  /** A detached panel's answer to anything the webview posts: no validation, no API call. */
  private refuse(message: unknown): void {
    const m = (message && typeof message === 'object' ? message : {}) as { type?: unknown; requestId?: unknown };
    // The webview was re-created (its tab was hidden, or the window reloaded): it must show the reason again.
    if (m.type === 'ready') return this.postToWebview({ type: 'detached', reason: this.detached! });
    if (typeof m.requestId === 'number') this.postToWebview({ type: 'error', requestId: m.requestId, message: this.detached!, rejected: true });
  }

  private postToWebview(m: HostMessage): void {
    void this.panel.webview.postMessage(m);
    this.posted.fire(m);
  }

  private async connect(): Promise<void> {
    try {
      const connection = await this.deps.connection();
      // The connection may have changed while it was resolved: this panel then belongs to the old one.
      if (this.deps.connectionKey() !== this.connectionKey) return this.detach(vscode.l10n.t('The connection changed while this panel opened. Run Review Matches again.'));
      if (this.detached) return;
      this.connectionLabel = connection.label;
      this.controller = new MatchesController({
        domain: this.domain, connectionId: connection.id, connectionLabel: connection.label, connectionKey: this.connectionKey,
        source: this.source, ruleMatchResults: this.deps.ruleMatchResults, defaultPhoneRegion: readDefaultPhoneRegion,
        backend: pinnedToConnection(connection.backend, () => this.deps.connectionKey() === this.connectionKey, connection.label), ui: this.hostUi(), store: this.context.globalState,
        onMerged: () => this.deps.onMerged?.(this.domain),
        onDomainGone: (reason) => this.detach(reason),
      });
      // The webview usually is still booting here: its first data loads meanwhile instead of after `ready`.
      this.controller.prefetch();
      for (const m of this.early.splice(0)) void this.controller.receive(m);
    } catch (e) {
      const message = e instanceof Error ? e.message : String(e);
      this.deps.log(`Matches (${this.domain}): cannot connect: ${message}`);
      this.postToWebview({ type: 'error', message: vscode.l10n.t('Cannot connect: {0}', message) });
    }
  }

  private hostUi(): MatchesHostUi {
    return {
      post: (m) => {
        // After detaching only answers to requests already in flight go out (no more pushes of the old run).
        if (this.detached && !('requestId' in m && m.requestId !== undefined)) return;
        this.postToWebview(m);
        // Each `init` resets the webview's list: the group asked for is selected again once it streams in.
        if (m.type === 'init' && this.selectAfterInit) this.postToWebview({ type: 'selectGroup', matchId: this.selectAfterInit });
      },
      confirm: async (message, detail, action) => this.deps.confirm
        ? this.deps.confirm(message, detail, action)
        : (await vscode.window.showWarningMessage(message, { modal: true, detail }, action)) === action,
      saveFile: async (suggestedName, format, content) => {
        // Without a folder the dialog still gets the name (in the home directory), never an empty one.
        const folder = vscode.workspace.workspaceFolders?.[0]?.uri ?? vscode.Uri.file(os.homedir());
        const defaultUri = vscode.Uri.joinPath(folder, suggestedName);
        const uri = this.deps.pickSaveTarget ? await this.deps.pickSaveTarget(defaultUri, format) : await vscode.window.showSaveDialog({
          defaultUri,
          filters: format === 'csv' ? { CSV: ['csv'] } : { JSON: ['json'] },
          saveLabel: vscode.l10n.t('Export'),
        });
        if (!uri) return undefined;
        await vscode.workspace.fs.writeFile(uri, Buffer.from(content, 'utf8'));
        return uri.toString();
      },
      exported: (summary, target) => {
        const open = vscode.l10n.t('Open');
        void vscode.window.showInformationMessage(summary, open).then((choice) => {
          if (choice === open) void vscode.commands.executeCommand('vscode.open', vscode.Uri.parse(target));
        });
      },
      withProgress: (title, task) => Promise.resolve(vscode.window.withProgress(
        { location: vscode.ProgressLocation.Notification, title, cancellable: true },
        (progress, token) => {
          const abort = new AbortController();
          token.onCancellationRequested(() => abort.abort());
          return task((message) => progress.report({ message }), abort.signal);
        },
      )),
      log: (line) => this.deps.log(line),
    };
  }

  private dispose(): void {
    const key = panelKey(this.connectionKey, this.domain, this.source);
    if (MatchesPanel.panels.get(key) === this) MatchesPanel.panels.delete(key);
    this.controller?.dispose();
    for (const d of this.disposables.splice(0)) d.dispose();
  }
}
