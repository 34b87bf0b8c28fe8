// Presentation of the rows under a Profiles item: its search rows and the profiles a search found (label = the
// person's or business's name, description = e-mail · phone · account, tooltip = the main attributes and the keys
// that found it). Pure and unit-tested, like presentation.ts; runs in the lazy bundle (profileSearches.ts).
import * as l10n from '@vscode/l10n';
import { OPEN_PROFILE_COMMAND, SEARCH_PROFILES_COMMAND } from '../profiles/commandIds';
import { queryLabel } from '../profiles/search/query';
import { escapeMarkdown, formatCount, markdownTable } from './format';
import type { ProfileItem, ProfileNode, ProfileResultsNode, ProfileSearchActionNode } from './nodes';
import type { NodePresentation } from './presentationTypes';

/** A profile node's data (its presentation is decided from it). */
export type ProfileData = Omit<ProfileNode, 'presentation'>;

const SEARCH = { id: SEARCH_PROFILES_COMMAND, get title() { return l10n.t('Search Profiles…'); } } as const;
const OPEN_PROFILE = { id: OPEN_PROFILE_COMMAND, get title() { return l10n.t('Open Profile'); } } as const;

const EMAILS = ['EmailAddress', 'PersonalEmailAddress', 'BusinessEmailAddress'] as const;
const PHONES = ['PhoneNumber', 'MobilePhoneNumber', 'HomePhoneNumber', 'BusinessPhoneNumber'] as const;

const present = (values: readonly (string | undefined)[]): string[] => values.filter((v): v is string => typeof v === 'string' && v.trim() !== '');

/** The person's name (first middle last), else the business name, else undefined. */
export function profileName(item: ProfileItem): string | undefined {
  const person = present([item.FirstName, item.MiddleName, item.LastName]).join(' ');
  return person || present([item.BusinessName])[0];
}

/** `jane@example.com · +1-555-010-0000 · AC-100163`: the first e-mail, the first phone, the account number. */
export function profileDescription(item: ProfileItem): string {
  return present([present(EMAILS.map((f) => item[f]))[0], present(PHONES.map((f) => item[f]))[0], item.AccountNumber]).join(' · ');
}

/** `_email = jane@example.com; _phone = 555-010-0000` from the result's FoundByItems. */
export function foundByText(item: ProfileItem): string | undefined {
  const found = (item.FoundByItems ?? []).map((f) => `${f.KeyName ?? '?'} = ${(f.Values ?? []).join(', ')}`);
  return found.length ? found.join('; ') : undefined;
}

function addressText(item: ProfileItem): string | undefined {
  const a = item.Address ?? item.MailingAddress ?? item.ShippingAddress ?? item.BillingAddress;
  if (!a) return undefined;
  return present([a.Address1, a.Address2, a.City, a.State ?? a.Province, a.PostalCode, a.Country]).join(', ') || undefined;
}

export function profileTooltip(node: ProfileData): string {
  const item = node.item;
  const attributes = Object.entries(item.Attributes ?? {});
  return [
    `**${escapeMarkdown(profileName(item) ?? l10n.t('Profile without a name'))}** \`${node.profileId.replace(/`/g, '')}\``,
    markdownTable([
      [l10n.t('Found by'), foundByText(item)],
      [l10n.t('Party type'), item.PartyType ?? item.PartyTypeString],
      [l10n.t('Business'), item.BusinessName],
      [l10n.t('E-mail'), present(EMAILS.map((f) => item[f])).join(', ')],
      [l10n.t('Phone'), present(PHONES.map((f) => item[f])).join(', ')],
      [l10n.t('Account'), item.AccountNumber],
      [l10n.t('Birth date'), item.BirthDate],
      [l10n.t('Gender'), item.Gender ?? item.GenderString],
      [l10n.t('Address'), addressText(item)],
      [l10n.t('Attributes'), attributes.length ? attributes.slice(0, 6).map(([k, v]) => `${k}=${v}`).join(', ') + (attributes.length > 6 ? ', …' : '') : undefined],
    ]),
    l10n.t('Click to open the profile.'),
  ].join('\n\n');
}

export function presentProfile(node: ProfileData): NodePresentation {
  const business = node.item.PartyType === 'BUSINESS' || (!profileName({ ...node.item, BusinessName: undefined }) && !!node.item.BusinessName);
  return {
    label: profileName(node.item) ?? node.profileId,
    description: profileDescription(node.item) || undefined,
    tooltip: profileTooltip(node),
    icon: { id: business ? 'organization' : 'person' },
    contextValue: 'profile',
    collapsible: false,
    command: OPEN_PROFILE,
  };
}

export function presentProfileSearchAction(node: Omit<ProfileSearchActionNode, 'presentation'>): NodePresentation {
  if (!node.query) {
    return { label: l10n.t('Search Profiles…'), tooltip: l10n.t('Pick a key, type a value, optionally add keys with AND/OR ({0}).', 'SearchProfiles'), icon: { id: 'search' }, contextValue: 'profileSearchAction', collapsible: false, command: SEARCH };
  }
  const label = queryLabel(node.query);
  return {
    label,
    description: l10n.t('recent'),
    tooltip: l10n.t('Search again: {0}', escapeMarkdown(label)),
    icon: { id: 'history' },
    contextValue: 'profileRecentSearch',
    collapsible: false,
    command: SEARCH,
  };
}

/** "1 shown", "50 shown · more available". */
export function resultsDescription(node: Pick<ProfileResultsNode, 'shown' | 'more'>): string {
  const shown = formatCount(node.shown) ?? '0';
  return node.more ? l10n.t('{0} shown · more available', shown) : l10n.t('{0} shown', shown);
}

export function presentProfileResults(node: Omit<ProfileResultsNode, 'presentation'>): NodePresentation {
  const label = queryLabel(node.query);
  // The count first: a narrow side bar cuts the description, and the Profiles item above already names the search.
  return {
    label: resultsDescription(node),
    description: label,
    tooltip: [l10n.t('**Search** {0}', escapeMarkdown(label)), l10n.t('{0}. Use the clear button to go back to recent searches.', escapeMarkdown(resultsDescription(node)))].join('\n\n'),
    icon: { id: 'search' },
    contextValue: 'profileSearchResults',
    collapsible: false,
  };
}
