// Entry-bundle side of the domain/object-type JSON editor: registers the customer-profiles: file system and the
// commands, and forwards both to the editor in the lazy bundle (src/extension.ts hands in `createEditor`, which loads dist/domainJsonEditor.js), created on
// first use. Keeps activation free of ajv, the schemas and the editor code.
import vscode = require('vscode');
import { CREATE_OBJECT_TYPE_FROM_SAMPLES_COMMAND, EDIT_PROFILE_COMMAND } from '../profiles/commandIds';
import type { DomainJsonCommand, DomainJsonEditor, DomainJsonEditorDeps, DomainJsonTestHooks } from './editor';

const SCHEME = 'customer-profiles'; // = DOCUMENT_SCHEME (documentUris.ts lives in the lazy bundle)

const COMMAND_IDS: readonly DomainJsonCommand[] = [
  'customerProfiles.editDomain',
  'customerProfiles.createDomain',
  'customerProfiles.deleteDomain',
  'customerProfiles.editObjectType',
  'customerProfiles.createObjectType',
  'customerProfiles.deleteObjectType',
  'customerProfiles.applyPendingChanges',
  'customerProfiles.discardPendingChanges',
  EDIT_PROFILE_COMMAND,
  CREATE_OBJECT_TYPE_FROM_SAMPLES_COMMAND,
  'customerProfiles.previewAutoMerging', // = PREVIEW_AUTO_MERGING_COMMAND (autoMergingPreview.ts lives in the lazy bundle)
];

/** What the editor needs (DomainJsonEditorDeps, declared once in editor.ts), plus the command wrapper. */
export interface DomainJsonDeps extends DomainJsonEditorDeps {
  /** The extension's command wrapper (logs failures and shows them with next steps). */
  run(command: string, fn: (...args: unknown[]) => Promise<unknown>): vscode.Disposable;
}

export type DomainJsonTestApi = DomainJsonTestHooks;

/** Forwards every call to the lazily created file system (change events included). */
class ForwardingFileSystem implements vscode.FileSystemProvider, vscode.Disposable {
  private readonly changed = new vscode.EventEmitter<vscode.FileChangeEvent[]>();
  readonly onDidChangeFile = this.changed.event;
  private subscription: vscode.Disposable | undefined;

  constructor(private readonly editor: () => DomainJsonEditor) {}

  private target(): vscode.FileSystemProvider {
    const fileSystem = this.editor().fileSystem;
    this.subscription ??= fileSystem.onDidChangeFile((events) => this.changed.fire(events));
    return fileSystem;
  }

  watch(uri: vscode.Uri, options: { readonly recursive: boolean; readonly excludes: readonly string[] }): vscode.Disposable {
    return this.target().watch(uri, options);
  }
  stat(uri: vscode.Uri): vscode.FileStat | Thenable<vscode.FileStat> {
    return this.target().stat(uri);
  }
  readDirectory(uri: vscode.Uri): [string, vscode.FileType][] | Thenable<[string, vscode.FileType][]> {
    return this.target().readDirectory(uri);
  }
  createDirectory(uri: vscode.Uri): void | Thenable<void> {
    return this.target().createDirectory(uri);
  }
  readFile(uri: vscode.Uri): Uint8Array | Thenable<Uint8Array> {
    return this.target().readFile(uri);
  }
  writeFile(uri: vscode.Uri, content: Uint8Array, options: { readonly create: boolean; readonly overwrite: boolean }): void | Thenable<void> {
    return this.target().writeFile(uri, content, options);
  }
  delete(uri: vscode.Uri, options: { readonly recursive: boolean }): void | Thenable<void> {
    return this.target().delete(uri, options);
  }
  rename(oldUri: vscode.Uri, newUri: vscode.Uri, options: { readonly overwrite: boolean }): void | Thenable<void> {
    return this.target().rename(oldUri, newUri, options);
  }

  dispose(): void {
    this.subscription?.dispose();
    this.changed.dispose();
  }
}

/** Builds the editor from the lazily loaded bundle (the composition root knows which module that is). */
export type CreateDomainJsonEditor = (deps: DomainJsonDeps) => DomainJsonEditor;

export function registerDomainJson(context: vscode.ExtensionContext, deps: DomainJsonDeps, createEditor: CreateDomainJsonEditor): DomainJsonTestApi {
  let created: DomainJsonEditor | undefined;
  const editor = (): DomainJsonEditor => {
    if (!created) {
      created = createEditor(deps);
      context.subscriptions.push(created);
    }
    return created;
  };
  const fileSystem = new ForwardingFileSystem(editor);
  context.subscriptions.push(
    fileSystem,
    vscode.workspace.registerFileSystemProvider(SCHEME, fileSystem, { isCaseSensitive: true }),
    ...COMMAND_IDS.map((id) => deps.run(id, (arg) => editor().run(id, arg))),
  );
  return {
    setPrompts: (prompts) => editor().testHooks.setPrompts(prompts),
    uriOf: (ref) => editor().testHooks.uriOf(ref),
    saveDiagnostics: (uri) => editor().testHooks.saveDiagnostics(uri),
    ruleDiagnostics: (uri) => editor().testHooks.ruleDiagnostics(uri),
    pendingText: (uri) => editor().testHooks.pendingText(uri),
    discardAllPending: () => editor().testHooks.discardAllPending(),
  };
}
