// Shared builders for the rule-engine tests: a config from a compact description, profiles with sequential ids.
import type { ProfileRecord } from '../../../src/shared/profile';
import type { RuleMatchIndex } from '../../../src/sandbox/rules/ruleMatchIndex';
import { parseRuleBasedConfig, type RuleBasedConfig } from '../../../src/shared/rules/config';

export function config(rules: string[][], extra: Record<string, unknown> = {}, selector: Record<string, unknown> = {}): RuleBasedConfig {
  const parsed = parseRuleBasedConfig({
    Enabled: true,
    MatchingRules: rules.map((Rule) => ({ Rule })),
    AttributeTypesSelector: { AttributeMatchingModel: 'ONE_TO_ONE', EmailAddress: ['EmailAddress'], PhoneNumber: ['PhoneNumber'], Address: ['Address'], ...selector },
    ...extra,
  });
  if (!parsed) throw new Error('unparsable test config');
  return parsed;
}

export function profiles(...records: Omit<ProfileRecord, 'ProfileId'>[]): ProfileRecord[] {
  return records.map((r, i) => ({ ProfileId: `p${String(i + 1).padStart(2, '0')}`, ...r }));
}

/** The groups as "level:id,id" strings, sorted: easy to read in a failure. */
export function shape(index: RuleMatchIndex): string[] {
  return index.groups().map((g) => `${g.RuleLevel}:${g.ProfileIds.join(',')}`).sort();
}
