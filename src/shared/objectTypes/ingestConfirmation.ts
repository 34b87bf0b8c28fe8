// What the "Ingest Sample" modal says: exactly the PutProfileObject request (domain, object type, the object
// as it will be sent) and what it will do to profiles (attach to whom / create / refused). Pure, so the words
// are unit-tested; the host shows them in VS Code's modal and sends exactly `objectText` afterwards.
import * as l10n from '@vscode/l10n';
import type { DecisionView } from './attachDecision';

/** The object is shown in full up to this many characters (a modal is not a document). */
export const CONFIRM_OBJECT_CHARS = 1500;

export interface IngestConfirmation {
  readonly message: string;
  readonly detail: string;
  readonly action: string;
}

export interface IngestConfirmationInput {
  readonly domainName: string;
  readonly objectTypeName: string;
  readonly objectText: string;
  readonly decision: DecisionView;
}

/** `refusal`: nothing may be ingested (the decision is refused or not known yet), with why. */
export function ingestConfirmation(input: IngestConfirmationInput): IngestConfirmation | { readonly refusal: string } {
  const d = input.decision.decision;
  if (d.kind === 'refused') return { refusal: l10n.t('Not ingested: {0}', input.decision.summary) };
  if (d.kind === 'undecided') return { refusal: l10n.t('Not ingested: it is not known yet what {0} would do ({1}). Refresh the preview first.', 'PutProfileObject', d.reason) };
  const effect = d.kind === 'attach'
    ? l10n.t('It attaches to the existing profile {0} ({1}), found by {2}, and updates that profile from the object type\'s {3}.', d.profile.name, d.profile.profileId, `${d.keyName} = ${d.value}`, 'Fields')
    : l10n.t('No existing profile matches its {0} keys: the service creates a new profile ({1} is {2}).', 'PROFILE', 'AllowProfileCreation', 'TRUE');
  const pretty = prettyObject(input.objectText);
  const shown = pretty.length > CONFIRM_OBJECT_CHARS ? `${pretty.slice(0, CONFIRM_OBJECT_CHARS)}\n${l10n.t('… ({0} more characters)', pretty.length - CONFIRM_OBJECT_CHARS)}` : pretty;
  return {
    message: l10n.t('Ingest this sample into {0} as a {1} object?', input.domainName, input.objectTypeName),
    detail: `${l10n.t('{0} on domain {1}, {2} {3}, with this Object:', 'PutProfileObject', input.domainName, 'ObjectTypeName', input.objectTypeName)}\n${shown}\n\n${effect}\n${l10n.t('This changes the sandbox\'s data.')}`,
    action: l10n.t('Ingest Sample'),
  };
}

function prettyObject(text: string): string {
  try {
    return JSON.stringify(JSON.parse(text), null, 2);
  } catch {
    return text;
  }
}
