// The host-bundle entry points of the mapping preview (exported from src/host/profiles/host.ts): open it for
// an object type with a sample, and restore one VS Code kept across a reload (the serializer).
import vscode = require('vscode');
import { isDomainName } from '../../../shared/matches/ids';
import type { MappingPersistedState, MappingTarget } from '../../../shared/objectTypes/protocol';
import type { ProfilesDeps } from '../deps';
import type { MappingHooks } from './hooks';
import { MappingPanel } from './panel';
import { escapeHtml } from '../../webview/html';
import { pickSample } from './samplePick';

export async function openMappingPreview(deps: ProfilesDeps, hooks: MappingHooks, target: MappingTarget): Promise<void> {
  const sample = await (hooks.pickSample ?? pickSample)(target);
  if (!sample) return;
  await MappingPanel.show(deps, hooks, target, sample);
}

const text = (v: unknown, max: number): string | undefined => (typeof v === 'string' && v.length <= max ? v : undefined);

/** The saved webview state, checked (it comes from the webview, so it is untrusted too). */
export function readPersistedState(state: unknown): MappingPersistedState | undefined {
  const s = state as Partial<MappingPersistedState> | undefined;
  if (!s || s.kind !== 'mappingPreview' || !s.target) return undefined;
  const domainName = s.target.domainName;
  const objectTypeName = text(s.target.objectTypeName, 255);
  const connectionKey = text(s.connectionKey, 2048);
  const sampleText = text(s.sampleText, 256 * 1024);
  if (!isDomainName(domainName) || !objectTypeName || !connectionKey || sampleText === undefined) return undefined;
  return {
    kind: 'mappingPreview', target: { domainName, objectTypeName }, connectionKey, connectionLabel: text(s.connectionLabel, 2048) ?? connectionKey,
    sampleLabel: text(s.sampleLabel, 1024) ?? vscode.l10n.t('restored sample'), sampleUri: text(s.sampleUri, 4096), sampleText,
  };
}

export async function restoreMappingPreview(deps: ProfilesDeps, hooks: MappingHooks, panel: vscode.WebviewPanel, state: unknown): Promise<void> {
  const saved = readPersistedState(state);
  if (!saved) {
    // Nothing to restore from (the webview never got going, or the sample was too large to keep): say so.
    panel.webview.html = '<!DOCTYPE html><html><head><meta http-equiv="Content-Security-Policy" content="default-src \'none\'"></head>' +
      `<body><p>${escapeHtml(vscode.l10n.t('This mapping preview cannot be restored after a reload: run Test Mapping with Sample again.'))}</p></body></html>`;
    return;
  }
  let sample = { text: saved.sampleText, label: vscode.l10n.t('{0} (as saved before the reload)', saved.sampleLabel), live: false } as { text: string; label: string; uri?: string; live: boolean };
  if (saved.sampleUri) {
    const open = vscode.workspace.textDocuments.find((d) => d.uri.toString() === saved.sampleUri);
    const uri = vscode.Uri.parse(saved.sampleUri);
    // An untitled document that did not survive the reload would be re-created empty: the snapshot serves then.
    const doc = open ?? (uri.scheme === 'untitled' ? undefined : await vscode.workspace.openTextDocument(uri).then((d) => d, () => undefined));
    if (doc) sample = { text: doc.getText(), label: saved.sampleLabel, uri: saved.sampleUri, live: true };
  }
  const target: MappingTarget = saved.target;
  const detach = saved.connectionKey === deps.connection.key() ? undefined
    : vscode.l10n.t('This preview belongs to connection {0}, which is not the current one. Switch back to it, or run Test Mapping with Sample again.', saved.connectionLabel);
  await MappingPanel.restore(deps, hooks, panel, target, saved.connectionKey, sample, detach);
}

export { pickMappingTarget } from './pickTarget';
