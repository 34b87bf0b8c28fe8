// Whether a save must warn first because the service is evaluating the domain's rule-based matching. The reference
// (RuleBasedMatchingResponse.Status): IN_PROGRESS = "the system is evaluating the existing data and you can no
// longer change the Rule-based matching configuration"; ACTIVE = "you can change the rule a day after the status
// is in ACTIVE". GetDomain says when the domain last changed, not when Status became ACTIVE, so the one-day window
// is not knowable and is not guessed at: only IN_PROGRESS warns. Only an UpdateDomain that carries
// RuleBasedMatching (it sends changed members only) is affected. Pure.
import type { ApiCall } from './planSave';
import * as l10n from '@vscode/l10n';

export interface RuleLockWarning {
  readonly message: string;
  readonly detail: string;
  /** The button that sends anyway. */
  readonly action: string;
}

export function ruleLockWarning(calls: readonly ApiCall[], status: string | undefined, domainName: string): RuleLockWarning | undefined {
  if (status !== 'IN_PROGRESS') return undefined;
  const update = calls.find((c) => c.op === 'UpdateDomain');
  if (!update || update.op !== 'UpdateDomain' || update.input.RuleBasedMatching === undefined) return undefined;
  return {
    message: l10n.t('Rule-based matching of {0} is {1}: the service is evaluating the existing profiles and rejects changes to {2} until it is done.', domainName, 'IN_PROGRESS', 'RuleBasedMatching'),
    detail: l10n.t('If you send now, {0} will most likely fail and nothing will be changed (also not the other members you edited). Cancel keeps your text, marked "not applied"; save again once the status is {1} (shown in the domain\'s tooltip in the Customer Profiles explorer). The service also asks you to wait a day after it becomes {1} before changing the rules again.', 'UpdateDomain', 'ACTIVE'),
    action: l10n.t('Send Anyway'),
  };
}
