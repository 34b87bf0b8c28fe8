// Explorer commands. Each works from the tree (node argument) and from the palette (asks with a
// QuickPick when it needs a node).
import vscode = require('vscode');
import type { DomainFilterStore } from './domainFilter';
import type { ResourceJsonDocuments } from './jsonDocuments';
import { isResourceNode, resourceName, type ExplorerNode, type LoadMoreNode, type ResourceNode } from './nodes';
import { presentNode } from './presentation';
import type { ExplorerTreeDataProvider } from './treeDataProvider';

const KIND_LABEL: Record<ResourceNode['kind'], string> = {
  domain: 'domain',
  objectType: 'object type',
  identityResolutionJob: 'identity resolution job',
  uploadJob: 'upload job',
  workflow: 'workflow',
};

function asNode(value: unknown): ExplorerNode | undefined {
  return typeof value === 'object' && value !== null && typeof (value as { kind?: unknown }).kind === 'string' ? (value as ExplorerNode) : undefined;
}

/** A resource node from the argument, or picked from what the tree has loaded (domains at least). */
async function resourceArg(provider: ExplorerTreeDataProvider, arg: unknown, title: string): Promise<ResourceNode | undefined> {
  const node = asNode(arg);
  if (node && isResourceNode(node)) return node;
  if (provider.loadedResources().length === 0) await provider.getChildren();
  const items = provider.loadedResources().map((n) => ({
    label: presentNode(n).label,
    description: n.kind === 'domain' ? 'domain' : `${KIND_LABEL[n.kind]} in ${n.domainName}`,
    node: n,
  }));
  if (items.length === 0) {
    void vscode.window.showInformationMessage('Nothing is loaded in the Customer Profiles explorer yet.');
    return undefined;
  }
  return (await vscode.window.showQuickPick(items, { title, placeHolder: 'Resources loaded in the explorer (expand folders to add more)', matchOnDescription: true }))?.node;
}

export interface ExplorerCommandDeps {
  readonly provider: ExplorerTreeDataProvider;
  readonly documents: ResourceJsonDocuments;
  readonly filter: DomainFilterStore;
  readonly showLog: () => void;
  /** Called after the filter changed (view description). */
  readonly onFilterChanged: () => void;
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

  return [
    run('customerProfiles.refresh', async (arg) => provider.refresh(asNode(arg))),
    run('customerProfiles.showLog', async () => deps.showLog()),
    run('customerProfiles.loadMore', async (arg) => {
      const node = asNode(arg);
      let target: LoadMoreNode | undefined = node?.kind === 'loadMore' ? node : undefined;
      if (!target) {
        const lists = provider.listsWithMore();
        if (lists.length === 0) {
          void vscode.window.showInformationMessage('Every list in the explorer is fully loaded.');
          return;
        }
        target = lists.length === 1 ? lists[0].node : (await vscode.window.showQuickPick(lists, { title: 'Load More' }))?.node;
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
          title: 'Filter Domains',
          prompt: 'Show domains whose name contains this text (* matches anything). Empty clears the filter.',
          value: filter.value ?? '',
        });
        if (value === undefined) return;
      }
      await setFilter(value);
    }),
    run('customerProfiles.clearDomainFilter', () => setFilter(undefined)),
    run('customerProfiles.openAsJson', async (arg) => {
      const node = await resourceArg(provider, arg, 'Open as JSON');
      if (node) await documents.open(node);
    }),
    run('customerProfiles.copyName', async (arg) => {
      const node = await resourceArg(provider, arg, 'Copy Name');
      if (!node) return;
      await vscode.env.clipboard.writeText(resourceName(node));
      vscode.window.setStatusBarMessage(`Copied ${resourceName(node)}`, 3000);
    }),
  ];
}
