// Tooltips of the nodes whose details need a Get* call (domains, object types), fetched on first hover and
// cached by node id until the node is refreshed. A failed fetch is not cached: hovering again retries. Pure.
import type { CustomerProfilesApi } from '../../aws/client';
import type { ErrorDescription } from '../../shared/describeError';
import type { ExplorerNode } from './nodes';
import type * as TooltipText from './tooltipText';

export class Tooltips {
  private texts = new Map<string, Promise<string>>();

  constructor(
    private readonly api: () => Promise<CustomerProfilesApi>,
    private readonly describe: (err: unknown) => ErrorDescription,
    /** The Markdown builders, a lazy bundle: only a hover needs them (they were 2.5 KB of the entry bundle). */
    private readonly text: () => typeof TooltipText,
  ) {}

  /** undefined for nodes whose tooltip needs no call (the presentation's own tooltip stands). */
  of(node: ExplorerNode): Promise<string> | undefined {
    if (node.kind !== 'domain' && node.kind !== 'objectType') return undefined;
    let text = this.texts.get(node.id);
    if (!text) {
      text = this.load(node);
      this.texts.set(node.id, text);
    }
    return text;
  }

  forget(nodeId: string): void {
    this.texts.delete(nodeId);
  }

  clear(): void {
    this.texts = new Map();
  }

  private async load(node: ExplorerNode & { kind: 'domain' | 'objectType' }): Promise<string> {
    const { domainTooltip, objectTypeTooltip } = this.text();
    try {
      const api = await this.api();
      if (node.kind === 'domain') return domainTooltip(node, await api.call('GetDomain', { DomainName: node.domainName }));
      return objectTypeTooltip(node, await api.call('GetProfileObjectType', { DomainName: node.domainName, ObjectTypeName: node.objectTypeName }));
    } catch (err) {
      this.texts.delete(node.id); // hover again to retry
      const message = this.describe(err).message;
      return node.kind === 'domain' ? domainTooltip(node, undefined, message) : objectTypeTooltip(node, undefined, message);
    }
  }
}
