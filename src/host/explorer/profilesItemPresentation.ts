// The domain's "Profiles" item (entry bundle: shown whenever a domain is expanded). Pure.
import * as l10n from '@vscode/l10n';
import { queryLabel } from '../profiles/search/query';
import { escapeMarkdown } from './format';
import type { ProfilesNode } from './nodes';
import type { NodePresentation } from './presentationTypes';

export function presentProfiles(node: ProfilesNode): NodePresentation {
  const label = node.search && queryLabel(node.search);
  return {
    label: l10n.t('Profiles'),
    description: label,
    tooltip: `${l10n.t('**Profiles** of {0}', escapeMarkdown(node.domainName))}\n\n${label ? l10n.t('Search: {0}', escapeMarkdown(label)) : l10n.t('Search profiles by e-mail, phone, name, account or a key of an object type.')}`,
    icon: { id: 'person' },
    contextValue: 'profiles',
    collapsible: true,
  };
}
