// One webview panel per domain. Thin: it plugs the vscode webview, modal, save dialog and progress
// notification into a MatchesController, which holds all the behaviour.
import { randomBytes } from 'crypto';
import vscode = require('vscode');
import type { MatchesBackend } from './backend';
import { MatchesController, type MatchesHostUi } from './controller';
import { nonceFrom, renderMatchesHtml } from './html';
import type { HostMessage } from './protocol';
import { MATCHES_VIEW_TYPE } from './viewType';


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
  /** Domain names for the "Review Matches…" picker. */
  listDomains(): Promise<string[]>;
  /** Appends a line to the extension's log (output channel). */
  log(line: string): void;
  /**
   * Asks for a merge confirmation; resolves true only when `action` was chosen. Default: VS Code's modal
   * warning. The extension's test API swaps it, since a modal cannot be answered from an extension host test.
   */
  confirm?(message: string, detail: string, action: string): Promise<boolean>;
  /** A merge in the domain's panel changed its profiles (the explorer re-reads the domain's Matches item). */
  onMerged?(domain: string): void;
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

  /** The open panel of a domain, if any. */
  static of(domain: string): MatchesPanel | undefined {
    return MatchesPanel.panels.get(domain);
  }

  /** Reveals the domain's panel, or opens one. */
  static async show(context: vscode.ExtensionContext, deps: MatchesDeps, domain: string): Promise<void> {
    const open = MatchesPanel.panels.get(domain);
    if (open) return open.panel.reveal();
    const panel = vscode.window.createWebviewPanel(MATCHES_VIEW_TYPE, `Matches: ${domain}`, vscode.ViewColumn.Active, {
      enableScripts: true,
      localResourceRoots: [vscode.Uri.joinPath(context.extensionUri, 'dist', 'webview')],
    });
    await new MatchesPanel(panel, context, deps, domain).connect();
  }

  /** Re-attaches a panel VS Code restored after a reload (the domain comes from the webview's saved state). */
  static async restore(context: vscode.ExtensionContext, deps: MatchesDeps, panel: vscode.WebviewPanel, domain: string): Promise<void> {
    const open = MatchesPanel.panels.get(domain);
    if (open) { panel.dispose(); return open.panel.reveal(); }
    panel.webview.options = { enableScripts: true, localResourceRoots: [vscode.Uri.joinPath(context.extensionUri, 'dist', 'webview')] };
    await new MatchesPanel(panel, context, deps, domain).connect();
  }

  private constructor(
    private readonly panel: vscode.WebviewPanel,
    private readonly context: vscode.ExtensionContext,
    private readonly deps: MatchesDeps,
    private readonly domain: string,
  ) {
    MatchesPanel.panels.set(domain, this);
    panel.title = `Matches: ${domain}`;
    const root = vscode.Uri.joinPath(context.extensionUri, 'dist', 'webview');
    panel.webview.html = renderMatchesHtml({
      nonce: nonceFrom(randomBytes(32)),
      cspSource: panel.webview.cspSource,
      scriptUri: panel.webview.asWebviewUri(vscode.Uri.joinPath(root, 'matches.js')).toString(),
      styleUri: panel.webview.asWebviewUri(vscode.Uri.joinPath(root, 'matches.css')).toString(),
      title: `Matches: ${domain}`,
    });
    this.disposables.push(
      panel.webview.onDidReceiveMessage((m: unknown) => this.receive(m)),
      panel.onDidDispose(() => this.dispose()),
      this.posted,
    );
  }

  /** The one way in for webview messages (unknown: validated by the controller before anything else). */
  receive(message: unknown): Promise<void> {
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

  private async connect(): Promise<void> {
    try {
      const connection = await this.deps.connection();
      this.controller = new MatchesController({
        domain: this.domain, connectionId: connection.id, connectionLabel: connection.label,
        backend: connection.backend, ui: this.hostUi(), store: this.context.globalState,
        onMerged: () => this.deps.onMerged?.(this.domain),
      });
      // The webview usually is still booting here: its first data loads meanwhile instead of after `ready`.
      this.controller.prefetch();
      for (const m of this.early.splice(0)) void this.controller.receive(m);
    } catch (e) {
      const message = e instanceof Error ? e.message : String(e);
      this.deps.log(`Matches (${this.domain}): cannot connect: ${message}`);
      void this.panel.webview.postMessage({ type: 'error', message: `Cannot connect: ${message}` });
    }
  }

  private hostUi(): MatchesHostUi {
    const webview = this.panel.webview;
    return {
      post: (m) => {
        void webview.postMessage(m);
        this.posted.fire(m);
      },
      confirm: async (message, detail, action) => this.deps.confirm
        ? this.deps.confirm(message, detail, action)
        : (await vscode.window.showWarningMessage(message, { modal: true, detail }, action)) === action,
      saveFile: async (suggestedName, format, content) => {
        const folder = vscode.workspace.workspaceFolders?.[0]?.uri;
        const uri = await vscode.window.showSaveDialog({
          defaultUri: folder ? vscode.Uri.joinPath(folder, suggestedName) : undefined,
          filters: format === 'csv' ? { CSV: ['csv'] } : { JSON: ['json'] },
          saveLabel: 'Export',
        });
        if (!uri) return undefined;
        await vscode.workspace.fs.writeFile(uri, Buffer.from(content, 'utf8'));
        return uri.fsPath || uri.toString();
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
    MatchesPanel.panels.delete(this.domain);
    this.controller?.dispose();
    for (const d of this.disposables.splice(0)) d.dispose();
  }
}
