// Where an ObjectTypeField's Target writes: a standard profile member (`_profile.FirstName`), an address part
// (`_profile.Address.PostalCode`, the reference's own example), a custom attribute
// (`_profile.Attributes.loyaltypoints`), or somewhere outside the profile (`_ctr.ContactId`, `_asset.*`, …:
// the value stays on the stored object and fills no profile attribute).
import * as l10n from '@vscode/l10n';
import { ADDRESS_FIELDS, ADDRESS_PARTS, SCALAR_FIELDS } from '../profile';
import type { TargetKind } from './types';

export const PROFILE_PREFIX = '_profile.';

export interface TargetInfo {
  readonly kind: TargetKind;
  readonly profileAttribute?: string;
  readonly problem?: string;
}

const has = (list: readonly string[], v: string): boolean => list.includes(v);

export function classifyTarget(target: string | undefined): TargetInfo {
  if (target === undefined || target === '') return { kind: 'invalid', problem: l10n.t('the field has no {0}', 'Target') };
  if (!target.startsWith(PROFILE_PREFIX)) return { kind: 'object' };
  const rest = target.slice(PROFILE_PREFIX.length);
  const dot = rest.indexOf('.');
  const member = dot < 0 ? rest : rest.slice(0, dot);
  const sub = dot < 0 ? undefined : rest.slice(dot + 1);
  if (member === 'Attributes') {
    return sub ? { kind: 'attribute', profileAttribute: `Attributes.${sub}` } : { kind: 'invalid', problem: l10n.t('{0} names no attribute (write {1})', target, '_profile.Attributes.<name>') };
  }
  if (has(ADDRESS_FIELDS, member)) {
    if (sub && has(ADDRESS_PARTS, sub)) return { kind: 'address', profileAttribute: `${member}.${sub}` };
    return { kind: 'invalid', problem: l10n.t('{0}: an address target names one of {1}', target, ADDRESS_PARTS.join(', ')) };
  }
  if (has(SCALAR_FIELDS, member) && sub === undefined) return { kind: 'standard', profileAttribute: member };
  if (member === 'ProfileId') return { kind: 'invalid', problem: l10n.t('{0}: the {1} is the service\'s, not a mapping target', target, 'ProfileId') };
  return { kind: 'invalid', problem: l10n.t('{0} is not a member of the standard profile', target) };
}
