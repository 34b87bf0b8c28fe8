import type * as vscode from 'vscode';

export function activate(_context: vscode.ExtensionContext): void {
  // Filled in by the foundation work (issue 3).
}

export function deactivate(): void {}
