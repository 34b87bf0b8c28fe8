// The domain's "Profiles" item (entry bundle: shown whenever a domain is expanded). Pure.
import { queryLabel } from '../profiles/search/query';
import { escapeMarkdown } from './format';
import type { ProfilesNode } from './nodes';
import type { NodePresentation } from './presentationTypes';

export function presentProfiles(node: ProfilesNode): NodePresentation {
  const label = node.search && queryLabel(node.search);
  return {
    label: 'Profiles',
    description: label,
    tooltip: `**Profiles** of ${escapeMarkdown(node.domainName)}\n\n${label ? `Search: ${escapeMarkdown(label)}` : 'Search profiles by e-mail, phone, name, account or a key of an object type.'}`,
    icon: { id: 'person' },
    contextValue: 'profiles',
    collapsible: true,
  };
}
