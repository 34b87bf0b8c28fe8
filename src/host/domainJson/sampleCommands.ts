// "Create Object Type from Samples…": 1 to 5 sample objects (the active editor's JSON, files, or pasted text) go to
// DetectProfileObjectType, and the detected Fields/Keys open as a NEW object-type document: the Create Object Type
// draft, prefilled. Detection changes nothing on the service; the object type is created only when the user saves
// the draft and confirms PutProfileObjectType (the usual save flow).
import vscode = require('vscode');
import { domainNameArg } from './commandArgs';
import type { DomainJsonContext } from './context';
import { detectionSamples, type SampleSource } from './detectionSamples';
import { DOCUMENT_SCHEME } from './documentUris';
import { editableObjectType, type EditableObjectType } from './editableObjectType';
import { newObjectTypeName } from './objectTypeCommands';
import { pickDomain } from './pickers';
import { stableJson } from './stableJson';

type SampleOrigin = 'editor' | 'files' | 'paste';

const baseName = (uri: vscode.Uri): string => uri.path.split('/').pop() || uri.toString();

/** The editor the samples can come from: the active one, unless it is one of our own documents. */
function sampleEditor(): vscode.TextEditor | undefined {
  const editor = vscode.window.activeTextEditor;
  return editor && editor.document.uri.scheme !== DOCUMENT_SCHEME && editor.document.getText().trim() ? editor : undefined;
}

async function sampleSources(ctx: DomainJsonContext): Promise<readonly SampleSource[] | undefined> {
  const editor = sampleEditor();
  const items = [
    ...(editor ? [{ label: vscode.l10n.t('Active editor: {0}', baseName(editor.document.uri)), description: vscode.l10n.t('one object or an array of objects'), value: 'editor' as SampleOrigin }] : []),
    { label: vscode.l10n.t('JSON files…'), description: vscode.l10n.t('each holding an object or an array of objects'), value: 'files' as SampleOrigin },
    { label: vscode.l10n.t('Paste…'), description: vscode.l10n.t('one object or an array of objects'), value: 'paste' as SampleOrigin },
  ];
  const origin = await ctx.prompts().pick(items, { title: vscode.l10n.t('Create Object Type from Samples'), placeHolder: vscode.l10n.t('Where are the 1 to 5 sample objects?') });
  switch (origin) {
    case undefined:
      return undefined;
    case 'editor':
      return editor ? [{ label: baseName(editor.document.uri), text: editor.document.getText() }] : undefined;
    case 'files': {
      const uris = await ctx.prompts().sampleFiles();
      if (!uris) return undefined;
      const decoder = new TextDecoder();
      return Promise.all(uris.map(async (uri) => ({ label: baseName(uri), text: decoder.decode(await vscode.workspace.fs.readFile(uri)) })));
    }
    case 'paste': {
      const text = await ctx.prompts().pastedSample();
      return text === undefined ? undefined : [{ label: vscode.l10n.t('The pasted text'), text }];
    }
  }
}

/** The new object type's document from the detected mapping (reviewed and saved by the user). */
export function detectedObjectType(
  detected: { Fields?: EditableObjectType['Fields']; Keys?: EditableObjectType['Keys']; SourceLastUpdatedTimestampFormat?: string },
  objectTypeName: string,
  sampleCount: number,
): EditableObjectType {
  return editableObjectType({
    Description: `${objectTypeName} objects (detected from ${sampleCount} sample${sampleCount === 1 ? '' : 's'})`,
    AllowProfileCreation: false,
    SourceLastUpdatedTimestampFormat: detected.SourceLastUpdatedTimestampFormat,
    Fields: detected.Fields ?? {},
    Keys: detected.Keys ?? {},
  });
}

export async function createObjectTypeFromSamples(ctx: DomainJsonContext, arg: unknown): Promise<vscode.TextDocument | undefined> {
  const api = await ctx.api();
  const domainName = domainNameArg(arg) ?? (await pickDomain(api, ctx.prompts(), vscode.l10n.t('Create Object Type from Samples')));
  if (!domainName) return undefined;
  const sources = await sampleSources(ctx);
  if (!sources) return undefined;
  const samples = detectionSamples(sources);
  if (!samples.ok) throw new Error(samples.message);
  const answer = await api.call('DetectProfileObjectType', { DomainName: domainName, Objects: [...samples.objects] });
  const detected = answer.DetectedProfileObjectTypes?.[0];
  if (!detected || Object.keys(detected.Fields ?? {}).length === 0) {
    throw new Error(samples.objects.length === 1
      ? vscode.l10n.t('{0} found no mapping in the sample: give objects with fields such as an e-mail, a phone number or a name.', 'DetectProfileObjectType')
      : vscode.l10n.t('{0} found no mapping in the {1} samples: give objects with fields such as an e-mail, a phone number or a name.', 'DetectProfileObjectType', samples.objects.length));
  }
  const objectTypeName = await newObjectTypeName(ctx, api, domainName);
  if (!objectTypeName) return undefined;
  const document = detectedObjectType(detected, objectTypeName, samples.objects.length);
  return ctx.editors.openDraft({ kind: 'newObjectType', connection: ctx.connectionSegment(), domainName, objectTypeName }, stableJson(document));
}
