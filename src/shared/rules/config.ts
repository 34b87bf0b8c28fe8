// A domain's RuleBasedMatching configuration as the rule engine (sandbox), the matches panel, the "why"
// explanation and the domain-JSON diagnostics read it. One parse, so all four agree on what a rule level is.
// Pure: the input is the wire shape (GetDomain's RuleBasedMatching, or the edited document's), never an SDK type.

export type AttributeMatchingModel = 'ONE_TO_ONE' | 'MANY_TO_MANY';
export type RuleBasedMatchingStatus = 'PENDING' | 'IN_PROGRESS' | 'ACTIVE';

/** AttributeTypesSelector: which profile fields stand for the EmailAddress / PhoneNumber / Address.* types. */
export interface AttributeSelector {
  readonly matchingModel: AttributeMatchingModel;
  /** Sub-field names as configured (e.g. EmailAddress, BusinessEmailAddress); absent = none selected. */
  readonly emailAddress?: readonly string[];
  readonly phoneNumber?: readonly string[];
  readonly address?: readonly string[];
}

export interface RuleConflictResolution {
  readonly ConflictResolvingModel: 'RECENCY' | 'SOURCE';
  readonly SourceName?: string;
}

export interface RuleBasedConfig {
  readonly enabled: boolean;
  /** MatchingRules[i].Rule: index 0 is rule level 1. */
  readonly rules: readonly (readonly string[])[];
  /** MaxAllowedRuleLevelForMatching; defaults to the number of rules when absent. */
  readonly maxMatchingLevel: number;
  /** MaxAllowedRuleLevelForMerging; absent = match only, no merging. */
  readonly maxMergingLevel?: number;
  readonly selector: AttributeSelector;
  readonly conflictResolution?: RuleConflictResolution;
  readonly status?: RuleBasedMatchingStatus;
}

const isRecord = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);
const strings = (v: unknown): string[] | undefined =>
  Array.isArray(v) ? v.filter((s): s is string => typeof s === 'string') : undefined;
const positiveInt = (v: unknown): number | undefined =>
  typeof v === 'number' && Number.isInteger(v) && v > 0 ? v : undefined;

/**
 * The configuration from a RuleBasedMatching object (wire member names), or undefined when there is none.
 * Lenient on purpose: the domain-JSON diagnostics report what is wrong; this only reads what is there.
 */
export function parseRuleBasedConfig(raw: unknown): RuleBasedConfig | undefined {
  if (!isRecord(raw)) return undefined;
  const rules = Array.isArray(raw.MatchingRules)
    ? raw.MatchingRules.map((r) => (isRecord(r) ? strings(r.Rule) ?? [] : []))
    : [];
  const sel = isRecord(raw.AttributeTypesSelector) ? raw.AttributeTypesSelector : {};
  const cr = isRecord(raw.ConflictResolution) ? raw.ConflictResolution : undefined;
  const model = cr?.ConflictResolvingModel;
  const status = raw.Status;
  return {
    enabled: raw.Enabled === true,
    rules,
    maxMatchingLevel: positiveInt(raw.MaxAllowedRuleLevelForMatching) ?? rules.length,
    maxMergingLevel: positiveInt(raw.MaxAllowedRuleLevelForMerging),
    selector: {
      matchingModel: sel.AttributeMatchingModel === 'MANY_TO_MANY' ? 'MANY_TO_MANY' : 'ONE_TO_ONE',
      emailAddress: strings(sel.EmailAddress),
      phoneNumber: strings(sel.PhoneNumber),
      address: strings(sel.Address),
    },
    conflictResolution: model === 'RECENCY' || model === 'SOURCE'
      ? { ConflictResolvingModel: model, SourceName: typeof cr?.SourceName === 'string' ? cr.SourceName : undefined }
      : undefined,
    status: status === 'PENDING' || status === 'IN_PROGRESS' || status === 'ACTIVE' ? status : undefined,
  };
}
