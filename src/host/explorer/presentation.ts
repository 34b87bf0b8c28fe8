// Presentation DECISIONS for every node kind (label, description, tooltip Markdown, icon, contextValue,
// click command) as plain data. Pure and unit-tested; treeItem.ts turns this into vscode.TreeItems.
import * as l10n from '@vscode/l10n';
import type {
  DomainNode,
  ErrorNode,
  ExplorerNode,
  FolderNode,
  IdentityResolutionJobNode,
  LoadMoreNode,
  MatchesNode,
  ObjectTypeNode,
  UploadJobNode,
  WorkflowNode,
} from './nodes';
import { folderSpec } from './domainChildren';
import { statusIcon } from './jobStatus';
import { uploadJobContextValue } from './uploadJobActions';
import { escapeMarkdown, formatCount, formatTimestamp, markdownTable } from './format';
import { REVIEW_MATCHES_COMMAND } from '../matches/viewType';

import type { NodePresentation } from './presentationTypes';
import { presentProfiles } from './profilesItemPresentation';
import { presentRuleMatches } from './rulePresentation';

export type { NodePresentation } from './presentationTypes';


export const OPEN_AS_JSON = { id: 'customerProfiles.openAsJson', get title() { return l10n.t('Open as JSON'); } } as const;

/**
 * No description: what a domain's GetDomain says shows on its Rule-based Matches item and in its tooltip, because
 * re-rendering the domain once GetDomain answered would drop its descendants' handles (domainItems.ts).
 */
export function presentDomain(node: DomainNode): NodePresentation {
  return {
    label: node.domainName,
    icon: { id: 'database' },
    contextValue: 'domain',
    collapsible: true,
    hasDetails: true,
  };
}

export function presentFolder(node: FolderNode): NodePresentation {
  const spec = folderSpec(node.folder);
  // Object Types has its own contextValue: its menu adds "Create Object Type…".
  return { label: spec.label, icon: { id: spec.icon }, contextValue: node.folder === 'objectTypes' ? 'objectTypes' : 'folder', collapsible: true };
}

export function presentObjectType(node: ObjectTypeNode): NodePresentation {
  return {
    label: node.objectTypeName,
    description: node.item.Description,
    icon: { id: 'symbol-structure' },
    contextValue: 'objectType',
    collapsible: false,
    command: OPEN_AS_JSON,
    hasDetails: true,
  };
}

/** "COMPLETED · 2,000 reviewed · 180 matches · 0 merges". */
export function identityResolutionJobDescription(node: IdentityResolutionJobNode): string {
  const stats = node.item.JobStats;
  const parts = [node.item.Status ?? 'UNKNOWN'];
  if (stats) {
    const reviewed = formatCount(stats.NumberOfProfilesReviewed);
    const matches = formatCount(stats.NumberOfMatchesFound);
    const merges = formatCount(stats.NumberOfMergesDone);
    if (reviewed) parts.push(l10n.t('{0} reviewed', reviewed));
    if (matches) parts.push(l10n.t('{0} matches', matches));
    if (merges) parts.push(l10n.t('{0} merges', merges));
  }
  return parts.join(' · ');
}

export function presentIdentityResolutionJob(node: IdentityResolutionJobNode): NodePresentation {
  const item = node.item;
  return {
    // To the second: two runs started in the same minute (a manual one beside a scheduled one) must not look alike.
    label: formatTimestamp(item.JobStartTime, true) ?? node.jobId,
    description: identityResolutionJobDescription(node),
    tooltip: [
      l10n.t('**Identity resolution job** {0}', `\`${node.jobId.replace(/`/g, '')}\``),
      markdownTable([
        [l10n.t('Status'), item.Status],
        [l10n.t('Started'), formatTimestamp(item.JobStartTime, true)],
        [l10n.t('Ended'), formatTimestamp(item.JobEndTime, true)],
        [l10n.t('Profiles reviewed'), formatCount(item.JobStats?.NumberOfProfilesReviewed)],
        [l10n.t('Matches found'), formatCount(item.JobStats?.NumberOfMatchesFound)],
        [l10n.t('Merges done'), formatCount(item.JobStats?.NumberOfMergesDone)],
        [l10n.t('Results'), item.ExportingLocation?.S3Exporting ? `s3://${item.ExportingLocation.S3Exporting.S3BucketName ?? ''}/${item.ExportingLocation.S3Exporting.S3KeyName ?? ''}` : undefined],
        [l10n.t('Message'), item.Message],
      ]),
    ].join('\n\n'),
    icon: statusIcon(item.Status),
    contextValue: 'identityResolutionJob',
    collapsible: false,
    command: OPEN_AS_JSON,
  };
}

export function presentUploadJob(node: UploadJobNode): NodePresentation {
  const item = node.item;
  return {
    label: item.DisplayName ?? node.jobId,
    // The same file is often uploaded again under the same DisplayName: the creation time (to the second) tells
    // such jobs apart in the row itself; the tooltip has the JobId (what Copy Name copies).
    description: [item.Status, item.StatusReason, formatTimestamp(item.CreatedAt, true)].filter(Boolean).join(' · '),
    tooltip: [
      l10n.t('**Upload job** {0} {1}', escapeMarkdown(item.DisplayName ?? ''), `\`${node.jobId.replace(/`/g, '')}\``),
      markdownTable([
        [l10n.t('Status'), item.Status],
        [l10n.t('Reason'), item.StatusReason],
        [l10n.t('Created'), formatTimestamp(item.CreatedAt, true)],
        [l10n.t('Completed'), formatTimestamp(item.CompletedAt, true)],
        [l10n.t('Data expiry'), item.DataExpiry !== undefined ? l10n.t('{0} days', item.DataExpiry) : undefined],
      ]),
    ].join('\n\n'),
    icon: statusIcon(item.Status),
    contextValue: uploadJobContextValue(item.Status),
    collapsible: false,
    command: OPEN_AS_JSON,
  };
}

export function presentWorkflow(node: WorkflowNode): NodePresentation {
  const item = node.item;
  return {
    label: node.workflowId,
    description: [item.WorkflowType, item.Status].filter(Boolean).join(' · '),
    tooltip: [
      l10n.t('**Workflow** {0}', `\`${node.workflowId.replace(/`/g, '')}\``),
      markdownTable([
        [l10n.t('Type'), item.WorkflowType],
        [l10n.t('Status'), item.Status],
        [l10n.t('Status description'), item.StatusDescription],
        [l10n.t('Created'), formatTimestamp(item.CreatedAt)],
        [l10n.t('Updated'), formatTimestamp(item.LastUpdatedAt)],
      ]),
    ].join('\n\n'),
    icon: statusIcon(item.Status),
    contextValue: 'workflow',
    collapsible: false,
    command: OPEN_AS_JSON,
  };
}

export const REVIEW_MATCHES = { id: REVIEW_MATCHES_COMMAND, get title() { return l10n.t('Review Matches…'); } } as const;

/** "195 potential matches · 2026-11-23" once GetMatches answered; "loading…" before. */
export function matchesDescription(node: MatchesNode): string {
  if (node.summaryError !== undefined) return l10n.t('unavailable');
  if (!node.summary) return l10n.t('loading…');
  const count = node.summary.potentialMatches ?? 0;
  const date = formatTimestamp(node.summary.matchGenerationDate)?.slice(0, 10);
  const what = count === 1 ? l10n.t('1 potential match') : l10n.t('{0} potential matches', formatCount(count) ?? '0');
  return date ? `${what} · ${date}` : count === 0 ? l10n.t('no matches yet') : what;
}

export function presentMatches(node: MatchesNode): NodePresentation {
  const generated = formatTimestamp(node.summary?.matchGenerationDate);
  return {
    label: l10n.t('Matches'),
    description: matchesDescription(node),
    tooltip: [
      l10n.t('**Matches** of {0}', escapeMarkdown(node.domainName)),
      node.summaryError !== undefined
        ? l10n.t('{0} failed: {1}', 'GetMatches', escapeMarkdown(node.summaryError))
        : markdownTable([
          [l10n.t('Potential matches'), formatCount(node.summary?.potentialMatches)],
          [l10n.t('Generated'), generated],
        ]),
      l10n.t('Groups of duplicate profiles found by identity resolution ({0}). Click to review them side by side and merge.', 'GetMatches'),
    ].filter(Boolean).join('\n\n'),
    icon: { id: 'combine' },
    contextValue: 'matches',
    collapsible: false,
    command: REVIEW_MATCHES,
  };
}

export function presentLoadMore(node: LoadMoreNode): NodePresentation {
  return {
    label: node.loading ? l10n.t('Loading…') : l10n.t('Load more…'),
    description: l10n.t('{0} loaded', formatCount(node.loadedCount) ?? '0'),
    tooltip: l10n.t('Fetch the next page'),
    icon: { id: node.loading ? 'loading~spin' : 'ellipsis' },
    contextValue: 'loadMore',
    collapsible: false,
    command: node.loading ? undefined : { id: 'customerProfiles.loadMore', title: l10n.t('Load More') },
  };
}

export function presentError(node: ErrorNode): NodePresentation {
  const { error } = node;
  return {
    label: node.label,
    description: l10n.t('{0} — Show Log', error.message),
    tooltip: [
      escapeMarkdown(error.message), error.nextStep ? escapeMarkdown(error.nextStep) : '',
      error.requestId ? l10n.t('Request id: {0}', `\`${error.requestId.replace(/`/g, '')}\``) : '', l10n.t('Click to show the log; use the retry button to try again.'),
    ]
      .filter(Boolean)
      .join('\n\n'),
    icon: { id: 'error', color: 'list.errorForeground' },
    contextValue: 'error',
    collapsible: false,
    command: { id: 'customerProfiles.showLog', title: l10n.t('Show Log') },
  };
}

export function presentNode(node: ExplorerNode): NodePresentation {
  switch (node.kind) {
    case 'domain':
      return presentDomain(node);
    case 'ruleMatches':
      return presentRuleMatches(node);
    case 'folder':
      return presentFolder(node);
    case 'matches':
      return presentMatches(node);
    case 'objectType':
      return presentObjectType(node);
    case 'identityResolutionJob':
      return presentIdentityResolutionJob(node);
    case 'uploadJob':
      return presentUploadJob(node);
    case 'workflow':
      return presentWorkflow(node);
    case 'profiles':
      return presentProfiles(node);
    case 'profileSearchAction':
    case 'profileResults':
    case 'profile':
      return node.presentation;
    case 'loadMore':
      return presentLoadMore(node);
    case 'error':
      return presentError(node);
    case 'placeholder':
      return { label: node.label, contextValue: 'placeholder', collapsible: false };
  }
}
