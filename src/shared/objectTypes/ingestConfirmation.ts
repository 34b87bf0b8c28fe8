// What the "Ingest Sample" modal says: exactly the PutProfileObject request (domain, object type, the object
// as it will be sent) and what it will do to profiles (attach to whom / create / refused). Pure, so the words
// are unit-tested; the host shows them in VS Code's modal and sends exactly `objectText` afterwards.
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
  if (d.kind === 'refused') return { refusal: `Not ingested: ${input.decision.summary}` };
  if (d.kind === 'undecided') return { refusal: `Not ingested: it is not known yet what PutProfileObject would do (${d.reason}). Refresh the preview first.` };
  const effect = d.kind === 'attach'
    ? `It attaches to the existing profile ${d.profile.name} (${d.profile.profileId}), found by ${d.keyName} = ${d.value}, and updates that profile from the object type's Fields.`
    : 'No existing profile matches its PROFILE keys: the service creates a new profile (AllowProfileCreation is TRUE).';
  const pretty = prettyObject(input.objectText);
  const shown = pretty.length > CONFIRM_OBJECT_CHARS ? `${pretty.slice(0, CONFIRM_OBJECT_CHARS)}\n… (${pretty.length - CONFIRM_OBJECT_CHARS} more characters)` : pretty;
  return {
    message: `Ingest this sample into ${input.domainName} as a ${input.objectTypeName} object?`,
    detail: `PutProfileObject on domain ${input.domainName}, ObjectTypeName ${input.objectTypeName}, with this Object:\n${shown}\n\n${effect}\nThis changes the sandbox's data.`,
    action: 'Ingest Sample',
  };
}

function prettyObject(text: string): string {
  try {
    return JSON.stringify(JSON.parse(text), null, 2);
  } catch {
    return text;
  }
}
