// Thin adapter: presentation data → vscode.TreeItem. No decisions here (see presentation.ts).
import vscode = require('vscode');
import type { ExplorerNode } from './nodes';
import type { NodePresentation } from './presentationTypes';

export function markdownTooltip(text: string): vscode.MarkdownString {
  const md = new vscode.MarkdownString(text);
  md.isTrusted = false; // API values are escaped text; never run command links from them
  md.supportHtml = false;
  return md;
}

/** `expanded`: the row was expanded when the window last closed (its id is stable, so it opens again). */
export function toTreeItem(node: ExplorerNode, p: NodePresentation, expanded = false): vscode.TreeItem {
  const state = !p.collapsible ? vscode.TreeItemCollapsibleState.None : expanded ? vscode.TreeItemCollapsibleState.Expanded : vscode.TreeItemCollapsibleState.Collapsed;
  const item = new vscode.TreeItem(p.label, state);
  item.id = node.id;
  item.description = p.description;
  item.contextValue = p.contextValue;
  // Nodes with details keep the tooltip undefined so VS Code asks resolveTreeItem for it on hover.
  if (p.tooltip && !p.hasDetails) item.tooltip = markdownTooltip(p.tooltip);
  if (p.icon) item.iconPath = new vscode.ThemeIcon(p.icon.id, p.icon.color ? new vscode.ThemeColor(p.icon.color) : undefined);
  if (p.command) item.command = { command: p.command.id, title: p.command.title, arguments: [node] };
  return item;
}
