// Search Profiles… as a sequence of prompts: a recent search or a key (standard and the domain's object-type keys),
// its value(s) (for `_phone` optionally with the usual spellings of the number), then run, or add a key with
// AND / OR, up to the model's 5 keys. Returns the query, or undefined when the user cancelled.
import type vscode = require('vscode');
import * as l10n from '@vscode/l10n';
import { keyChoiceDescription, type SearchKeyChoice } from './keyCatalog';
import type { KeyCatalog } from './keyLoader';
import { phoneSpellings } from './phoneSpellings';
import type { SearchPrompts } from './prompts';
import { MAX_SEARCH_KEYS, queryLabel, type LogicalOperator, type ProfileQuery, type SearchKeyValues } from './query';
import { parseValues, validateValuesText, VALUE_SEPARATOR } from './values';

export interface KeyItem extends vscode.QuickPickItem { readonly key?: SearchKeyChoice; readonly recent?: ProfileQuery }
export interface NextItem extends vscode.QuickPickItem { readonly next: 'run' | LogicalOperator }
export interface PhoneItem extends vscode.QuickPickItem { readonly values: readonly string[] }

const SEPARATOR = -1 as vscode.QuickPickItemKind.Separator;

function keyItems(catalog: KeyCatalog, recent: readonly ProfileQuery[], used: readonly string[]): KeyItem[] {
  const items: KeyItem[] = [];
  if (recent.length) {
    items.push({ label: l10n.t('Recent searches'), kind: SEPARATOR });
    items.push(...recent.map((q): KeyItem => ({ label: `$(history) ${queryLabel(q)}`, description: l10n.t('run again'), recent: q })));
    items.push({ label: l10n.t('Search keys'), kind: SEPARATOR });
  }
  for (const key of catalog.keys) {
    if (used.includes(key.keyName)) continue;
    items.push({ label: key.keyName, description: keyChoiceDescription(key), key });
  }
  return items;
}

export async function composeQuery(domainName: string, catalog: KeyCatalog, recent: readonly ProfileQuery[], prompts: SearchPrompts): Promise<ProfileQuery | undefined> {
  const keys: SearchKeyValues[] = [];
  let operator: LogicalOperator | undefined;
  const title = (): string => (keys.length
    ? l10n.t('Search Profiles in {0} (key {1} of up to {2})', domainName, keys.length + 1, MAX_SEARCH_KEYS)
    : l10n.t('Search Profiles in {0}', domainName));
  for (;;) {
    const picked = await prompts.pick(keyItems(catalog, keys.length ? [] : recent, keys.map((k) => k.keyName)), {
      title: title(),
      placeHolder: catalog.error ? l10n.t('Search key (the object types\' keys could not be read; standard keys only)') : l10n.t('Search key, or a recent search'),
      matchOnDescription: true,
    });
    if (!picked) return undefined;
    if (picked.recent) return picked.recent;
    if (!picked.key) return undefined;
    const keyName = picked.key.keyName;
    const text = await prompts.input({
      title: title(),
      prompt: l10n.t('Value of {0} (several values: separate them with "{1}"; any of them may match)', keyName, VALUE_SEPARATOR),
      placeHolder: keyName === '_email' ? 'jane.doe@example.com' : keyName === '_phone' ? '+1-555-010-0100' : undefined,
      validateInput: validateValuesText,
      ignoreFocusOut: true,
    });
    if (text === undefined || validateValuesText(text) !== undefined) return undefined;
    let values = parseValues(text);
    if (keyName === '_phone' && values.length === 1 && phoneSpellings(values[0]).length) {
      const spelled = await askPhoneSpellings(values[0], prompts);
      if (!spelled) return undefined;
      values = [...spelled];
    }
    keys.push({ keyName, values });
    const next = keys.length < MAX_SEARCH_KEYS ? await askNext(keys, operator, prompts) : 'run';
    if (!next) return undefined;
    if (next === 'run') return { keys, operator: operator ?? 'OR' };
    operator = next;
  }
}

/** The service compares the values as profiles hold them: offer the number's usual spellings as more values. */
async function askPhoneSpellings(typed: string, prompts: SearchPrompts): Promise<readonly string[] | undefined> {
  const spellings = phoneSpellings(typed);
  const items: PhoneItem[] = [
    { label: l10n.t('Also search the usual spellings of this number'), description: l10n.t('{0} values', spellings.length), detail: spellings.join('  ·  '), values: spellings },
    { label: l10n.t('Only "{0}" as typed', typed), description: l10n.t('profiles that hold the number spelled differently are not found'), values: [typed] },
  ];
  return (await prompts.pick(items, {
    title: l10n.t('Search {0}', `_phone = ${typed}`),
    placeHolder: l10n.t('{0} matches a phone as the profile holds it ("{1}" is not "{2}")', 'SearchProfiles', '+1-555-010-0100', '5550100100'),
  }))?.values;
}

async function askNext(keys: readonly SearchKeyValues[], operator: LogicalOperator | undefined, prompts: SearchPrompts): Promise<NextItem['next'] | undefined> {
  const label = queryLabel({ keys, operator: operator ?? 'OR' });
  const items: NextItem[] = [{ label: `$(search) ${l10n.t('Search')}`, description: label, next: 'run' }];
  // LogicalOperator applies to every key of the search: once chosen, more keys use the same one.
  if (operator !== 'OR') items.push({ label: `$(add) ${l10n.t('Add another key with {0}', 'AND')}`, description: l10n.t('profiles that match every key'), next: 'AND' });
  if (operator !== 'AND') items.push({ label: `$(add) ${l10n.t('Add another key with {0}', 'OR')}`, description: l10n.t('profiles that match any key'), next: 'OR' });
  return (await prompts.pick(items, { title: l10n.t('Search Profiles: {0}', label), placeHolder: l10n.t('Search now, or add a key (up to {0})', MAX_SEARCH_KEYS) }))?.next;
}
