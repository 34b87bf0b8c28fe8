// Live help while editing a domain's rules: the rule checks (ruleDocument.ts) as diagnostics on every change of a
// domain document, and a hover on a MatchingRules element with how many profiles that level matched in the
// rule-based results the matches panel loaded. The schema's own problems stay with VS Code's JSON service.
import vscode = require('vscode');
import { DOCUMENT_SCHEME, parseDocumentPath } from './documentUris';
import { ruleAtOffset, ruleHoverMarkdown, ruleProblemsOf, type LevelCount } from './ruleDocument';

export const RULE_DIAGNOSTIC_SOURCE = 'Customer Profiles (rules)';

/** The per-level tally of loaded rule-based results (src/host/matches/ruleMatchResults.ts, RuleMatchResults). */
export interface RuleMatchCountsSource {
  get(connectionKey: string, domain: string): ReadonlyMap<number, LevelCount> | undefined;
  readonly onDidChange: vscode.Event<unknown>;
}

export interface RuleEditingDeps {
  /** connectionSegment() of the current connection (a document's first path segment). */
  connectionSegment(): string;
  /** connectionKey() of the current connection (what RuleMatchResults is keyed by). */
  connectionKey(): string;
  readonly ruleMatches?: RuleMatchCountsSource;
}

/** A domain document (existing or a draft) of any connection. */
function domainOf(document: vscode.TextDocument): { connection: string; domainName: string } | undefined {
  if (document.uri.scheme !== DOCUMENT_SCHEME) return undefined;
  const ref = parseDocumentPath(document.uri.path);
  return ref && (ref.kind === 'domain' || ref.kind === 'newDomain') ? ref : undefined;
}

function toRange(document: vscode.TextDocument, offset: number, length: number): vscode.Range {
  return new vscode.Range(document.positionAt(offset), document.positionAt(offset + Math.max(length, 1)));
}

export class RuleEditing implements vscode.Disposable {
  private readonly collection = vscode.languages.createDiagnosticCollection('customer-profiles-rules');
  private readonly disposables: vscode.Disposable[];

  constructor(private readonly deps: RuleEditingDeps) {
    this.disposables = [
      this.collection,
      vscode.workspace.onDidOpenTextDocument((d) => this.check(d)),
      vscode.workspace.onDidChangeTextDocument((e) => this.check(e.document)),
      vscode.workspace.onDidCloseTextDocument((d) => this.collection.delete(d.uri)),
      vscode.languages.registerHoverProvider({ scheme: DOCUMENT_SCHEME }, { provideHover: (d, p) => this.hover(d, p) }),
    ];
    // The editor bundle loads while the first document opens: check what is open already.
    for (const document of vscode.workspace.textDocuments) this.check(document);
  }

  /** Our diagnostics of a document (test hook). */
  get(uri: vscode.Uri): readonly vscode.Diagnostic[] {
    return this.collection.get(uri) ?? [];
  }

  private check(document: vscode.TextDocument): void {
    if (!domainOf(document)) return;
    const diagnostics = ruleProblemsOf(document.getText()).map((p) => {
      const severity = p.severity === 'error' ? vscode.DiagnosticSeverity.Error : vscode.DiagnosticSeverity.Warning;
      const diagnostic = new vscode.Diagnostic(toRange(document, p.range.offset, p.range.length), p.message, severity);
      diagnostic.source = RULE_DIAGNOSTIC_SOURCE;
      diagnostic.code = p.code;
      return diagnostic;
    });
    this.collection.set(document.uri, diagnostics);
  }

  private hover(document: vscode.TextDocument, position: vscode.Position): vscode.Hover | undefined {
    const domain = domainOf(document);
    if (!domain) return undefined;
    const rule = ruleAtOffset(document.getText(), document.offsetAt(position));
    if (!rule) return undefined;
    // Counts belong to the current connection: a document of another connection has none.
    const counts = domain.connection === this.deps.connectionSegment()
      ? this.deps.ruleMatches?.get(this.deps.connectionKey(), domain.domainName)
      : undefined;
    const markdown = new vscode.MarkdownString(ruleHoverMarkdown(rule, domain.domainName, counts));
    markdown.isTrusted = false;
    return new vscode.Hover(markdown, toRange(document, rule.range.offset, rule.range.length));
  }

  dispose(): void {
    for (const d of this.disposables) d.dispose();
  }
}
