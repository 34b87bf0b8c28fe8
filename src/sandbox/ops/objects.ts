// PutProfileObject / ListProfileObjects.
import { notFound } from '../errors';
import { ingestObject, objectKeyValues } from '../store/objects';
import type { DomainState, ObjectTypeState, StoredObject } from '../store/types';
import { as, pageArgs, requireDomain, type HandlerTable } from './context';
import { requireProfile } from './profiles';

function requireObjectType(d: DomainState, name: unknown): ObjectTypeState {
  const t = typeof name === 'string' ? d.objectTypes.get(name) : undefined;
  if (!t) throw notFound(`Object type ${String(name)} does not exist in domain ${d.DomainName}.`);
  return t;
}

function matchesFilter(t: ObjectTypeState, o: StoredObject, filter: { KeyName: string; Values: string[] } | undefined): boolean {
  if (!filter) return true;
  if (filter.KeyName === '_profileId') return filter.Values.includes(o.ProfileId);
  const values = objectKeyValues(t, JSON.parse(o.Object) as Record<string, unknown>).filter((k) => k.keyName === filter.KeyName).map((k) => k.value);
  return values.some((v) => filter.Values.includes(v));
}

export const objectHandlers: HandlerTable = {
  PutProfileObject(input, ctx) {
    const req = as<{ DomainName: string; ObjectTypeName: string; Object: string }>(input);
    const d = requireDomain(ctx, req.DomainName);
    const t = requireObjectType(d, req.ObjectTypeName);
    return { ProfileObjectUniqueKey: ingestObject(d, t, req.Object, ctx.now()) };
  },

  ListProfileObjects(input, ctx) {
    const req = as<{ DomainName: string; ObjectTypeName: string; ProfileId: string; ObjectFilter?: { KeyName: string; Values: string[] } }>(input);
    const d = requireDomain(ctx, req.DomainName);
    const t = requireObjectType(d, req.ObjectTypeName);
    const p = requireProfile(d, req.ProfileId);
    const objects = [...(p.objects.get(t.ObjectTypeName)?.values() ?? [])]
      .filter((o) => matchesFilter(t, o, req.ObjectFilter))
      .sort((a, b) => (a.ProfileObjectUniqueKey < b.ProfileObjectUniqueKey ? -1 : a.ProfileObjectUniqueKey > b.ProfileObjectUniqueKey ? 1 : 0));
    const scope = JSON.stringify([d.DomainName, t.ObjectTypeName, p.profile.ProfileId, req.ObjectFilter ?? null]);
    const page = ctx.pager.page(objects, (o) => o.ProfileObjectUniqueKey, { op: 'ListProfileObjects', scope, ...pageArgs(input), defaultMax: 100 });
    return {
      Items: page.items.map((o) => ({ ObjectTypeName: o.ObjectTypeName, ProfileObjectUniqueKey: o.ProfileObjectUniqueKey, Object: o.Object })),
      NextToken: page.nextToken,
    };
  },
};
