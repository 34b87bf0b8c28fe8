// Palette pickers: a domain, an object type of a domain, an object type template (or blank).
import type { CustomerProfilesApi } from '../../aws/client';
import type { Prompts } from './prompts';
import * as l10n from '@vscode/l10n';

const MAX_PAGES = 10;

export async function pickDomain(api: CustomerProfilesApi, prompts: Prompts, title: string): Promise<string | undefined> {
  const names: string[] = [];
  for await (const page of api.pages('ListDomains', {}, { maxPages: MAX_PAGES })) for (const d of page.items) if (d.DomainName) names.push(d.DomainName);
  return prompts.pick(names.map((name) => ({ label: name, value: name })), { title, placeHolder: l10n.t('Domain') });
}

export async function pickObjectType(api: CustomerProfilesApi, prompts: Prompts, domainName: string, title: string): Promise<string | undefined> {
  const items: { label: string; description?: string; value: string }[] = [];
  for await (const page of api.pages('ListProfileObjectTypes', { DomainName: domainName }, { maxPages: MAX_PAGES })) {
    for (const t of page.items) if (t.ObjectTypeName) items.push({ label: t.ObjectTypeName, description: t.Description, value: t.ObjectTypeName });
  }
  return prompts.pick(items, { title, placeHolder: l10n.t('Object type in {0}', domainName) });
}

export const BLANK_TEMPLATE = '';

/** A template id, BLANK_TEMPLATE for a blank object type, or undefined when cancelled. */
export async function pickTemplate(api: CustomerProfilesApi, prompts: Prompts): Promise<string | undefined> {
  const items: { label: string; description?: string; value: string }[] = [{ label: l10n.t('Blank object type'), description: l10n.t('start from an empty definition'), value: BLANK_TEMPLATE }];
  for await (const page of api.pages('ListProfileObjectTypeTemplates', {}, { maxPages: MAX_PAGES })) {
    for (const t of page.items) {
      if (t.TemplateId) items.push({ label: t.TemplateId, description: [t.SourceName, t.SourceObject].filter(Boolean).join(' · '), value: t.TemplateId });
    }
  }
  return prompts.pick(items, { title: l10n.t('Create Object Type: start from'), placeHolder: l10n.t('A template from {0}, or blank', 'ListProfileObjectTypeTemplates') });
}
