// What the domain-JSON commands share.
import type { CustomerProfilesApi } from '../../aws/client';
import type { AutoMergingPreview } from './autoMergingPreview';
import type { DocumentStore } from './documentStore';
import type { DocumentEditors } from './editors';
import type { Prompts } from './prompts';

export interface DomainJsonContext {
  api(): Promise<CustomerProfilesApi>;
  prompts(): Prompts;
  readonly editors: DocumentEditors;
  readonly store: DocumentStore;
  /** connectionSegment() of the current connection (first segment of document paths). */
  connectionSegment(): string;
  refreshTree(): void;
  /** DeleteDomain succeeded: views of the domain (its matches panel) detach at once. */
  domainDeleted(domainName: string): void;
  /** "Preview auto-merging" (its CodeLens remembers the last answer per document version). */
  readonly autoMergingPreview: AutoMergingPreview;
}
