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
  email: {
    agree: () => l10n.t('same e-mail address'), differ: () => l10n.t('no e-mail address in common'),
    separators: () => l10n.t('the same mailbox apart from separators or a +tag (JOHN_DOE / johndoe)'),
    shared: () => l10n.t('a mailbox in common that people of different names also use (role mailbox)'),
  },
  phone: {
    agree: () => l10n.t('a number in common (same number in E.164)'), differ: () => l10n.t('no number in common'),
    shared: () => l10n.t('a number in common that people of different names also use (switchboard, recycled)'),
  },
  firstName: {
    exact: () => l10n.t('same given name'), nickname: () => l10n.t('nickname of the same name'),
    initial: () => l10n.t('initial agrees with the name'), close: () => l10n.t('similar spelling'),
    typo: () => l10n.t('one keystroke apart'), swapped: () => l10n.t('first and last name swapped'),
    differ: () => l10n.t('different given names'),
  },
  lastName: {
    exact: () => l10n.t('same surname'), close: () => l10n.t('similar spelling'), typo: () => l10n.t('one keystroke apart'),
    compound: () => l10n.t('one surname is part of the other (compound surname)'),
    generation: () => l10n.t('different generational suffix (Jr / Sr)'),
    swapped: () => l10n.t('first and last name swapped'), differ: () => l10n.t('different surnames (a changed name?)'),
  },
  birthDate: {
    agree: () => l10n.t('same birth date'), differ: () => l10n.t('different birth dates'),
    ambiguous: () => l10n.t('same birth date under one reading of an ambiguous day/month'),
    typo: () => l10n.t('one digit apart, or day and month swapped'),
  },
  address: {
    agree: () => l10n.t('same street and postal code'), differ: () => l10n.t('different street or postal code'),
    close: () => l10n.t('same street, postal code one character apart'), unit: () => l10n.t('same building, different unit'),
    shared: () => l10n.t('same street and postal code, which people of different surnames also give (an office)'),
  },
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
