// The mapping preview's webview panel: one per (connection, domain, object type). Thin: it plugs the webview,
// the sample's document, the modal and OPEN_PROFILE_COMMAND into a MappingController. Pinned to the connection
// it opened with: a connection switch detaches it (it says so, every action is refused before any call).
import vscode = require('vscode');
import { describeError } from '../../../shared/describeError';
import { MAPPING_VIEW_TYPE, type MappingHostMessage, type MappingTarget, type MappingView } from '../../../shared/objectTypes/protocol';
import { bundleHtml, bundleWebviewOptions } from '../../webview/bundleHtml';
import { OPEN_PROFILE_COMMAND } from '../commandIds';
import type { ProfilesDeps } from '../deps';
import { createAwsMappingBackend, pinnedMappingBackend } from './backend';
import { MappingController, type MappingSample } from './controller';
import { mappingPanelKey, type MappingHooks, type MappingPanelHandle } from './hooks';

/** Edits of the sample's document re-run the preview after this pause (one run per burst of typing). */
const FOLLOW_DELAY_MS = 400;

export function mappingTitle(target: MappingTarget): string {
  return vscode.l10n.t('Mapping: {0} ({1})', target.objectTypeName, target.domainName);
}

export function webviewOptions(context: vscode.ExtensionContext): vscode.WebviewOptions {
  return bundleWebviewOptions(context.extensionUri);
}

export class MappingPanel implements MappingPanelHandle {
  private controller: MappingController | undefined;
  private readonly early: unknown[] = [];
  private readonly disposables: vscode.Disposable[] = [];
  private lastView: MappingView | undefined;
  private followTimer: ReturnType<typeof setTimeout> | undefined;
  private readonly key: string;

  /** Reveals the preview of this object type on the current connection with the new sample, or opens one. */
  static async show(deps: ProfilesDeps, hooks: MappingHooks, target: MappingTarget, sample: MappingSample): Promise<void> {
    const key = mappingPanelKey(deps.connection.key(), target);
    const open = hooks.panels.get(key);
    if (open instanceof MappingPanel && !open.controller?.detached) {
      open.panel.reveal();
      return open.useSample(sample);
    }
    open?.close();
    const panel = vscode.window.createWebviewPanel(MAPPING_VIEW_TYPE, mappingTitle(target), vscode.ViewColumn.Beside, webviewOptions(deps.context));
    await new MappingPanel(panel, deps, hooks, target, deps.connection.key(), sample).connect();
  }

  /** A panel VS Code restored after a reload; `detachReason` when it belongs to another connection. */
  static async restore(deps: ProfilesDeps, hooks: MappingHooks, panel: vscode.WebviewPanel, target: MappingTarget, connectionKey: string, sample: MappingSample, detachReason?: string): Promise<void> {
    panel.webview.options = webviewOptions(deps.context);
    const restored = new MappingPanel(panel, deps, hooks, target, connectionKey, sample);
    if (detachReason) return restored.connectDetached(detachReason);
    await restored.connect();
  }

  private constructor(
    private readonly panel: vscode.WebviewPanel,
    private readonly deps: ProfilesDeps,
    private readonly hooks: MappingHooks,
    readonly target: MappingTarget,
    readonly connectionKey: string,
    private sample: MappingSample,
  ) {
    this.key = mappingPanelKey(connectionKey, target);
    hooks.panels.set(this.key, this);
    panel.title = mappingTitle(target);
    panel.webview.html = bundleHtml(panel.webview, deps.context.extensionUri, 'mapping', { title: mappingTitle(target), bootText: vscode.l10n.t('Mapping the sample…') });
    this.disposables.push(
      panel.webview.onDidReceiveMessage((m: unknown) => this.receive(m)),
      panel.onDidDispose(() => this.dispose()),
      deps.connection.onDidChange(() => {
        if (deps.connection.key() !== this.connectionKey) {
          this.detach(vscode.l10n.t('The connection changed: this preview belongs to the connection it was opened with. Run Test Mapping with Sample again for the current connection.'));
        }
      }),
      vscode.workspace.onDidChangeTextDocument((e) => {
        if (this.sample.live && this.sample.uri && e.document.uri.toString() === this.sample.uri) this.follow(e.document);
      }),
    );
  }

  view(): MappingView | undefined { return this.lastView; }

  receive(message: unknown): Promise<void> {
    if (this.controller) return this.controller.receive(message);
    this.early.push(message);
    return Promise.resolve();
  }

  close(): void { this.panel.dispose(); }

  private async useSample(sample: MappingSample): Promise<void> {
    this.sample = sample;
    await this.controller?.setSample(sample);
  }

  private follow(document: vscode.TextDocument): void {
    if (this.followTimer) clearTimeout(this.followTimer);
    this.followTimer = setTimeout(() => {
      this.followTimer = undefined;
      void this.useSample({ ...this.sample, text: document.getText() });
    }, FOLLOW_DELAY_MS);
  }

  private detach(reason: string): void {
    if (this.controller) this.controller.detach(reason);
    else void this.connectDetached(reason);
    this.panel.title = vscode.l10n.t('{0} (detached)', mappingTitle(this.target));
    this.deps.log.info(`Mapping preview (${this.target.domainName}/${this.target.objectTypeName}): detached: ${reason}`);
  }

  /** A controller that never calls anything: the restored preview of another connection. */
  private connectDetached(reason: string): void {
    const never = (): Promise<never> => Promise.reject(new Error(reason));
    this.start({ getObjectType: never, searchProfiles: never, putProfileObject: never }, this.connectionKey);
    this.controller?.detach(reason);
    this.panel.title = vscode.l10n.t('{0} (detached)', mappingTitle(this.target));
  }

  private async connect(): Promise<void> {
    const connection = this.deps.connection;
    let api;
    try {
      api = await connection.api();
    } catch (e) {
      return this.post({ type: 'error', message: vscode.l10n.t('Cannot connect: {0}', describeError(e).message) });
    }
    if (connection.key() !== this.connectionKey) return this.connectDetached(vscode.l10n.t('The connection changed while this preview opened. Run Test Mapping with Sample again.'));
    const label = connection.usingSandbox ? `sandbox (${api.connection.endpoint ?? 'local'})` : [api.connection.profile, api.connection.region, api.connection.endpoint].filter(Boolean).join(' · ');
    this.start(pinnedMappingBackend(createAwsMappingBackend(api), () => connection.key() === this.connectionKey, label), label);
    await this.controller?.load();
  }

  private start(backend: ConstructorParameters<typeof MappingController>[0]['backend'], label: string): void {
    const connection = this.deps.connection;
    this.controller = new MappingController({
      target: this.target, connectionKey: this.connectionKey, connectionLabel: label, backend, sample: this.sample,
      isSandbox: () => connection.usingSandbox && connection.key() === this.connectionKey,
      ui: {
        post: (m) => this.post(m),
        confirm: async (message, detail, action) => this.hooks.confirm
          ? this.hooks.confirm(message, detail, action)
          : (await vscode.window.showWarningMessage(message, { modal: true, detail }, action)) === action,
        openProfile: async (ref) => {
          if (this.hooks.openProfile) return this.hooks.openProfile(ref);
          await vscode.commands.executeCommand(OPEN_PROFILE_COMMAND, ref);
        },
        describe: (e) => {
          const d = describeError(e, { profile: connection.spec().profile, endpoint: connection.resolved?.endpoint });
          return d.nextStep ? `${d.message} ${d.nextStep}` : d.message;
        },
        log: (line) => this.deps.log.info(line),
      },
    });
    for (const m of this.early.splice(0)) void this.controller.receive(m);
  }

  private post(m: MappingHostMessage): void {
    if (m.type === 'view') this.lastView = m.view;
    void this.panel.webview.postMessage(m);
    for (const l of this.hooks.listeners) l(this.target, m);
  }

  private dispose(): void {
    if (this.hooks.panels.get(this.key) === this) this.hooks.panels.delete(this.key);
    if (this.followTimer) clearTimeout(this.followTimer);
    this.controller?.detach(vscode.l10n.t('The preview was closed.'));
    for (const d of this.disposables.splice(0)) d.dispose();
  }
}
