// The Markdown tooltips of domains and object types: the list item's data at first, the Get* response's stats,
// settings, fields and keys once the tooltip was resolved. API values are escaped. Pure.
import type { OperationOutput } from '../../aws/operations';
import { escapeMarkdown, formatBytes, formatCount, formatTimestamp, markdownTable } from './format';
import type { DomainNode, ObjectTypeNode } from './nodes';
import { parseRuleBasedConfig } from '../../shared/rules/config';
import { ruleStateText } from './rulePresentation';

const tagsText = (tags: Record<string, string> | undefined): string | undefined =>
  tags && Object.keys(tags).length ? Object.entries(tags).map(([k, v]) => `${k}=${v}`).join(', ') : undefined;

const onOff = (enabled: boolean | undefined): string | undefined => (enabled === undefined ? undefined : enabled ? 'on' : 'off');

export type DomainDetails = OperationOutput<'GetDomain'>;

/** Domain tooltip: list data only, or with GetDomain's stats and settings once loaded. */
export function domainTooltip(node: DomainNode, details?: DomainDetails, detailsError?: string): string {
  const head = `**${escapeMarkdown(node.domainName)}**`;
  if (!details) {
    const table = markdownTable([
      ['Created', formatTimestamp(node.item.CreatedAt)],
      ['Updated', formatTimestamp(node.item.LastUpdatedAt)],
      ['Tags', tagsText(node.item.Tags)],
    ]);
    const note = detailsError ? `Details unavailable: ${escapeMarkdown(detailsError)}` : '';
    return [head, table, note].filter(Boolean).join('\n\n');
  }
  const matching = details.Matching;
  const schedule = matching?.JobSchedule ? `weekly ${matching.JobSchedule.DayOfTheWeek ?? ''} ${matching.JobSchedule.Time ?? ''} UTC` : undefined;
  const matchingText = matching?.Enabled
    ? ['on', schedule, matching.AutoMerging?.Enabled ? 'auto-merge on' : 'auto-merge off'].filter(Boolean).join(' · ')
    : onOff(matching?.Enabled);
  const rules = parseRuleBasedConfig(details.RuleBasedMatching);
  const rulesText = rules?.enabled ? `on · ${ruleStateText(rules)}` : onOff(rules?.enabled);
  const table = markdownTable([
    ['Profiles', formatCount(details.Stats?.ProfileCount)],
    ['Metered profiles', formatCount(details.Stats?.MeteringProfileCount)],
    ['Objects', formatCount(details.Stats?.ObjectCount)],
    ['Total size', formatBytes(details.Stats?.TotalSize)],
    ['Identity resolution', matchingText],
    ['Rule-based matching', rulesText],
    ['Data store', onOff(details.DataStore?.Enabled)],
    ['Default expiration', details.DefaultExpirationDays !== undefined ? `${details.DefaultExpirationDays} days` : undefined],
    ['Encryption key', details.DefaultEncryptionKey],
    ['Dead-letter queue', details.DeadLetterQueueUrl],
    ['Created', formatTimestamp(details.CreatedAt ?? node.item.CreatedAt)],
    ['Updated', formatTimestamp(details.LastUpdatedAt ?? node.item.LastUpdatedAt)],
    ['Tags', tagsText(details.Tags ?? node.item.Tags)],
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
      ['Template', details?.TemplateId],
      ['Expiration', details?.ExpirationDays !== undefined ? `${details.ExpirationDays} days` : undefined],
      ['Allow profile creation', details?.AllowProfileCreation === undefined ? undefined : String(details.AllowProfileCreation)],
      ['Source priority', formatCount(details?.SourcePriority ?? item.SourcePriority)],
      ['Max objects', formatCount(details?.MaxProfileObjectCount ?? item.MaxProfileObjectCount)],
      ['Created', formatTimestamp(details?.CreatedAt ?? item.CreatedAt)],
      ['Updated', formatTimestamp(details?.LastUpdatedAt ?? item.LastUpdatedAt)],
    ]),
  ];
  if (details?.Fields && Object.keys(details.Fields).length) {
    const fields = Object.entries(details.Fields).map(([name, f]) => `- \`${name.replace(/`/g, '')}\` ← ${escapeMarkdown(f.Source ?? '?')} → ${escapeMarkdown(f.Target ?? '?')}${f.ContentType ? ` (${f.ContentType})` : ''}`);
    parts.push(`**Fields**\n\n${fields.join('\n')}`);
  }
  if (details?.Keys && Object.keys(details.Keys).length) {
    const keys = Object.entries(details.Keys).map(([name, defs]) => {
      const described = defs.map((k) => `${(k.StandardIdentifiers ?? []).join('+') || 'key'}: ${(k.FieldNames ?? []).join(', ')}`).join('; ');
      return `- \`${name.replace(/`/g, '')}\` ${escapeMarkdown(described)}`;
    });
    parts.push(`**Keys**\n\n${keys.join('\n')}`);
  }
  if (detailsError) parts.push(`Details unavailable: ${escapeMarkdown(detailsError)}`);
  return parts.filter(Boolean).join('\n\n');
}

