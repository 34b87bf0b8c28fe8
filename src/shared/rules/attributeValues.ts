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

function addressRaw(address: AddressRecord | undefined, attribute: string): string | undefined {
  if (!address) return undefined;
  const parts = ADDRESS_RULE_PARTS[attribute].map((p) => address[p]).filter((v): v is string => typeof v === 'string');
  return parts.length ? parts.join(' ') : undefined;
}

function typedValues(profile: ProfileRecord, attribute: string, type: AttributeType, selector: AttributeSelector): RuleValue[] {
  const out: RuleValue[] = [];
  for (const subField of selectedSubFields(selector, type)) {
    let raw: string | undefined;
    let value: string | undefined;
    if (type === 'EmailAddress') {
      raw = profile[subField as EmailField];
      value = normalizeRuleEmail(raw);
    } else if (type === 'PhoneNumber') {
      raw = profile[subField as PhoneField];
      value = normalizeRulePhone(raw);
    } else {
      raw = addressRaw(profile[subField as AddressRecordField], attribute);
      value = normalizeRuleText(raw);
    }
    if (raw !== undefined && value !== undefined) out.push({ value, raw, subField });
  }
  return out;
}

/** The values `profile` offers for rule attribute `attribute` (empty: absent, or a name a rule may not use). */
export function ruleAttributeValues(profile: ProfileRecord, attribute: string, selector: AttributeSelector): RuleValue[] {
  if (!isRuleAttributeName(attribute)) return [];
  const type = attributeTypeOf(attribute);
  if (type) return typedValues(profile, attribute, type, selector);
  let raw: string | undefined;
  let value: string | undefined;
  if (attribute.startsWith(CUSTOM_ATTRIBUTE_PREFIX)) {
    const key = attribute.slice(CUSTOM_ATTRIBUTE_PREFIX.length);
    const attrs = profile.Attributes;
    raw = attrs && Object.prototype.hasOwnProperty.call(attrs, key) ? attrs[key] : undefined;
    value = normalizeRuleCustom(raw);
  } else {
    raw = untypedRawValue(profile, attribute as StandardRuleAttribute);
    value = attribute === 'FirstName' || attribute === 'MiddleName' || attribute === 'LastName'
      ? normalizeRuleText(raw) : normalizeRuleScalar(raw);
  }
  return raw !== undefined && value !== undefined ? [{ value, raw }] : [];
}

/**
 * The string two values must share to be equal under the matching model: ONE_TO_ONE ties a typed value to its
 * sub-field (so EmailAddress never equals BusinessEmailAddress), MANY_TO_MANY compares the value alone.
 */
export function comparisonKey(v: RuleValue, model: AttributeMatchingModel): string {
  return model === 'ONE_TO_ONE' && v.subField ? `${v.subField}\u0001${v.value}` : v.value;
}

/** The distinct comparison keys a profile offers for one attribute. */
export function attributeKeys(profile: ProfileRecord, attribute: string, selector: AttributeSelector): string[] {
  const keys = ruleAttributeValues(profile, attribute, selector).map((v) => comparisonKey(v, selector.matchingModel));
  return keys.length > 1 ? [...new Set(keys)] : keys;
}

/** Does every profile share one comparison key on this attribute? (The key, or undefined.) */
export function commonKey(profiles: readonly ProfileRecord[], attribute: string, selector: AttributeSelector): string | undefined {
  if (profiles.length === 0) return undefined;
  let common = new Set(attributeKeys(profiles[0], attribute, selector));
  for (const p of profiles.slice(1)) {
    const next = new Set(attributeKeys(p, attribute, selector));
    common = new Set([...common].filter((k) => next.has(k)));
    if (common.size === 0) return undefined;
  }
  return [...common].sort()[0];
}
