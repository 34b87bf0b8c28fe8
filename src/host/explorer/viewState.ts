// What the explorer remembers across window reloads, per connection (workspaceState): the expanded rows and the
// selected one. Node ids are stable (nodeIds.ts: connection + resource path), so after a reload an expanded row
// renders expanded again (its children load as VS Code asks for them) and the selected row is selected again as
// soon as a children list that holds it was loaded. Polling of running jobs pauses while the view is hidden.
import vscode = require('vscode');
import type { ExplorerNode } from './nodes';
import type { ExplorerTreeDataProvider } from './treeDataProvider';

const KEY = 'customerProfiles.explorer.viewState';
/** Enough for a working tree; the oldest expansions are forgotten first. */
const MAX_EXPANDED = 200;

interface SavedView {
  expanded: string[];
  selected?: string;
}

type Saved = Record<string, SavedView>;

export function trackExplorerViewState(
  treeView: vscode.TreeView<ExplorerNode>,
  provider: ExplorerTreeDataProvider,
  state: vscode.Memento,
  connectionKey: () => string,
): vscode.Disposable {
  const read = (): SavedView => {
    const saved = state.get<Saved>(KEY)?.[connectionKey()];
    return { expanded: Array.isArray(saved?.expanded) ? saved.expanded.filter((id) => typeof id === 'string') : [], selected: typeof saved?.selected === 'string' ? saved.selected : undefined };
  };
  const write = (change: (view: SavedView) => void): void => {
    const all = { ...(state.get<Saved>(KEY) ?? {}) };
    const view = read();
    change(view);
    all[connectionKey()] = { expanded: view.expanded.slice(-MAX_EXPANDED), selected: view.selected };
    void state.update(KEY, all);
  };
  provider.expansion = { isExpanded: (nodeId) => read().expanded.includes(nodeId) };
  // The selection to bring back: the one saved for the connection, until it was revealed (or the user chose another).
  let pendingSelection = read().selected;
  let pendingFor = connectionKey();
  return vscode.Disposable.from(
    treeView.onDidExpandElement(({ element }) => write((v) => { v.expanded = [...v.expanded.filter((id) => id !== element.id), element.id]; })),
    treeView.onDidCollapseElement(({ element }) => write((v) => { v.expanded = v.expanded.filter((id) => id !== element.id); })),
    treeView.onDidChangeSelection(({ selection }) => {
      const selected = selection[0]?.id;
      if (selected === undefined) return; // (a reload starts with no selection: keep the saved one)
      if (selected !== pendingSelection) pendingSelection = undefined;
      write((v) => { v.selected = selected; });
    }),
    treeView.onDidChangeVisibility(({ visible }) => provider.setVisible(visible)),
    provider.onDidLoadChildren((children) => {
      if (pendingFor !== connectionKey()) {
        pendingFor = connectionKey();
        pendingSelection = read().selected;
      }
      const node = pendingSelection === undefined ? undefined : children.find((n) => n.id === pendingSelection);
      if (!node) return;
      pendingSelection = undefined;
      // After this children list reached VS Code (reveal looks the row up among the rendered ones).
      setTimeout(() => void Promise.resolve(treeView.reveal(node, { select: true, focus: false, expand: false })).catch(() => undefined), 0);
    }),
  );
}
