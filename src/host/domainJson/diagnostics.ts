// Save-time validation errors as diagnostics on the exact ranges, but only where VS Code's JSON language service
// does not already report them: one source per problem in Problems. The save validates with the same schemas the
// JSON service uses (contributes.jsonValidation), whose keywords it all supports, and it reports syntax errors,
// comments and trailing commas (errors in json mode) and duplicate keys (warnings) itself. So with JSON validation
// on (the default) the save publishes nothing and its message names the problems; with `json.validate.enable`
// off, these diagnostics are the only ones and the save publishes all of them.
import vscode = require('vscode');
import type { DocumentError } from './validateDocument';

/** Offset -> Position in `text` (UTF-16 offsets, as jsonc-parser and VS Code both count). */
export function positionAt(text: string, offset: number): vscode.Position {
  let line = 0;
  let lineStart = 0;
  const end = Math.min(offset, text.length);
  for (let i = 0; i < end; i++) {
    if (text.charCodeAt(i) === 10) {
      line++;
      lineStart = i + 1;
    }
  }
  return new vscode.Position(line, end - lineStart);
}

export function errorText(error: DocumentError): string {
  return error.path ? `${error.path}: ${error.message}` : error.message;
}

/** Whether VS Code's JSON language service validates the document (and so reports every save-time problem). */
export function jsonServiceValidates(uri: vscode.Uri): boolean {
  return vscode.workspace.getConfiguration('json', uri).get<boolean>('validate.enable', true);
}

export class SaveDiagnostics implements vscode.Disposable {
  private readonly collection = vscode.languages.createDiagnosticCollection('customer-profiles-save');
  private readonly subscription = vscode.workspace.onDidChangeTextDocument((e) => {
    // Stale as soon as the text changes: the next save validates again.
    if (e.contentChanges.length && this.collection.has(e.document.uri)) this.collection.delete(e.document.uri);
  });

  publish(uri: vscode.Uri, text: string, errors: readonly DocumentError[]): void {
    if (jsonServiceValidates(uri)) {
      this.collection.delete(uri);
      return;
    }
    this.collection.set(
      uri,
      errors.map((e) => {
        const range = new vscode.Range(positionAt(text, e.range.offset), positionAt(text, e.range.offset + Math.max(e.range.length, 1)));
        const diagnostic = new vscode.Diagnostic(range, errorText(e), vscode.DiagnosticSeverity.Error);
        diagnostic.source = 'Customer Profiles (save)';
        return diagnostic;
      }),
    );
  }

  clear(uri: vscode.Uri): void {
    this.collection.delete(uri);
  }

  get(uri: vscode.Uri): readonly vscode.Diagnostic[] {
    return this.collection.get(uri) ?? [];
  }

  dispose(): void {
    this.subscription.dispose();
    this.collection.dispose();
  }
}
