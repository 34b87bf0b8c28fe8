// Loads the real matches webview bundle (dist/webview/matches.js + .css, the real HTML with its CSP) in
// headless Chromium, and connects it to the real host controller (src/host/matches/controller.ts) over a bridge
// that stands in for VS Code's postMessage: acquireVsCodeApi() is provided by an init script. The backend is
// the in-memory fake (start: any number of generated groups), or any real one (startWith: e.g. the SDK-backed
// awsBackend against a sandbox). Page code is kept as strings (the root tsconfig has no DOM types).
import * as fs from 'fs';
import * as http from 'http';
import * as os from 'os';
import * as path from 'path';
import type { BrowserContext, Page } from 'playwright-core';
import type { ProfileRecord } from '../../../src/shared/profile';
import type { MatchesBackend } from '../../../src/host/matches/backend';
import { MatchesController, type MatchesHostUi } from '../../../src/host/matches/controller';
import { nonceFrom, renderMatchesHtml } from '../../../src/host/matches/html';
import type { HostMessage } from '../../../src/shared/matches/protocol';
import type { KeyValueStore } from '../../../src/host/matches/reviewBook';
import { launchBrowser } from '../browser';
import { PROJECT_ROOT } from '../paths';
import { FakeMatchesBackend } from './fakeMatchesBackend';
import { generateMatchData, generateRuleMatchData } from './generateMatches';
import type { MatchSource } from '../../../src/shared/matches/matchGroup';
import { themeCss, type ThemeName } from './themes';

export interface PageOptions {
  readonly theme?: ThemeName;
  readonly viewport?: { width: number; height: number };
  /** The host's globalState stand-in (e.g. holding an interrupted bulk-merge journal); default empty. */
  readonly store?: KeyValueStore;
  /** Which matching the panel reviews (default 'ml'). */
  readonly source?: MatchSource;
  /** Rule-based panels: GetSimilarProfiles calls in flight (the controller's default otherwise). */
  readonly ruleConcurrency?: number;
  /** The display language's strings as vscode.l10n.bundle hands them to the panel (absent: English). */
  readonly l10nBundle?: { readonly [message: string]: string };
  /** customerProfiles.matching.defaultPhoneRegion as the panel would read it (absent: unset). */
  readonly defaultPhoneRegion?: string;
}

export interface HarnessOptions extends PageOptions {
  readonly groups: number;
  readonly plant?: Partial<ProfileRecord>;
  readonly autoMergeThreshold?: number;
}

/** Installed before the bundle runs: the VS Code webview API stand-in and paint-time probes. */
const INIT_SCRIPT = `
(() => {
  const perf = window.__cpxPerf = {};
  let state;
  window.acquireVsCodeApi = () => ({
    postMessage: (m) => {
      if (m.type === 'ready' && perf.ready === undefined) perf.ready = performance.now();
      window.__cpxToHost(JSON.stringify(m));
    },
    getState: () => state,
    setState: (s) => { state = s; },
  });
  window.addEventListener('message', (e) => { const k = 'msg_' + (e.data && e.data.type); if (perf[k] === undefined) perf[k] = performance.now(); });
  const probe = () => {
    if (perf.firstRow === undefined && document.querySelector('.vlist-row:not([hidden])')) perf.firstRow = performance.now();
    if (perf.allLoaded === undefined && document.querySelector('.overview[data-done="true"]') && document.querySelector('.vlist-row:not([hidden])')) perf.allLoaded = performance.now();
    if (perf.firstRow === undefined || perf.allLoaded === undefined) requestAnimationFrame(probe);
  };
  requestAnimationFrame(probe);
})();`;

/** Counts every node in the document (elements, text, comments). */
export const COUNT_NODES = `(() => { let n = 1; const w = document.createTreeWalker(document, NodeFilter.SHOW_ALL); while (w.nextNode()) n++; return n; })()`;

export class MemoryStore implements KeyValueStore {
  private readonly data = new Map<string, unknown>();
  get(key: string): unknown { return this.data.get(key); }
  async update(key: string, value: unknown): Promise<void> { this.data.set(key, value); }
}

/** The host UI of the harness: posts into the page, answers modals as told, records everything. */
class BridgeUi implements MatchesHostUi {
  readonly confirmations: string[] = [];
  readonly logLines: string[] = [];
  confirmAnswer = true;
  /** While set, confirm() waits for it (lets a test look at the locked UI). */
  holdConfirm: Promise<void> | undefined;
  private queue: string[] = [];
  private chain: Promise<unknown> = Promise.resolve();

  constructor(private readonly page: Page) {}

  /**
   * Messages travel as JSON text (as VS Code's own postMessage does) and whatever queued up meanwhile goes in
   * one evaluate, in order: Playwright's structured argument serialisation would cost more than the webview.
   */
  post(message: HostMessage): void {
    this.queue.push(JSON.stringify(message));
    if (this.queue.length > 1) return;
    this.chain = this.chain.then(() => {
      const batch = `[${this.queue.join(',')}]`;
      this.queue = [];
      return this.page.evaluate((json) => {
        const w = globalThis as unknown as { postMessage(m: unknown, o: string): void };
        for (const m of JSON.parse(json) as unknown[]) w.postMessage(m, '*');
      }, batch);
    }).catch(() => undefined);
  }

  /** Resolves when every posted message has been handed to the page. */
  flushed(): Promise<unknown> { return this.chain; }
  async confirm(message: string, detail: string): Promise<boolean> {
    this.confirmations.push(`${message}\n${detail}`);
    if (this.holdConfirm) await this.holdConfirm;
    return this.confirmAnswer;
  }
  /** What export wrote (the harness has no disk dialog: it records and answers a fake target). */
  readonly saved: Array<{ name: string; content: string }> = [];
  readonly exportedNotices: string[] = [];
  saveAnswer = true;
  async saveFile(name: string, _format: string, content: string): Promise<string | undefined> {
    if (!this.saveAnswer) return undefined;
    this.saved.push({ name, content });
    return `file:///tmp/${name}`;
  }
  exported(summary: string): void { this.exportedNotices.push(summary); }
  withProgress<T>(_t: string, task: (r: (m: string) => void, s: AbortSignal) => Promise<T>): Promise<T> { return task(() => undefined, new AbortController().signal); }
  log(line: string): void { this.logLines.push(line); }
}

export class MatchesHarness<B extends MatchesBackend = FakeMatchesBackend> {
  readonly consoleErrors: string[] = [];
  readonly dialogs: string[] = [];

  private constructor(
    readonly page: Page, readonly backend: B, readonly ui: BridgeUi,
    private readonly context: BrowserContext, private readonly server: http.Server, private readonly profileDir: string,
  ) {}

  /** The webview fed with generated groups by the in-memory backend. */
  static start(o: HarnessOptions): Promise<MatchesHarness<FakeMatchesBackend>> {
    const data = generateMatchData({ groups: o.groups, plant: o.plant, autoMergeThreshold: o.autoMergeThreshold ?? 0.85 });
    return MatchesHarness.startWith(new FakeMatchesBackend(data), data.domain, o);
  }

  /** A rule-based panel fed with generated rule-based groups (levels 1..3, the demo-rules config). */
  static startRules(o: HarnessOptions & { readonly gone?: readonly string[]; readonly groupLatencyMs?: number }): Promise<MatchesHarness<FakeMatchesBackend>> {
    const data = generateRuleMatchData({ groups: o.groups, plant: o.plant, domain: 'demo-rules' });
    const backend = new FakeMatchesBackend(data);
    backend.groupLatencyMs = o.groupLatencyMs;
    for (const id of o.gone ?? []) backend.goneMatchIds.add(id);
    return MatchesHarness.startWith(backend, data.domain, { ...o, source: 'rules' });
  }

  /** The webview fed by the real controller over `backend` (e.g. createAwsMatchesBackend against a sandbox). */
  static async startWith<T extends MatchesBackend>(backend: T, domain: string, o: PageOptions = {}): Promise<MatchesHarness<T>> {
    const dist = path.join(PROJECT_ROOT, 'dist', 'webview');
    if (!fs.existsSync(path.join(dist, 'matches.js'))) throw new Error('dist/webview/matches.js missing: run `node esbuild.js` first');
    const server = await serve(dist, o.theme ?? 'dark', o.l10nBundle);
    const origin = `http://127.0.0.1:${(server.address() as { port: number }).port}`;
    const profileDir = fs.mkdtempSync(path.join(os.tmpdir(), 'cpx-matches-harness-'));
    const context = await launchBrowser(profileDir, o.viewport ?? { width: 1400, height: 850 });
    const page = context.pages()[0] ?? (await context.newPage());
    const ui = new BridgeUi(page);
    const harness = new MatchesHarness(page, backend, ui, context, server, profileDir);
    page.on('console', (m) => { if (m.type() === 'error') harness.consoleErrors.push(m.text()); });
    page.on('pageerror', (e) => harness.consoleErrors.push(`pageerror: ${e.message}`));
    page.on('dialog', (d) => { harness.dialogs.push(`${d.type()}: ${d.message()}`); void d.dismiss(); });
    const controller = new MatchesController({ domain, connectionId: 'harness', connectionLabel: 'harness', backend, ui, store: o.store ?? new MemoryStore(), source: o.source, ruleConcurrency: o.ruleConcurrency, defaultPhoneRegion: () => o.defaultPhoneRegion });
    controller.prefetch(); // as MatchesPanel does once connected, before the webview has booted
    await page.exposeFunction('__cpxToHost', (json: string) => { void controller.receive(JSON.parse(json)); });
    await page.addInitScript(INIT_SCRIPT);
    await page.goto(`${origin}/`);
    return harness;
  }

  eval<T>(expression: string): Promise<T> {
    return this.page.evaluate(expression) as Promise<T>;
  }

  nodeCount(): Promise<number> { return this.eval<number>(COUNT_NODES); }

  /**
   * Polls a page expression until it is truthy. (page.waitForFunction evaluates through eval(), which the
   * webview's CSP rightly forbids; page.evaluate goes through the debugger protocol and is not affected.)
   */
  async waitFor(expression: string, timeoutMs = 10_000): Promise<void> {
    const until = Date.now() + timeoutMs;
    while (!(await this.eval<unknown>(expression))) {
      if (Date.now() > until) throw new Error(`timed out after ${timeoutMs} ms waiting for: ${expression}`);
      await new Promise((r) => setTimeout(r, 25));
    }
  }

  async waitAllLoaded(timeoutMs = 30_000): Promise<void> {
    await this.page.waitForSelector('.overview[data-done="true"]', { timeout: timeoutMs });
    await this.ui.flushed();
  }

  perf(): Promise<{ firstRow?: number; allLoaded?: number }> { return this.eval('window.__cpxPerf'); }

  async close(): Promise<void> {
    await this.context.close().catch(() => undefined);
    await new Promise((r) => this.server.close(r));
    fs.rmSync(this.profileDir, { recursive: true, force: true });
  }
}

/** Serves the webview on 127.0.0.1: the real HTML (plus a theme stylesheet standing in for VS Code's). */
async function serve(dist: string, theme: ThemeName, l10nBundle?: PageOptions['l10nBundle']): Promise<http.Server> {
  const server = http.createServer((req, res) => {
    const origin = `http://${req.headers.host}`;
    const url = (req.url ?? '/').split('?')[0];
    const send = (type: string, body: string | Buffer): void => { res.writeHead(200, { 'content-type': type, 'cache-control': 'no-store' }); res.end(body); };
    if (url === '/') {
      const html = renderMatchesHtml({ nonce: nonceFrom(crypto.getRandomValues(new Uint8Array(32))), cspSource: origin, scriptUri: `${origin}/matches.js`, phoneLibraryUri: `${origin}/phone.js`, styleUri: `${origin}/matches.css`, l10nBundle })
        .replace('<link rel="stylesheet"', `<link rel="stylesheet" href="${origin}/theme.css">\n<link rel="stylesheet"`)
        .replace('<body>', `<body class="vscode-${theme}">`);
      return send('text/html; charset=utf-8', html);
    }
    if (url === '/favicon.ico') return void res.writeHead(204).end();
    if (url === '/theme.css') return send('text/css', themeCss(theme));
    if (url === '/matches.js' || url === '/matches.css' || url === '/phone.js') {
      return send(url.endsWith('.js') ? 'text/javascript' : 'text/css', fs.readFileSync(path.join(dist, url.slice(1))));
    }
    res.writeHead(404).end();
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  return server;
}
