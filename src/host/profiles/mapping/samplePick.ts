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
      return { text, label: `${documentLabel(doc)} (selection, lines ${sel.start.line + 1}–${sel.end.line + 1}; edits are not followed)`, live: false };
    }
  }
  return { text: doc.getText(), label: documentLabel(doc), uri: doc.uri.toString(), live: true };
}

export async function pickSample(target: MappingTarget): Promise<MappingSample | undefined> {
  const editor = vscode.window.activeTextEditor;
  const items: Array<vscode.QuickPickItem & { source: Source }> = [];
  if (editor) {
    items.push({ source: 'editor', label: '$(file-code) Active editor', description: documentLabel(editor.document), detail: 'Its selection when that is one JSON object, else the whole document (followed as you edit it)' });
  }
  items.push(
    { source: 'file', label: '$(folder-opened) JSON file…', detail: 'Pick a file holding one JSON object' },
    { source: 'untitled', label: '$(new-file) Paste into a new JSON document', detail: 'An untitled document the preview follows while you paste or type' },
    { source: 'input', label: '$(edit) Paste into an input box', detail: 'One line of JSON' },
  );
  const picked = await vscode.window.showQuickPick(items, { title: `Test Mapping with Sample: ${target.objectTypeName}`, placeHolder: 'Where is the sample object?' });
  if (!picked) return undefined;
  switch (picked.source) {
    case 'editor':
      return editor ? sampleFromEditor(editor) : undefined;
    case 'file': {
      const uris = await vscode.window.showOpenDialog({ canSelectMany: false, filters: { JSON: ['json'], 'All files': ['*'] }, openLabel: 'Use as Sample' });
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
        title: `Sample for ${target.objectTypeName}`, prompt: 'Paste one JSON object', ignoreFocusOut: true,
        validateInput: (v) => (parseSample(v).ok ? undefined : (parseSample(v) as { message: string }).message),
      });
      return text === undefined ? undefined : { text, label: 'pasted text', live: false };
    }
  }
}
