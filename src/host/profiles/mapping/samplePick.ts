// Where the sample comes from: the active editor (its selection when that is one JSON object, else the whole
// document, followed as it is edited), a JSON file (open dialog; followed too), or pasted (an input box, or a
// new untitled JSON document the preview follows while the user pastes into it). A quick pick offers them.
import * as path from 'path';
import vscode = require('vscode');
import { parseSample } from '../../../shared/objectTypes/parseSample';
import type { MappingTarget } from '../../../shared/objectTypes/protocol';
import type { MappingSample } from './controller';

type Source = 'editor' | 'file' | 'input' | 'untitled';

function documentLabel(doc: vscode.TextDocument): string {
  return doc.isUntitled ? doc.uri.path : path.basename(doc.uri.fsPath);
}

/** The active editor's sample: a selection that parses as one JSON object (a snapshot), else the document. */
export function sampleFromEditor(editor: vscode.TextEditor): MappingSample {
  const doc = editor.document;
  const sel = editor.selection;
  if (!sel.isEmpty) {
    const text = doc.getText(sel);
    if (parseSample(text).ok) {
      return { text, label: vscode.l10n.t('{0} (selection, lines {1}–{2}; edits are not followed)', documentLabel(doc), sel.start.line + 1, sel.end.line + 1), live: false };
    }
  }
  return { text: doc.getText(), label: documentLabel(doc), uri: doc.uri.toString(), live: true };
}

export async function pickSample(target: MappingTarget): Promise<MappingSample | undefined> {
  const editor = vscode.window.activeTextEditor;
  const items: Array<vscode.QuickPickItem & { source: Source }> = [];
  if (editor) {
    items.push({ source: 'editor', label: `$(file-code) ${vscode.l10n.t('Active editor')}`, description: documentLabel(editor.document), detail: vscode.l10n.t('Its selection when that is one JSON object, else the whole document (followed as you edit it)') });
  }
  items.push(
    { source: 'file', label: `$(folder-opened) ${vscode.l10n.t('JSON file…')}`, detail: vscode.l10n.t('Pick a file holding one JSON object') },
    { source: 'untitled', label: `$(new-file) ${vscode.l10n.t('Paste into a new JSON document')}`, detail: vscode.l10n.t('An untitled document the preview follows while you paste or type') },
    { source: 'input', label: `$(edit) ${vscode.l10n.t('Paste into an input box')}`, detail: vscode.l10n.t('One line of JSON') },
  );
  // ignoreFocusOut: the user may go and copy a sample elsewhere before choosing where it comes from, and the
  // workbench hands focus back to the tree when the context menu that opened this pick closes (which otherwise
  // dismissed the pick at random, seen in the e2e run).
  const picked = await vscode.window.showQuickPick(items, {
    title: vscode.l10n.t('Test Mapping with Sample: {0}', target.objectTypeName), placeHolder: vscode.l10n.t('Where is the sample object?'), ignoreFocusOut: true,
  });
  if (!picked) return undefined;
  switch (picked.source) {
    case 'editor':
      return editor ? sampleFromEditor(editor) : undefined;
    case 'file': {
      const uris = await vscode.window.showOpenDialog({ canSelectMany: false, filters: { JSON: ['json'], [vscode.l10n.t('All files')]: ['*'] }, openLabel: vscode.l10n.t('Use as Sample') });
      if (!uris?.[0]) return undefined;
      const doc = await vscode.workspace.openTextDocument(uris[0]);
      return { text: doc.getText(), label: documentLabel(doc), uri: doc.uri.toString(), live: true };
    }
    case 'untitled': {
      const doc = await vscode.workspace.openTextDocument({ language: 'json', content: '{\n  \n}\n' });
      await vscode.window.showTextDocument(doc, vscode.ViewColumn.Active);
      return { text: doc.getText(), label: documentLabel(doc), uri: doc.uri.toString(), live: true };
    }
    case 'input': {
      const text = await vscode.window.showInputBox({
        title: vscode.l10n.t('Sample for {0}', target.objectTypeName), prompt: vscode.l10n.t('Paste one JSON object'), ignoreFocusOut: true,
        validateInput: (v) => (parseSample(v).ok ? undefined : (parseSample(v) as { message: string }).message),
      });
      return text === undefined ? undefined : { text, label: vscode.l10n.t('pasted text'), live: false };
    }
  }
}
