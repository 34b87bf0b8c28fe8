// CreateProfile / UpdateProfile / DeleteProfile / BatchGetProfile / AddProfileKey / SearchProfiles.
import type { ProfileRecord } from '../../shared/profile';
import { ADDRESS_FIELDS } from '../../shared/profile';
import { notFound } from '../errors';
import { newId } from '../ids';
import { recordDeleted, recordHistory } from '../store/history';
import { removeProfilesFromGroups } from '../store/merge';
import { addProfileKey, newStoredProfile } from '../store/objects';
import { profilesChanged } from '../store/profileEvents';
import { matchKey } from '../store/searchKeys';
import type { DomainState, StoredProfile } from '../store/types';
import { as, pageArgs, requireDomain, type HandlerTable, type Input } from './context';

/** Members of the Create/UpdateProfile input that are not profile fields. */
const NOT_PROFILE_FIELDS = new Set(['DomainName', 'ProfileId']);
const ADDRESSES: ReadonlySet<string> = new Set(ADDRESS_FIELDS);

export function requireProfile(d: DomainState, id: unknown): StoredProfile {
  const p = typeof id === 'string' ? d.profiles.get(id) : undefined;
  if (!p) throw notFound(`Profile ${String(id)} does not exist in domain ${d.DomainName}.`);
  return p;
}

function profileFields(input: Input): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(input)) if (!NOT_PROFILE_FIELDS.has(k)) out[k] = structuredClone(v);
  return out;
}

/** UpdateProfile semantics: a given value replaces, "" removes (scalars, address parts, attributes). */
function applyUpdate(profile: ProfileRecord, update: Record<string, unknown>): ProfileRecord {
  const next = structuredClone(profile) as unknown as Record<string, unknown>;
  for (const [field, value] of Object.entries(update)) {
    if (ADDRESSES.has(field) || field === 'Attributes') {
      const merged: Record<string, unknown> = { ...((next[field] as Record<string, unknown>) ?? {}) };
      for (const [k, v] of Object.entries(value as Record<string, unknown>)) {
        if (v === '') delete merged[k];
        else Object.defineProperty(merged, k, { value: v, enumerable: true, writable: true, configurable: true });
      }
      if (Object.keys(merged).length) next[field] = merged;
      else delete next[field];
    } else if (value === '') delete next[field];
    else next[field] = value;
  }
  return next as unknown as ProfileRecord;
}

export const profileHandlers: HandlerTable = {
  CreateProfile(input, ctx) {
    const d = requireDomain(ctx, input.DomainName);
    const id = newId();
    const stored = newStoredProfile({ ...(profileFields(input) as Omit<ProfileRecord, 'ProfileId'>), ProfileId: id }, ctx.now());
    d.profiles.set(id, stored);
    recordHistory(d, id, { action: 'CREATED', content: stored.profile }, ctx.now());
    profilesChanged(d, [id]);
    return { ProfileId: id };
  },

  UpdateProfile(input, ctx) {
    const d = requireDomain(ctx, input.DomainName);
    const p = requireProfile(d, input.ProfileId);
    p.profile = { ...applyUpdate(p.profile, profileFields(input)), ProfileId: p.profile.ProfileId };
    p.lastUpdatedAt = ctx.now();
    recordHistory(d, p.profile.ProfileId, { action: 'UPDATED', content: p.profile }, ctx.now());
    profilesChanged(d, [p.profile.ProfileId]);
    return { ProfileId: p.profile.ProfileId };
  },

  DeleteProfile(input, ctx) {
    const d = requireDomain(ctx, input.DomainName);
    const p = requireProfile(d, input.ProfileId);
    d.profiles.delete(p.profile.ProfileId);
    removeProfilesFromGroups(d, new Set([p.profile.ProfileId]));
    recordDeleted(d, p.profile, ctx.now());
    profilesChanged(d, [], [p.profile.ProfileId]);
    return { Message: `Profile ${p.profile.ProfileId} was deleted.` };
  },

  BatchGetProfile(input, ctx) {
    const d = requireDomain(ctx, input.DomainName);
    const ids = [...new Set(input.ProfileIds as string[])];
    const Profiles: ProfileRecord[] = [];
    const Errors: Array<Record<string, string>> = [];
    for (const id of ids) {
      const p = d.profiles.get(id);
      if (p) Profiles.push(p.profile);
      else Errors.push({ Code: 'ResourceNotFoundException', Message: `Profile ${id} does not exist in domain ${d.DomainName}.`, ProfileId: id });
    }
    return { Profiles, Errors };
  },

  AddProfileKey(input, ctx) {
    const req = as<{ DomainName: string; ProfileId: string; KeyName: string; Values: string[] }>(input);
    const d = requireDomain(ctx, req.DomainName);
    const p = requireProfile(d, req.ProfileId);
    addProfileKey(p, req.KeyName, req.Values);
    p.lastUpdatedAt = ctx.now();
    recordHistory(d, req.ProfileId, { action: 'ADDED_PROFILE_KEY', content: { KeyName: req.KeyName, Values: req.Values } }, ctx.now());
    return { KeyName: req.KeyName, Values: req.Values };
  },

  SearchProfiles(input, ctx) {
    const req = as<{
      DomainName: string; KeyName: string; Values: string[];
      AdditionalSearchKeys?: Array<{ KeyName: string; Values: string[] }>; LogicalOperator?: 'AND' | 'OR';
    }>(input);
    const d = requireDomain(ctx, req.DomainName);
    const criteria = [{ KeyName: req.KeyName, Values: req.Values }, ...(req.AdditionalSearchKeys ?? [])];
    const all = req.LogicalOperator === 'AND';
    const hits: Array<{ id: string; profile: ProfileRecord; found: Array<{ KeyName: string; Values: string[] }> }> = [];
    for (const p of d.profiles.values()) {
      const found = criteria
        .map((c) => ({ KeyName: c.KeyName, Values: matchKey(p, c.KeyName, c.Values) }))
        .filter((f) => f.Values.length > 0);
      if (all ? found.length === criteria.length : found.length > 0) hits.push({ id: p.profile.ProfileId, profile: p.profile, found });
    }
    hits.sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
    // The token is only valid for the same criteria.
    const scope = JSON.stringify([d.DomainName, criteria, all]);
    const page = ctx.pager.page(hits, (h) => h.id, { op: 'SearchProfiles', scope, ...pageArgs(input), defaultMax: 20 });
    return { Items: page.items.map((h) => ({ ...h.profile, FoundByItems: h.found })), NextToken: page.nextToken };
  },
};
