// The save of a customer-profiles: document (FileSystemProvider.writeFile), step by step. Decisions come from
// planSave(); this adapter validates (lazy ajv bundle), fetches, asks, calls the API and records the result.
// Every failure or cancellation THROWS, so VS Code keeps the document dirty and the user's text is never lost.
import vscode = require('vscode');
import type { CustomerProfilesApi } from '../aws/client';
import { validateEditorDocument } from './validation';
import type { Logger } from '../log/logger';
import { SCHEMA_OF } from './documentSchemas';
import type { DocumentStore } from './documentStore';
import { describeRef, savedRef, type DocumentRef } from './documentUris';
import { errorText, type SaveDiagnostics } from './diagnostics';
import type { RemoteSnapshots } from './diffView';
import { editedDocument, planSave, type ApiCall, type RemoteSnapshot, type SavePlan } from './planSave';
import type { Prompts } from './prompts';
import { fetchRemote, renderEditable } from './remoteState';
import { confirmationText } from './saveSummary';
import { jsonEqual } from './stableJson';

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
  readonly log: Logger;
}

const encoder = new TextEncoder();
const decoder = new TextDecoder();

/** A save failure: VS Code shows "Failed to save '<name>': <message>" and keeps the document dirty. */
export function saveError(message: string): vscode.FileSystemError {
  return new vscode.FileSystemError(message);
}

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
  }
}

export class SaveFlow {
  constructor(private readonly deps: SaveFlowDeps) {}

  async save(uri: vscode.Uri, ref: DocumentRef, content: Uint8Array): Promise<void> {
    const { deps } = this;
    const text = decoder.decode(content);
    const validation = validateEditorDocument(SCHEMA_OF[ref.kind], text);
    if (!validation.ok) {
      deps.diagnostics.publish(uri, text, validation.errors);
      const first = validation.errors.slice(0, 3).map(errorText).join(' · ');
      const more = validation.errors.length > 3 ? ` (and ${validation.errors.length - 3} more, see Problems)` : '';
      throw saveError(`Not saved: the document is not valid (${validation.errors.length} problem${validation.errors.length === 1 ? '' : 's'}): ${first}${more}`);
    }
    deps.diagnostics.clear(uri);

    const api = await deps.api();
    const remote = await this.guard('read the current version', () => fetchRemote(api, ref));
    const request = { ref, validation, base: deps.store.get(uri)?.base, remote, confirmBeforeSave: deps.confirmBeforeSave() };
    let plan: SavePlan = planSave(request);
    if (plan.outcome === 'needsArn') {
      const resourceArn = await deps.resourceArn(ref);
      if (!resourceArn) throw saveError('Not saved: tag changes need the account ID, which was not given.');
      plan = planSave({ ...request, resourceArn });
    }
    switch (plan.outcome) {
      case 'invalid': // validation passed above; kept for exhaustiveness
        throw saveError('Not saved: the document is not valid.');
      case 'needsArn':
        throw saveError('Not saved: the resource ARN could not be determined.');
      case 'missing':
      case 'exists':
        throw saveError(`Not saved: ${plan.message}`);
      case 'unchanged':
        // Nothing to send; adopt the service's version as the new base (no false conflict next time).
        if (remote) deps.store.set(uri, { content, mtime: remote.mtime, ctime: remote.mtime, base: remote }, false);
        return;
      case 'apply':
        break;
    }

    if (plan.conflict && remote) {
      const choice = await deps.prompts().conflict({ subject: describeRef(ref), openedAt: request.base?.mtime ?? 0, remoteAt: remote.mtime });
      if (choice === 'compare') {
        await deps.remoteDiff.show(uri, renderEditable(remote.editable), 'service');
        throw saveError('Not saved: compare your version with the service\'s, then save again and choose Overwrite to keep yours.');
      }
      if (choice !== 'overwrite') throw saveError('Not saved: cancelled because the service version changed.');
    }
    if (plan.confirm) await this.confirm(uri, plan, remote);

    const edited = editedDocument(ref, validation.value);
    await this.execute(api, uri, ref, plan.calls);
    await this.record(api, uri, ref, content, edited);
    deps.log.info(`Saved ${describeRef(ref)} (${plan.calls.map((c) => c.op).join(', ') || 'no calls'}).`);
    deps.afterSave(uri, ref);
  }

  private async confirm(uri: vscode.Uri, plan: Extract<SavePlan, { outcome: 'apply' }>, remote: RemoteSnapshot | undefined): Promise<void> {
    const text = confirmationText(plan.summary, plan.calls);
    for (;;) {
      const choice = await this.deps.prompts().confirmSave(text, plan.summary.destructive);
      if (choice === 'apply') return;
      if (choice === 'cancel') throw saveError('Not saved: cancelled.');
      await this.deps.remoteDiff.show(uri, remote ? renderEditable(remote.editable) : '', remote ? 'service' : 'new');
    }
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
        const applied = done.length ? ` ${done.join(', ')} already succeeded; save again to apply the rest.` : ' Nothing was changed.';
        throw saveError(`Not saved: ${call.op} failed: ${this.deps.describeError(err)}.${applied}`);
      }
    }
  }

  /** After a partial failure our own change moved LastUpdatedAt: take it as the base, keep the user's text. */
  private async refreshBase(api: CustomerProfilesApi, uri: vscode.Uri, ref: DocumentRef): Promise<void> {
    const entry = this.deps.store.get(uri);
    const fresh = await fetchRemote(api, savedRef(ref)).catch(() => undefined);
    if (entry && fresh && ref.kind !== 'newDomain' && ref.kind !== 'newObjectType') this.deps.store.set(uri, { ...entry, mtime: fresh.mtime, base: fresh }, false);
  }

  /** Success: the stored version becomes the service's new one (mtime = its new LastUpdatedAt). */
  private async record(api: CustomerProfilesApi, uri: vscode.Uri, ref: DocumentRef, content: Uint8Array, edited: unknown): Promise<void> {
    const target = savedRef(ref);
    const fresh = await fetchRemote(api, target).catch(() => undefined);
    if (!fresh) return; // saved, but cannot be read back: the next open fetches again
    const sameAsTyped = jsonEqual(fresh.editable, edited);
    const stored = { content: sameAsTyped ? content : encoder.encode(renderEditable(fresh.editable)), mtime: fresh.mtime, ctime: fresh.mtime, base: fresh };
    if (target === ref) {
      this.deps.store.set(uri, stored, false);
      // The service normalized or ignored something: reload the (now clean) editor with what it holds.
      if (!sameAsTyped) setTimeout(() => this.deps.store.set(uri, stored, true), 100);
    } else {
      this.deps.store.set(uri, { content, mtime: Date.now(), ctime: Date.now() }, false);
    }
  }

  private async guard<T>(what: string, fn: () => Promise<T>): Promise<T> {
    try {
      return await fn();
    } catch (err) {
      throw saveError(`Not saved: could not ${what}: ${this.deps.describeError(err)}`);
    }
  }
}
