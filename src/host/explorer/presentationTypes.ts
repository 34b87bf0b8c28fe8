// The shape of a node's presentation (presentation.ts, rulePresentation.ts decide it; treeItem.ts applies it).
import type { StatusIcon } from './jobStatus';

export interface NodePresentation {
  readonly label: string;
  readonly description?: string;
  /** Markdown source; API values inside are escaped. */
  readonly tooltip?: string;
  readonly icon?: StatusIcon;
  /** Menus match it with `viewItem == <contextValue>`. */
  readonly contextValue: string;
  readonly collapsible: boolean;
  /** Command run on click with the node as its argument. */
  readonly command?: { readonly id: string; readonly title: string };
  /** No tooltip here: resolveTreeItem builds it on hover from the Get* response (tooltips.ts, tooltipText.ts). */
  readonly hasDetails?: boolean;
}
