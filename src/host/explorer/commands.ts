// Explorer commands. Each works from the tree (node argument) and from the palette (asks with a
// QuickPick when it needs a node).
import vscode = require('vscode');
import type { ResourceArns } from '../connection/accountIds';
import { ACCOUNT_ID_PATTERN, type ArnTarget } from '../../shared/resourceArns';
import type { DomainFilterStore } from './domainFilter';
import type { ResourceJsonDocuments } from './jsonDocuments';
import { isResourceNode, resourceName, type ExplorerNode, type LoadMoreNode, type ResourceNode } from './nodes';
import { presentNode } from './presentation';
import type { ExplorerTreeDataProvider } from './treeDataProvider';
import { UPLOAD_JOB_ACTIONS, type UploadJobAction } from './uploadJobActions';
type UploadJobCommandsModule = typeof import('./uploadJobCommands');

/** The picker row's description: "object type in demo-retail" (one whole phrase per kind, translated). */
function whereText(node: ResourceNode): string {
  switch (node.kind) {
    case 'domain': return vscode.l10n.t('domain');
    case 'objectType': return vscode.l10n.t('object type in {0}', node.domainName);
    case 'identityResolutionJob': return vscode.l10n.t('identity resolution job in {0}', node.domainName);
    case 'uploadJob': return vscode.l10n.t('upload job in {0}', node.domainName);
    case 'workflow': return vscode.l10n.t('workflow in {0}', node.domainName);
    case 'profile': return vscode.l10n.t('profile in {0}', node.domainName);
  }
}

function asNode(value: unknown): ExplorerNode | undefined {
  return typeof value === 'object' && value !== null && typeof (value as { kind?: unknown }).kind === 'string' ? (value as ExplorerNode) : undefined;
}

/** A resource node (of `kinds`, default any) from the argument, or picked from what the tree has loaded (domains at least). */
async function resourceArg(
  provider: ExplorerTreeDataProvider,
  arg: unknown,
  title: string,
  kinds?: readonly ResourceNode['kind'][],
): Promise<ResourceNode | undefined> {
  const accepts = (n: ResourceNode): boolean => !kinds || kinds.includes(n.kind);
  const node = asNode(arg);
  if (node && isResourceNode(node) && accepts(node)) return node;
  if (provider.loadedResources().length === 0) await provider.getChildren();
  const items = provider.loadedResources().filter(accepts).map((n) => ({
    label: presentNode(n).label,
    description: whereText(n),
    node: n,
  }));
  if (items.length === 0) {
    void vscode.window.showInformationMessage(vscode.l10n.t('Nothing is loaded in the Customer Profiles explorer yet.'));
    return undefined;
  }
  return (await vscode.window.showQuickPick(items, { title, placeHolder: vscode.l10n.t('Resources loaded in the explorer (expand folders to add more)'), matchOnDescription: true }))?.node;
}

/** Only domains and object types have ARNs that Customer Profiles APIs take (tags). */
function arnTarget(node: ResourceNode): ArnTarget | undefined {
  if (node.kind === 'domain') return { domainName: node.domainName };
  if (node.kind === 'objectType') return { domainName: node.domainName, objectTypeName: node.objectTypeName };
  return undefined;
}

function askAccountId(connectionLabel: string, reason?: string): Promise<string | undefined> {
  return Promise.resolve(
    vscode.window.showInputBox({
      title: vscode.l10n.t('AWS account ID'),
      prompt: reason
        ? vscode.l10n.t('{0}. The ARN includes the account ID of {1}. It is remembered until the window closes.', reason, connectionLabel)
        : vscode.l10n.t('The ARN includes the account ID of {0}. It is remembered until the window closes.', connectionLabel),
      placeHolder: '123456789012',
      ignoreFocusOut: true,
      validateInput: (value) => (ACCOUNT_ID_PATTERN.test(value.trim()) ? undefined : vscode.l10n.t('An AWS account ID has 12 digits.')),
    }),
  ).then((value) => value?.trim());
}

export interface ExplorerCommandDeps {
  readonly provider: ExplorerTreeDataProvider;
  /** Account ids per connection, shared with the domain-JSON editor's tag ARNs. */
  readonly arns: ResourceArns;
  readonly documents: ResourceJsonDocuments;
  readonly filter: DomainFilterStore;
  readonly showLog: () => void;
  /** Called after the filter changed (view description). */
  readonly onFilterChanged: () => void;
  /** Start / Stop Upload Job (dist/uploadJobCommands.js, loaded on first use; src/lazy.ts). */
  readonly loadUploadJobCommands: () => UploadJobCommandsModule;
}

export function registerExplorerCommands(
  deps: ExplorerCommandDeps,
  run: (command: string, fn: (...args: unknown[]) => Promise<unknown>) => vscode.Disposable,
): vscode.Disposable[] {
  const { provider, documents, filter } = deps;

  const setFilter = async (value: string | undefined): Promise<void> => {
    await filter.set(value);
    deps.onFilterChanged();
    provider.refreshFilter();
  };

  // From the tree only (hidden in the palette): the row is the job. Returns the status seen last (tests read it).
  const uploadJobCommand = (action: UploadJobAction) => async (arg: unknown): Promise<string | undefined> => {
    const commands = deps.loadUploadJobCommands();
    const node = commands.asUploadJob(arg);
    if (!node) return undefined;
    return commands.runUploadJobAction({
      api: () => provider.api(),
      refreshListOf: (job) => provider.refreshListOf(job),
      confirm: async (message, detail, button) => provider.hooks.confirm
        ? provider.hooks.confirm(message, detail, button)
        : (await vscode.window.showWarningMessage(message, { modal: true, detail }, button)) === button,
      recheckMs: provider.hooks.recheckMs,
    }, action, node);
  };

  return [
    run('customerProfiles.startUploadJob', uploadJobCommand(UPLOAD_JOB_ACTIONS.start)),
    run('customerProfiles.stopUploadJob', uploadJobCommand(UPLOAD_JOB_ACTIONS.stop)),
    run('customerProfiles.refresh', async (arg) => provider.refresh(asNode(arg))),
    run('customerProfiles.showLog', async () => deps.showLog()),
    run('customerProfiles.loadMore', async (arg) => {
      const node = asNode(arg);
      let target: LoadMoreNode | undefined = node?.kind === 'loadMore' ? node : undefined;
      if (!target) {
        const lists = provider.listsWithMore();
        if (lists.length === 0) {
          void vscode.window.showInformationMessage(vscode.l10n.t('Every list in the explorer is fully loaded.'));
          return;
        }
        target = lists.length === 1 ? lists[0].node : (await vscode.window.showQuickPick(lists, { title: vscode.l10n.t('Load More') }))?.node;
      }
      if (target) {
        const listToLoad = target;
        await vscode.window.withProgress({ location: { viewId: 'customerProfiles.explorer' } }, () => provider.loadMore(listToLoad));
      }
    }),
    run('customerProfiles.filterDomains', async (arg) => {
      let value = typeof arg === 'string' ? arg : undefined;
      if (value === undefined) {
        value = await vscode.window.showInputBox({
          title: vscode.l10n.t('Filter Domains'),
          prompt: vscode.l10n.t('Show domains whose name contains this text (* matches anything). Empty clears the filter.'),
          value: filter.value ?? '',
        });
        if (value === undefined) return;
      }
      await setFilter(value);
    }),
    run('customerProfiles.clearDomainFilter', () => setFilter(undefined)),
    run('customerProfiles.openAsJson', async (arg) => {
      const node = await resourceArg(provider, arg, vscode.l10n.t('Open as JSON'));
      if (node) await documents.open(node);
    }),
    run('customerProfiles.copyName', async (arg) => {
      const node = await resourceArg(provider, arg, vscode.l10n.t('Copy Name'));
      if (!node) return;
      // A job's name is its JobId: what every Get/Start/Stop call and the CLI take (its row shows a time or file name).
      const name = resourceName(node);
      await vscode.env.clipboard.writeText(name);
      vscode.window.setStatusBarMessage(vscode.l10n.t('Copied {0}', name), 3000);
      return name;
    }),
    // Returns the copied ARN (undefined when cancelled), which lets tests check it without the clipboard.
    run('customerProfiles.copyArn', async (arg) => {
      const node = await resourceArg(provider, arg, vscode.l10n.t('Copy ARN'), ['domain', 'objectType']);
      const target = node && arnTarget(node);
      if (!target) return undefined;
      const arn = await deps.arns.arnOf(target, askAccountId);
      if (!arn) return undefined;
      await vscode.env.clipboard.writeText(arn);
      vscode.window.setStatusBarMessage(vscode.l10n.t('Copied {0}', arn), 3000);
      return arn;
    }),
  ];
}
