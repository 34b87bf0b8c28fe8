// The Markdown tooltips of domains and object types: the list item's data at first, the Get* response's stats,
// settings, fields and keys once the tooltip was resolved. API values are escaped. Pure.
import * as l10n from '@vscode/l10n';
import type { OperationOutput } from '../../aws/operations';
import { escapeMarkdown, formatBytes, formatCount, formatTimestamp, markdownTable } from './format';
import type { DomainNode, ObjectTypeNode } from './nodes';
import { parseRuleBasedConfig } from '../../shared/rules/config';
import { ruleStateText } from './rulePresentation';

const tagsText = (tags: Record<string, string> | undefined): string | undefined =>
  tags && Object.keys(tags).length ? Object.entries(tags).map(([k, v]) => `${k}=${v}`).join(', ') : undefined;

const onOff = (enabled: boolean | undefined): string | undefined => (enabled === undefined ? undefined : enabled ? l10n.t('on') : l10n.t('off'));

export type DomainDetails = OperationOutput<'GetDomain'>;

/** Domain tooltip: list data only, or with GetDomain's stats and settings once loaded. */
export function domainTooltip(node: DomainNode, details?: DomainDetails, detailsError?: string): string {
  const head = `**${escapeMarkdown(node.domainName)}**`;
  if (!details) {
    const table = markdownTable([
      [l10n.t('Created'), formatTimestamp(node.item.CreatedAt)],
      [l10n.t('Updated'), formatTimestamp(node.item.LastUpdatedAt)],
      [l10n.t('Tags'), tagsText(node.item.Tags)],
    ]);
    const note = detailsError ? l10n.t('Details unavailable: {0}', escapeMarkdown(detailsError)) : '';
    return [head, table, note].filter(Boolean).join('\n\n');
  }
  const matching = details.Matching;
  const schedule = matching?.JobSchedule ? l10n.t('weekly {0} {1} UTC', matching.JobSchedule.DayOfTheWeek ?? '', matching.JobSchedule.Time ?? '') : undefined;
  const matchingText = matching?.Enabled
    ? [l10n.t('on'), schedule, matching.AutoMerging?.Enabled ? l10n.t('auto-merge on') : l10n.t('auto-merge off')].filter(Boolean).join(' · ')
    : onOff(matching?.Enabled);
  const rules = parseRuleBasedConfig(details.RuleBasedMatching);
  const rulesText = rules?.enabled ? l10n.t('on · {0}', ruleStateText(rules)) : onOff(rules?.enabled);
  const table = markdownTable([
    [l10n.t('Profiles'), formatCount(details.Stats?.ProfileCount)],
    [l10n.t('Metered profiles'), formatCount(details.Stats?.MeteringProfileCount)],
    [l10n.t('Objects'), formatCount(details.Stats?.ObjectCount)],
    [l10n.t('Total size'), formatBytes(details.Stats?.TotalSize)],
    [l10n.t('Identity resolution'), matchingText],
    [l10n.t('Rule-based matching'), rulesText],
    [l10n.t('Data store'), onOff(details.DataStore?.Enabled)],
    [l10n.t('Default expiration'), details.DefaultExpirationDays !== undefined ? l10n.t('{0} days', details.DefaultExpirationDays) : undefined],
    [l10n.t('Encryption key'), details.DefaultEncryptionKey],
    [l10n.t('Dead-letter queue'), details.DeadLetterQueueUrl],
    [l10n.t('Created'), formatTimestamp(details.CreatedAt ?? node.item.CreatedAt)],
    [l10n.t('Updated'), formatTimestamp(details.LastUpdatedAt ?? node.item.LastUpdatedAt)],
    [l10n.t('Tags'), tagsText(details.Tags ?? node.item.Tags)],
  ]);
  return [head, table].join('\n\n');
}

export type ObjectTypeDetails = OperationOutput<'GetProfileObjectType'>;

/** Object type tooltip; with GetProfileObjectType's fields and keys once loaded. */
export function objectTypeTooltip(node: ObjectTypeNode, details?: ObjectTypeDetails, detailsError?: string): string {
  const item = node.item;
  const parts = [
    `**${escapeMarkdown(node.objectTypeName)}**`,
    item.Description ? escapeMarkdown(item.Description) : '',
    markdownTable([
      [l10n.t('Template'), details?.TemplateId],
      [l10n.t('Expiration'), details?.ExpirationDays !== undefined ? l10n.t('{0} days', details.ExpirationDays) : undefined],
      [l10n.t('Allow profile creation'), details?.AllowProfileCreation === undefined ? undefined : String(details.AllowProfileCreation)],
      [l10n.t('Source priority'), formatCount(details?.SourcePriority ?? item.SourcePriority)],
      [l10n.t('Max objects'), formatCount(details?.MaxProfileObjectCount ?? item.MaxProfileObjectCount)],
      [l10n.t('Created'), formatTimestamp(details?.CreatedAt ?? item.CreatedAt)],
      [l10n.t('Updated'), formatTimestamp(details?.LastUpdatedAt ?? item.LastUpdatedAt)],
    ]),
  ];
  if (details?.Fields && Object.keys(details.Fields).length) {
    const fields = Object.entries(details.Fields).map(([name, f]) => `- \`${name.replace(/`/g, '')}\` ← ${escapeMarkdown(f.Source ?? '?')} → ${escapeMarkdown(f.Target ?? '?')}${f.ContentType ? ` (${f.ContentType})` : ''}`);
    parts.push(`**${l10n.t('Fields')}**\n\n${fields.join('\n')}`);
  }
  if (details?.Keys && Object.keys(details.Keys).length) {
    const keys = Object.entries(details.Keys).map(([name, defs]) => {
      const described = defs.map((k) => `${(k.StandardIdentifiers ?? []).join('+') || 'key'}: ${(k.FieldNames ?? []).join(', ')}`).join('; ');
      return `- \`${name.replace(/`/g, '')}\` ${escapeMarkdown(described)}`;
    });
    parts.push(`**${l10n.t('Keys')}**\n\n${keys.join('\n')}`);
  }
  if (detailsError) parts.push(l10n.t('Details unavailable: {0}', escapeMarkdown(detailsError)));
  return parts.filter(Boolean).join('\n\n');
}

