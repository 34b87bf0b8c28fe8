// The normalized values one profile offers for one rule attribute, honouring the AttributeTypesSelector.
// A typed attribute (EmailAddress, PhoneNumber, Address.*) yields one value per selected sub-field that has a
// value, tagged with that sub-field; ONE_TO_ONE compares a sub-field only with the same sub-field, MANY_TO_MANY
// across all selected sub-fields (see comparisonKey). A typed attribute with no sub-field selected yields
// nothing, so a rule using it can never match (the domain-JSON diagnostics warn about that).
import type { AddressRecord, ProfileRecord } from '../profile';
import type { AttributeMatchingModel, AttributeSelector } from './config';
import { normalizeRuleCustom, normalizeRuleEmail, normalizeRulePhone, normalizeRuleScalar, normalizeRuleText } from './normalize';
import {
  ADDRESS_RULE_PARTS, attributeTypeOf, CUSTOM_ATTRIBUTE_PREFIX, isRuleAttributeName, resolveSubField,
  untypedRawValue, type AddressRecordField, type AttributeType, type EmailField, type PhoneField,
  type StandardRuleAttribute, type SubField,
} from './ruleAttributes';

export interface RuleValue {
  /** The value after the rule engine's normalization (never empty). */
  readonly value: string;
  /** The value as stored on the profile (for Address.Address: the street lines joined by a space). */
  readonly raw: string;
  /** For typed attributes: the ProfileRecord field it came from (e.g. BusinessEmailAddress). */
  readonly subField?: SubField;
}

/** The selected sub-fields of a type, as profile fields: configured order, unknown names dropped, no repeats. */
export function selectedSubFields(selector: AttributeSelector, type: AttributeType): SubField[] {
  const names = type === 'EmailAddress' ? selector.emailAddress : type === 'PhoneNumber' ? selector.phoneNumber : selector.address;
  const out: SubField[] = [];
  for (const name of names ?? []) {
    const field = resolveSubField(type, name);
    if (field && !out.includes(field)) out.push(field);
  }
  return out;
}

function addressRaw(address: AddressRecord | undefined, parts: readonly (keyof AddressRecord)[]): string | undefined {
  if (!address) return undefined;
  if (parts.length === 1) return address[parts[0]];
  const present = parts.map((p) => address[p]).filter((v): v is string => typeof v === 'string');
  return present.length ? present.join(' ') : undefined;
}

/** Where one value of an attribute comes from: a getter, the normalizer, and (typed) the sub-field it stands for. */
interface Source {
  readonly subField?: SubField;
  readonly raw: (profile: ProfileRecord) => string | undefined;
  readonly normalize: (raw: string | undefined) => string | undefined;
}

function typedSources(attribute: string, type: AttributeType, selector: AttributeSelector): Source[] {
  const parts = type === 'Address' ? ADDRESS_RULE_PARTS[attribute] : [];
  return selectedSubFields(selector, type).map((subField): Source => {
    if (type === 'EmailAddress') return { subField, raw: (p) => p[subField as EmailField], normalize: normalizeRuleEmail };
    if (type === 'PhoneNumber') return { subField, raw: (p) => p[subField as PhoneField], normalize: normalizeRulePhone };
    return { subField, raw: (p) => addressRaw(p[subField as AddressRecordField], parts), normalize: normalizeRuleText };
  });
}

function untypedSource(attribute: string): Source {
  if (attribute.startsWith(CUSTOM_ATTRIBUTE_PREFIX)) {
    const key = attribute.slice(CUSTOM_ATTRIBUTE_PREFIX.length);
    return {
      raw: (p) => (p.Attributes && Object.prototype.hasOwnProperty.call(p.Attributes, key) ? p.Attributes[key] : undefined),
      normalize: normalizeRuleCustom,
    };
  }
  const name = attribute as StandardRuleAttribute;
  const text = name === 'FirstName' || name === 'MiddleName' || name === 'LastName';
  return { raw: (p) => untypedRawValue(p, name), normalize: text ? normalizeRuleText : normalizeRuleScalar };
}

/** The sources of a rule attribute under a selector (none for a name a rule may not use, or no sub-fields). */
function sourcesOf(attribute: string, selector: AttributeSelector): Source[] {
  if (!isRuleAttributeName(attribute)) return [];
  const type = attributeTypeOf(attribute);
  return type ? typedSources(attribute, type, selector) : [untypedSource(attribute)];
}

/** The values `profile` offers for rule attribute `attribute` (empty: absent, or a name a rule may not use). */
export function ruleAttributeValues(profile: ProfileRecord, attribute: string, selector: AttributeSelector): RuleValue[] {
  const out: RuleValue[] = [];
  for (const source of sourcesOf(attribute, selector)) {
    const raw = source.raw(profile);
    const value = raw === undefined ? undefined : source.normalize(raw);
    if (raw !== undefined && value !== undefined) out.push(source.subField ? { value, raw, subField: source.subField } : { value, raw });
  }
  return out;
}

/**
 * The string two values must share to be equal under the matching model: ONE_TO_ONE ties a typed value to its
 * sub-field (so EmailAddress never equals BusinessEmailAddress), MANY_TO_MANY compares the value alone.
 */
export function comparisonKey(v: RuleValue, model: AttributeMatchingModel): string {
  return model === 'ONE_TO_ONE' && v.subField ? `${v.subField}\u0001${v.value}` : v.value;
}

/**
 * A reader of the distinct comparison keys a profile offers for one attribute, resolved once: the engine reads
 * every profile with it, so it builds no intermediate objects (same keys as comparisonKey over the values).
 */
export function compileAttributeKeys(attribute: string, selector: AttributeSelector): (profile: ProfileRecord) => string[] {
  const sources = sourcesOf(attribute, selector).map((s) => ({
    ...s, prefix: selector.matchingModel === 'ONE_TO_ONE' && s.subField ? `${s.subField}\u0001` : '',
  }));
  return (profile) => {
    const out: string[] = [];
    for (const source of sources) {
      const raw = source.raw(profile);
      if (raw === undefined) continue;
      const value = source.normalize(raw);
      if (value === undefined) continue;
      const key = source.prefix + value;
      if (out.length === 0 || !out.includes(key)) out.push(key);
    }
    return out;
  };
}

/** The distinct comparison keys a profile offers for one attribute. */
export function attributeKeys(profile: ProfileRecord, attribute: string, selector: AttributeSelector): string[] {
  return compileAttributeKeys(attribute, selector)(profile);
}
