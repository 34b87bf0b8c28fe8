// Owns "what we are connected to": the settings or the in-process sandbox, and the API client built
// for it. api() always matches the current connection: when settings change, the old client is
// disposed and a new one is built on next use (the AWS Toolkit keeps stale clients; we do not).
import vscode = require('vscode');
import type { CustomerProfilesApi } from '../../aws/client';
import type { AwsProfileSummary } from '../../aws/profiles';
import type { RunningSandbox, SandboxOptions } from '../../sandbox/types';
import type { Logger } from '../../shared/logger';
import type { ConnectionSpec, ResolvedConnection } from '../../shared/connection/types';
import { connectionKey, connectionSegment } from '../../shared/connection/identity';
import { affectsConnection, readConnectionSettings } from './settings';

/**
 * What the manager builds connections with. The extension entry passes the lazily loaded bundles' functions
 * (src/lazy.ts), so this module never loads the SDK or the sandbox itself.
 */
export interface ConnectionFactories {
  createApi(spec: ConnectionSpec, log: Logger): Promise<CustomerProfilesApi>;
  startSandbox(options: SandboxOptions): Promise<RunningSandbox>;
  listAwsProfiles(): Promise<AwsProfileSummary[]>;
}

interface CurrentClient {
  readonly key: string;
  readonly promise: Promise<CustomerProfilesApi>;
}

export class ConnectionManager implements vscode.Disposable {
  private readonly changed = new vscode.EventEmitter<void>();
  /** Fires when the connection changed (settings or sandbox): the tree reloads. */
  readonly onDidChange = this.changed.event;
  private readonly resolvedEmitter = new vscode.EventEmitter<ResolvedConnection>();
  /** Fires when a client was built and its region/endpoint are known (status bar). */
  readonly onDidResolve = this.resolvedEmitter.event;
  private readonly disposables: vscode.Disposable[] = [this.changed, this.resolvedEmitter];
  private client: CurrentClient | undefined;
  private resolvedConnection: ResolvedConnection | undefined;
  private sandbox: RunningSandbox | undefined;
  private sandboxStarting: Promise<RunningSandbox> | undefined;
  private connectedToSandbox = false;

  constructor(
    private readonly log: Logger,
    private readonly factories: ConnectionFactories,
  ) {
    this.disposables.push(
      vscode.workspace.onDidChangeConfiguration((e) => {
        if (!affectsConnection(e)) return;
        // The user changed the connection settings: follow them, even if the sandbox was in use.
        this.connectedToSandbox = false;
        this.log.info('Connection settings changed; reconnecting.');
        this.changed.fire();
      }),
      vscode.workspace.onDidGrantWorkspaceTrust(() => this.changed.fire()),
    );
  }

  /** What we connect to right now. */
  spec(): ConnectionSpec {
    if (this.connectedToSandbox && this.sandbox) return { sandbox: true, endpoint: this.sandbox.endpoint };
    return readConnectionSettings();
  }

  /** Key of the current connection (tree ids include it). */
  key(): string {
    return connectionKey(this.spec());
  }

  /** The same identity as a URI path segment (documents of this connection carry it). */
  segment(): string {
    return connectionSegment(this.spec());
  }

  /** Resolved region/endpoint/credential source of the current client, once built. */
  get resolved(): ResolvedConnection | undefined {
    return this.client?.key === this.key() ? this.resolvedConnection : undefined;
  }

  get runningSandbox(): RunningSandbox | undefined {
    return this.sandbox;
  }

  get usingSandbox(): boolean {
    return this.connectedToSandbox && this.sandbox !== undefined;
  }

  /** The client for the current connection; rebuilt when the connection changed since the last call. */
  api(): Promise<CustomerProfilesApi> {
    const spec = this.spec();
    const key = connectionKey(spec);
    if (this.client?.key === key) return this.client.promise;
    this.disposeClient();
    this.resolvedConnection = undefined;
    const promise = this.factories.createApi(spec, this.log);
    const client: CurrentClient = { key, promise };
    this.client = client;
    promise.then(
      (api) => {
        if (this.client !== client) return;
        this.resolvedConnection = api.connection;
        this.resolvedEmitter.fire(api.connection);
      },
      (err: unknown) => {
        // Forget the failed attempt so the next call (e.g. after fixing the config file) retries.
        if (this.client === client) this.client = undefined;
        this.log.error(`Could not create the Customer Profiles client: ${(err as Error).message}`);
      },
    );
    return promise;
  }

  /** The named profiles of the AWS config and credentials files (for Select AWS Profile). */
  listAwsProfiles(): Promise<AwsProfileSummary[]> {
    return this.factories.listAwsProfiles();
  }

  /** Starts (or reuses) the in-process sandbox with demo data and connects to it. */
  async startSandbox(): Promise<RunningSandbox> {
    if (!this.sandbox) {
      this.sandboxStarting ??= this.factories.startSandbox({
        port: 0,
        host: '127.0.0.1',
        demo: true,
        log: (line) => this.log.trace(`[sandbox] ${line}`),
      });
      try {
        this.sandbox = await this.sandboxStarting;
      } finally {
        this.sandboxStarting = undefined;
      }
      this.log.info(`Local sandbox listening on ${this.sandbox.endpoint}`);
    }
    this.connectedToSandbox = true;
    this.changed.fire();
    return this.sandbox;
  }

  async stopSandbox(): Promise<boolean> {
    const sandbox = this.sandbox;
    if (!sandbox) return false;
    this.sandbox = undefined;
    const wasConnected = this.connectedToSandbox;
    this.connectedToSandbox = false;
    if (wasConnected) this.changed.fire();
    await sandbox.stop();
    this.log.info('Local sandbox stopped.');
    return true;
  }

  /** Leave the sandbox and follow the settings again (after a connection command). */
  useSettings(): void {
    if (!this.connectedToSandbox) return;
    this.connectedToSandbox = false;
    this.changed.fire();
  }

  private disposeClient(): void {
    const old = this.client;
    this.client = undefined;
    old?.promise.then((api) => api.dispose(), () => undefined);
  }

  dispose(): void {
    this.disposeClient();
    void this.sandbox?.stop();
    this.sandbox = undefined;
    for (const d of this.disposables) d.dispose();
  }
}
