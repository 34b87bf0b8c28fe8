// The explicit save of a customer-profiles: document (FileSystemProvider.writeFile), step by step. Decisions come
// from planSave(); this adapter validates (lazy ajv bundle), fetches, asks, calls the API and records the result.
// A save that does not apply the text (invalid, cancelled, conflict, API error…) does NOT throw: the text is staged
// as pending (kept, visibly "not applied") and the reason is shown once, as our own message. A throw from writeFile
// would make VS Code add its own "Unable to write file … (Unknown (FileSystemError): …)" toast with Retry / Save
// As…, which reads as a file-system failure and repeats our message; Cancel is not a failure at all.
import vscode = require('vscode');
import type { CustomerProfilesApi } from '../../aws/client';
import { validateEditorDocument } from './validation';
import type { Logger } from '../../shared/logger';
import { SCHEMA_OF } from './documentSchemas';
import { sameBytes, type DocumentStore } from './documentStore';
import { describeRef, savedRef, type DocumentRef } from './documentUris';
import { errorText, type SaveDiagnostics } from './diagnostics';
import type { RemoteSnapshots } from './diffView';
import { planSave, type ApiCall, type RemoteSnapshot, type SavePlan } from './planSave';
import type { Prompts } from './prompts';
import { fetchRemote, renderEditable } from './remoteState';
import { ruleLockWarning } from './ruleSaveGuard';
import type { SavePipeline } from './savePipeline';
import { confirmationText } from './saveSummary';

export interface SaveFlowDeps {
  api(): Promise<CustomerProfilesApi>;
  readonly store: DocumentStore;
  prompts(): Prompts;
  readonly diagnostics: SaveDiagnostics;
  readonly remoteDiff: RemoteSnapshots;
  confirmBeforeSave(): boolean;
  /** ARN for Tag/UntagResource, or undefined when the user declined to give the account id. */
  resourceArn(ref: DocumentRef): Promise<string | undefined>;
  /** An API error as one line for the user (includes the service's message). */
  describeError(err: unknown): string;
  /** After a successful save: refresh the tree; for drafts, switch to the created resource's document. */
  afterSave(uri: vscode.Uri, ref: DocumentRef): void;
  readonly pipeline: SavePipeline;
  /** Shows why a save was not applied (once; an error notification, not a modal). */
  showNotApplied(message: string, severity: 'error' | 'info'): void;
  readonly log: Logger;
}

const encoder = new TextEncoder();
const decoder = new TextDecoder();

/** Ends a save without applying it: the text is staged; `message` (if any) is shown once. */
class NotApplied extends Error {
  constructor(
    message: string,
    readonly severity: 'error' | 'info' | 'quiet' = 'error',
  ) {
    super(message);
  }
}

const notApplied = (message: string, severity: 'error' | 'info' | 'quiet' = 'error'): NotApplied => new NotApplied(message, severity);
/** The user chose not to apply (Cancel, Show Changes): not an error, nothing to say. */
const quietly = (): NotApplied => new NotApplied('', 'quiet');

/** One planned call; the switch lets TypeScript pair each operation with its own input type. */
function send(api: CustomerProfilesApi, call: ApiCall): Promise<unknown> {
  switch (call.op) {
    case 'CreateDomain':
      return api.call(call.op, call.input);
    case 'UpdateDomain':
      return api.call(call.op, call.input);
    case 'PutProfileObjectType':
      return api.call(call.op, call.input);
    case 'TagResource':
      return api.call(call.op, call.input);
    case 'UntagResource':
      return api.call(call.op, call.input);
    case 'UpdateProfile':
      return api.call(call.op, call.input);
  }
}

export class SaveFlow {
  constructor(private readonly deps: SaveFlowDeps) {}

  /** Applies `content` to the service, or stages it (never throws for a save that was not applied). */
  async save(uri: vscode.Uri, content: Uint8Array, refOf: () => DocumentRef): Promise<void> {
    try {
      await this.apply(uri, refOf(), content);
    } catch (err) {
      this.deps.store.stage(uri, content);
      const name = uri.path.split('/').pop() ?? uri.path;
      if (err instanceof NotApplied) {
        if (err.severity !== 'quiet') this.deps.showNotApplied(vscode.l10n.t('{0}: {1}', name, err.message), err.severity);
        return;
      }
      // Anything unexpected (e.g. the document belongs to another connection): the same single message.
      const message = err instanceof Error ? err.message : String(err);
      this.deps.log.error(`Save of ${uri.path} not applied: ${message}`);
      this.deps.showNotApplied(vscode.l10n.t('{0}: Not applied to the service: {1}', name, message), 'error');
    }
  }

  private async apply(uri: vscode.Uri, ref: DocumentRef, content: Uint8Array): Promise<void> {
    const { deps } = this;
    const text = decoder.decode(content);
    const validation = validateEditorDocument(SCHEMA_OF[ref.kind], text);
    if (!validation.ok) {
      deps.diagnostics.publish(uri, text, validation.errors);
      const first = validation.errors.slice(0, 3).map(errorText).join(' · ');
      const count = validation.errors.length;
      if (count > 3) throw notApplied(vscode.l10n.t('Not applied: the document is not valid ({0} problems): {1} (and {2} more, see Problems)', count, first, count - 3));
      throw notApplied(count === 1
        ? vscode.l10n.t('Not applied: the document is not valid (1 problem): {0}', first)
        : vscode.l10n.t('Not applied: the document is not valid ({0} problems): {1}', count, first));
    }
    deps.diagnostics.clear(uri);

    const api = await deps.api();
    const remote = await this.guard((reason) => vscode.l10n.t('Not applied: could not read the current version: {0}', reason), () => fetchRemote(api, ref));
    const request = { ref, validation, base: deps.store.get(uri)?.base, remote, confirmBeforeSave: deps.confirmBeforeSave() };
    let plan: SavePlan = planSave(request);
    if (plan.outcome === 'needsArn') {
      const resourceArn = await deps.resourceArn(ref);
      if (!resourceArn) throw notApplied(vscode.l10n.t('Not applied: tag changes need the account ID, which was not given.'));
      plan = planSave({ ...request, resourceArn });
    }
    switch (plan.outcome) {
      case 'invalid': // validation passed above; kept for exhaustiveness
        throw notApplied(vscode.l10n.t('Not applied: the document is not valid.'));
      case 'needsArn':
        throw notApplied(vscode.l10n.t('Not applied: the resource ARN could not be determined.'));
      case 'missing':
      case 'exists':
        throw notApplied(vscode.l10n.t('Not applied: {0}', plan.message));
      case 'unchanged':
        // Nothing to send: the document becomes the service's version (also the new conflict base).
        if (remote) this.adopt(uri, content, remote);
        return;
      case 'apply':
        break;
    }

    if (plan.conflict && remote) {
      const choice = await deps.prompts().conflict({ subject: describeRef(ref), openedAt: request.base?.mtime ?? 0, remoteAt: remote.mtime });
      if (choice === 'compare') {
        await deps.remoteDiff.show(uri, renderEditable(remote.editable), 'service');
        throw notApplied(vscode.l10n.t('Not applied yet: compare your version with the service\'s, then save again and choose Overwrite to keep yours.'), 'info');
      }
      if (choice !== 'overwrite') throw quietly();
    }
    const locked = ruleLockWarning(plan.calls, remote?.ruleBasedStatus, ref.domainName);
    if (locked && !(await deps.prompts().ruleMatchingLocked(locked))) {
      throw notApplied(vscode.l10n.t('Not applied: rule-based matching is {0}, the service rejects rule changes until it is {1}. Save again then.', 'IN_PROGRESS', 'ACTIVE'), 'info');
    }
    if (plan.confirm) await this.confirm(uri, plan, remote);

    await this.execute(api, uri, ref, plan.calls);
    await this.record(api, uri, ref, content);
    deps.log.info(`Saved ${describeRef(ref)} (${plan.calls.map((c) => c.op).join(', ') || 'no calls'}).`);
    deps.afterSave(uri, ref);
  }

  private async confirm(uri: vscode.Uri, plan: Extract<SavePlan, { outcome: 'apply' }>, remote: RemoteSnapshot | undefined): Promise<void> {
    const text = confirmationText(plan.summary, plan.calls);
    const choice = await this.deps.prompts().confirmSave(text, plan.summary.destructive);
    if (choice === 'apply') return;
    // Show Changes: the diff stays usable (no dialog over it); the text is kept as not applied, and saving again
    // (also from the diff) asks again.
    if (choice === 'showDiff') await this.deps.remoteDiff.show(uri, remote ? renderEditable(remote.editable) : '', remote ? 'service' : 'new');
    throw quietly();
  }

  /** Runs the calls in order; a failure reports what was already applied and refreshes the base. */
  private async execute(api: CustomerProfilesApi, uri: vscode.Uri, ref: DocumentRef, calls: readonly ApiCall[]): Promise<void> {
    const done: string[] = [];
    for (const call of calls) {
      try {
        await send(api, call);
        done.push(call.op);
      } catch (err) {
        if (done.length) await this.refreshBase(api, uri, ref);
        const reason = this.deps.describeError(err);
        throw notApplied(done.length
          ? vscode.l10n.t('Not applied: {0} failed: {1}. {2} already succeeded; save again to apply the rest.', call.op, reason, done.join(', '))
          : vscode.l10n.t('Not applied: {0} failed: {1}. Nothing was changed.', call.op, reason));
      }
    }
  }

  /** After a partial failure our own change moved LastUpdatedAt: take it as the base, keep the user's text. */
  private async refreshBase(api: CustomerProfilesApi, uri: vscode.Uri, ref: DocumentRef): Promise<void> {
    const entry = this.deps.store.get(uri);
    const fresh = await fetchRemote(api, savedRef(ref)).catch(() => undefined);
    if (entry && fresh && ref.kind !== 'newDomain' && ref.kind !== 'newObjectType') {
      const content = encoder.encode(renderEditable(fresh.editable));
      this.deps.store.set(uri, { ...entry, content, mtime: Math.max(fresh.mtime, entry.mtime), remote: fresh, base: fresh }, false);
    }
  }

  /** Success: the stored version becomes the service's new one (mtime = its new LastUpdatedAt). */
  private async record(api: CustomerProfilesApi, uri: vscode.Uri, ref: DocumentRef, content: Uint8Array): Promise<void> {
    const target = savedRef(ref);
    const fresh = await fetchRemote(api, target).catch(() => undefined);
    if (!fresh) {
      this.deps.store.unstage(uri, false); // saved, but cannot be read back: the next read fetches again
      return;
    }
    if (target === ref) {
      this.adopt(uri, content, fresh);
    } else {
      this.deps.store.set(uri, { content, mtime: Date.now(), ctime: Date.now() }, false);
    }
  }

  /**
   * The document now matches the service (`remote`): no pending text, remote is the new base. When the user's
   * text differs from the service's canonical version (the service normalised or ignored something, or a no-op
   * save: "Nothing will be sent"), the editor must show what the service holds: once VS Code has marked it saved,
   * stat moves and VS Code is told to re-read (it never reloads a dirty editor, so not during writeFile).
   */
  private adopt(uri: vscode.Uri, typed: Uint8Array, remote: RemoteSnapshot): void {
    const previous = this.deps.store.get(uri);
    const content = encoder.encode(renderEditable(remote.editable));
    const mtime = Math.max(remote.mtime, previous?.mtime ?? 0);
    this.deps.store.set(uri, { content, mtime, ctime: remote.mtime, remote, base: remote }, false);
    if (!sameBytes(typed, content)) this.deps.pipeline.afterSave(uri, () => this.deps.store.touch(uri));
  }

  /** `failure`: the whole message for the user, given the error's description. */
  private async guard<T>(failure: (reason: string) => string, fn: () => Promise<T>): Promise<T> {
    try {
      return await fn();
    } catch (err) {
      throw notApplied(failure(this.deps.describeError(err)));
    }
  }
}
