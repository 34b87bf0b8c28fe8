// Start / Stop an upload job from the tree. Each shows a modal saying exactly which call is sent and what it does,
// makes the call, then watches the job (GetUploadJob, a few times with backoff) until its status moved, and
// reloads its folder so the row shows the new status. Throttling and transient faults are the client's retries.
import vscode = require('vscode');
import type { CustomerProfilesApi } from '../../aws/client';
import type { UploadJobNode } from './nodes';
import type { UploadJobAction } from './uploadJobActions';

export interface UploadJobCommandDeps {
  api(): Promise<CustomerProfilesApi>;
  /** Reloads the folder that lists the job (its row then shows the new status). */
  refreshListOf(node: UploadJobNode): void;
  /** The modal; the test API replaces it (an extension-host test cannot click a modal). */
  confirm(message: string, detail: string, action: string): Promise<boolean>;
  /** Delays of the status checks after the call (tests shorten them). */
  readonly recheckMs?: readonly number[];
}

/** Status checks after the call: 1 s, 2 s, 4 s, 8 s, then the folder's own auto-refresh takes over. */
const RECHECK_MS = [1_000, 2_000, 4_000, 8_000];

function texts(action: UploadJobAction, node: UploadJobNode): { message: string; detail: string; button: string } {
  const name = node.item.DisplayName ?? node.jobId;
  const request = `${action.operation} { DomainName: "${node.domainName}", JobId: "${node.jobId}" }`;
  if (action.operation === 'StartUploadJob') {
    return {
      message: vscode.l10n.t('Start upload job "{0}"?', name),
      detail: vscode.l10n.t('Sends {0}.\n\nThe service starts ingesting the data uploaded for this job into the profiles of {1}. The job is {2} now.', request, node.domainName, node.item.Status ?? '?'),
      button: vscode.l10n.t('Start Upload Job'),
    };
  }
  return {
    message: vscode.l10n.t('Stop upload job "{0}"?', name),
    detail: vscode.l10n.t('Sends {0}.\n\nThe service stops processing this job; it becomes STOPPED and cannot be started again. Records already ingested stay in the profiles of {1}.', request, node.domainName),
    button: vscode.l10n.t('Stop Upload Job'),
  };
}

/** Runs `action` on `node` after confirmation; resolves to the status seen last (undefined when cancelled). */
export async function runUploadJobAction(deps: UploadJobCommandDeps, action: UploadJobAction, node: UploadJobNode): Promise<string | undefined> {
  if (!action.offeredFor(node.item.Status)) {
    void vscode.window.showInformationMessage(vscode.l10n.t('Upload job "{0}" is {1}: {2} does not apply.', node.item.DisplayName ?? node.jobId, node.item.Status ?? '?', action.operation));
    return undefined;
  }
  const { message, detail, button } = texts(action, node);
  if (!(await deps.confirm(message, detail, button))) return undefined;
  const api = await deps.api();
  const input = { DomainName: node.domainName, JobId: node.jobId };
  await api.call(action.operation, input);
  const before = node.item.Status;
  const statusNow = async (): Promise<string | undefined> => (await api.call('GetUploadJob', input)).Status;
  let status = await statusNow();
  for (const delay of deps.recheckMs ?? RECHECK_MS) {
    if (status !== before) break;
    await new Promise((resolve) => setTimeout(resolve, delay));
    status = await statusNow();
  }
  deps.refreshListOf(node);
  vscode.window.setStatusBarMessage(vscode.l10n.t('Upload job {0}: {1}', node.item.DisplayName ?? node.jobId, status ?? '?'), 5000);
  return status;
}

export function asUploadJob(arg: unknown): UploadJobNode | undefined {
  const node = arg as Partial<UploadJobNode> | undefined;
  return node?.kind === 'uploadJob' && typeof node.jobId === 'string' && typeof node.domainName === 'string' ? (node as UploadJobNode) : undefined;
}
