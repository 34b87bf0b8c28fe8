// Localized texts of the ML "why" breakdown. explainMlMatch (src/shared/identity, pure and shared with the
// sandbox matcher) names each attribute and comparison outcome by id and carries an English label; the view shows
// these translations by id and falls back to the model's English label for an id it does not know yet (a new
// outcome added to the matcher still shows, just untranslated).
import * as l10n from '@vscode/l10n';

type Texts = Readonly<Record<string, () => string>>;

const ATTRIBUTE_TITLES: Texts = {
  email: () => l10n.t('E-mail'),
  phone: () => l10n.t('Phone'),
  firstName: () => l10n.t('First name'),
  lastName: () => l10n.t('Last name'),
  birthDate: () => l10n.t('Birth date'),
  address: () => l10n.t('Address (street + postal code)'),
  accountNumber: () => l10n.t('Account number'),
  gender: () => l10n.t('Gender'),
};

/** Outcome texts per attribute; 'missing' is shared by every attribute. */
const OUTCOME_LABELS: Readonly<Record<string, Texts>> = {
  email: { agree: () => l10n.t('same e-mail address'), differ: () => l10n.t('no e-mail address in common') },
  phone: { agree: () => l10n.t('a number in common (format ignored)'), differ: () => l10n.t('no number in common') },
  firstName: {
    exact: () => l10n.t('same given name'), nickname: () => l10n.t('nickname of the same name'),
    initial: () => l10n.t('initial agrees with the name'), close: () => l10n.t('similar spelling'),
    typo: () => l10n.t('one keystroke apart'), swapped: () => l10n.t('first and last name swapped'),
    differ: () => l10n.t('different given names'),
  },
  lastName: {
    exact: () => l10n.t('same surname'), close: () => l10n.t('similar spelling'), typo: () => l10n.t('one keystroke apart'),
    swapped: () => l10n.t('first and last name swapped'), differ: () => l10n.t('different surnames (a changed name?)'),
  },
  birthDate: { agree: () => l10n.t('same birth date'), differ: () => l10n.t('different birth dates') },
  address: { agree: () => l10n.t('same street and postal code'), differ: () => l10n.t('different street or postal code') },
  accountNumber: { agree: () => l10n.t('same account number'), differ: () => l10n.t('different account numbers') },
  gender: { agree: () => l10n.t('same gender'), differ: () => l10n.t('different genders') },
};

export function attributeTitle(attribute: string, modelTitle: string): string {
  return Object.hasOwn(ATTRIBUTE_TITLES, attribute) ? ATTRIBUTE_TITLES[attribute]() : modelTitle;
}

export function outcomeLabel(attribute: string, outcome: string, modelLabel: string): string {
  const texts = Object.hasOwn(OUTCOME_LABELS, attribute) ? OUTCOME_LABELS[attribute] : undefined;
  if (texts && Object.hasOwn(texts, outcome)) return texts[outcome]();
  if (outcome === 'missing') return l10n.t('missing on one side');
  return modelLabel;
}
