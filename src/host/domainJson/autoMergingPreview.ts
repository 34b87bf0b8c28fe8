// "Preview auto-merging" on a domain document: a CodeLens on `Matching.AutoMerging` that sends GetAutoMergingPreview
// with the settings as they stand in the editor (unsaved edits included) and shows the service's three counts, before
// anything is saved. A dry run by the API's own definition: nothing is merged and the domain is not changed.
// The answer is kept for the document version it was computed on; an edit puts the lens back to "Preview".
import vscode = require('vscode');
import { findNodeAtLocation, getNodeValue, parseTree, type ParseError } from 'jsonc-parser';
import { describeAutoMergingPreview, planAutoMergingPreview } from '../../shared/matches/autoMergingPreview';
import type { CustomerProfilesApi } from '../../aws/client';
import { DOCUMENT_SCHEME, parseDocumentPath } from './documentUris';

export const PREVIEW_AUTO_MERGING_COMMAND = 'customerProfiles.previewAutoMerging';

export interface AutoMergingPreviewDeps {
  api(): Promise<CustomerProfilesApi>;
  /** connectionSegment() of the current connection (a document's first path segment). */
  connectionSegment(): string;
  describeError(err: unknown): string;
}

/** What the last preview of a document said, for the version it ran on. */
interface LastPreview {
  readonly version: number;
  readonly summary: string;
}

export interface AutoMergingPreviewOutcome {
  readonly domainName: string;
  readonly counts?: { NumberOfMatchesInSample?: number; NumberOfProfilesInSample?: number; NumberOfProfilesWillBeMerged?: number };
  readonly warnings: readonly string[];
  /** Why nothing was sent (or what the service said). */
  readonly problem?: string;
}

function existingDomainOf(uri: vscode.Uri): { connection: string; domainName: string } | undefined {
  if (uri.scheme !== DOCUMENT_SCHEME) return undefined;
  const ref = parseDocumentPath(uri.path);
  // A draft (new-domains/) has no matches yet: GetAutoMergingPreview needs the domain's existing results.
  return ref?.kind === 'domain' ? ref : undefined;
}

export class AutoMergingPreview implements vscode.CodeLensProvider, vscode.Disposable {
  private readonly lensesChanged = new vscode.EventEmitter<void>();
  readonly onDidChangeCodeLenses = this.lensesChanged.event;
  private readonly last = new Map<string, LastPreview>();
  private readonly disposables: vscode.Disposable[];

  constructor(private readonly deps: AutoMergingPreviewDeps) {
    this.disposables = [
      vscode.languages.registerCodeLensProvider({ scheme: DOCUMENT_SCHEME }, this),
      vscode.workspace.onDidCloseTextDocument((d) => this.last.delete(d.uri.toString())),
      this.lensesChanged,
    ];
  }

  provideCodeLenses(document: vscode.TextDocument): vscode.CodeLens[] {
    if (!existingDomainOf(document.uri)) return [];
    const tree = parseTree(document.getText());
    const block = tree && findNodeAtLocation(tree, ['Matching', 'AutoMerging']);
    const key = block?.parent?.children?.[0];
    if (!block || !key) return [];
    const at = document.positionAt(key.offset);
    const range = new vscode.Range(at, at);
    const previous = this.last.get(document.uri.toString());
    const title = previous && previous.version === document.version
      ? vscode.l10n.t('$(beaker) Auto-merging preview: {0} · Preview again', previous.summary)
      : vscode.l10n.t('$(beaker) Preview auto-merging (dry run: nothing is saved or merged)');
    return [new vscode.CodeLens(range, {
      title,
      command: PREVIEW_AUTO_MERGING_COMMAND,
      arguments: [document.uri],
      tooltip: vscode.l10n.t('Sends GetAutoMergingPreview with the AutoMerging settings in this editor, saved or not, and shows how many profiles of a sample of existing matches they would merge.'),
    })];
  }

  /** The command: the argument is the document's URI (the lens) or nothing (the active editor). */
  async run(arg: unknown): Promise<AutoMergingPreviewOutcome | undefined> {
    const uri = arg instanceof vscode.Uri ? arg : vscode.window.activeTextEditor?.document.uri;
    const domain = uri && existingDomainOf(uri);
    if (!uri || !domain) {
      void vscode.window.showWarningMessage(vscode.l10n.t('Preview auto-merging works on an existing domain\'s JSON document: open one with "Edit Domain as JSON".'));
      return undefined;
    }
    const { domainName } = domain;
    if (domain.connection !== this.deps.connectionSegment()) {
      const problem = vscode.l10n.t('This document belongs to another connection; switch back to it to preview auto-merging for {0}.', domainName);
      void vscode.window.showWarningMessage(problem);
      return { domainName, warnings: [], problem };
    }
    const document = await vscode.workspace.openTextDocument(uri);
    // Never preview what the parser guessed: a half-typed number ("0.5.9") parses to 0.5 with an error.
    const errors: ParseError[] = [];
    const tree = parseTree(document.getText(), errors, { allowTrailingComma: false, disallowComments: true });
    if (errors.length > 0) {
      const line = document.positionAt(errors[0].offset).line + 1;
      const problem = vscode.l10n.t('The document is not valid JSON (line {0}): fix it before previewing auto-merging.', line);
      void vscode.window.showWarningMessage(problem);
      return { domainName, warnings: [], problem };
    }
    const plan = planAutoMergingPreview(tree ? getNodeValue(tree) as unknown : undefined);
    if (!plan.ok) {
      void vscode.window.showWarningMessage(vscode.l10n.t('Cannot preview auto-merging for {0}: {1}', domainName, plan.problem));
      return { domainName, warnings: [], problem: plan.problem };
    }
    const version = document.version;
    try {
      const counts = await vscode.window.withProgress(
        { location: vscode.ProgressLocation.Notification, title: vscode.l10n.t('Previewing auto-merging for {0}…', domainName) },
        async () => (await this.deps.api()).call('GetAutoMergingPreview', { DomainName: domainName, ...plan.request }),
      );
      const summary = describeAutoMergingPreview(counts);
      this.last.set(uri.toString(), { version, summary });
      this.lensesChanged.fire();
      // The editor's text, whether dirty, auto-saved into "not applied", or equal to the service's.
      const said = vscode.l10n.t('Auto-merging preview for {0}, with the settings in this editor: {1}. Nothing was saved or merged.', domainName, summary);
      void vscode.window.showInformationMessage(plan.warnings.length ? `${said} ${plan.warnings.join(' ')}` : said);
      return { domainName, counts, warnings: plan.warnings };
    } catch (err) {
      const problem = this.deps.describeError(err);
      void vscode.window.showErrorMessage(vscode.l10n.t('GetAutoMergingPreview failed for {0}: {1}', domainName, problem));
      return { domainName, warnings: plan.warnings, problem };
    }
  }

  dispose(): void {
    for (const d of this.disposables) d.dispose();
  }
}
