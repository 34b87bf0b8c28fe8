// Put/Get/Delete/ListProfileObjectTypes and the object type templates.
import { badRequest, notFound, type ApiError } from '../errors';
import { scrubObjectType } from '../store/objects';
import type { ObjectTypeState } from '../store/types';
import { findTemplate, TEMPLATES, type ObjectTypeTemplate } from '../templates';
import { as, byKey, pageArgs, requireDomain, type HandlerTable } from './context';

type PutObjectTypeInput = Omit<ObjectTypeState, 'CreatedAt' | 'LastUpdatedAt' | 'Tags'> & { DomainName: string; Tags?: Record<string, string> };

function objectTypeView(t: ObjectTypeState): Record<string, unknown> {
  return {
    ObjectTypeName: t.ObjectTypeName,
    Description: t.Description,
    TemplateId: t.TemplateId,
    ExpirationDays: t.ExpirationDays,
    EncryptionKey: t.EncryptionKey,
    AllowProfileCreation: t.AllowProfileCreation,
    SourceLastUpdatedTimestampFormat: t.SourceLastUpdatedTimestampFormat,
    MaxProfileObjectCount: t.MaxProfileObjectCount,
    MaxAvailableProfileObjectCount: t.MaxProfileObjectCount,
    SourcePriority: t.SourcePriority,
    Fields: t.Fields,
    Keys: t.Keys,
    CreatedAt: t.CreatedAt,
    LastUpdatedAt: t.LastUpdatedAt,
    Tags: t.Tags.size ? t.Tags : undefined,
  };
}

/** Every key must name fields that exist, or objects could never produce its value. */
function checkKeys(fields: ObjectTypeState['Fields'], keys: ObjectTypeState['Keys']): void {
  for (const [keyName, defs] of Object.entries(keys ?? {})) {
    for (const def of defs) {
      for (const fn of def.FieldNames ?? []) {
        if (!fields || !Object.prototype.hasOwnProperty.call(fields, fn)) throw badRequest(`Keys.${keyName}: field ${fn} is not defined in Fields.`);
      }
    }
  }
}

const unknownTemplate = (id: string): ApiError =>
  notFound(`Template ${id} does not exist. ListProfileObjectTypeTemplates lists the ${TEMPLATES.length} templates: ${TEMPLATES.map((t) => t.TemplateId).join(', ')}.`);

const templateItem = (t: ObjectTypeTemplate): Record<string, unknown> => ({ TemplateId: t.TemplateId, SourceName: t.SourceName, SourceObject: t.SourceObject });

export const objectTypeHandlers: HandlerTable = {
  PutProfileObjectType(input, ctx) {
    const req = as<PutObjectTypeInput>(input);
    const d = requireDomain(ctx, req.DomainName);
    let template: ObjectTypeTemplate | undefined;
    if (req.TemplateId !== undefined) {
      template = findTemplate(req.TemplateId);
      // ResourceNotFound (modeled for PutProfileObjectType): the template is a missing resource, as in
      // GetProfileObjectTypeTemplate, not a malformed request.
      if (!template) throw unknownTemplate(req.TemplateId);
    }
    const fields = req.Fields ?? (template ? structuredClone(template.Fields) : undefined);
    const keys = req.Keys ?? (template ? structuredClone(template.Keys) : undefined);
    checkKeys(fields, keys);
    const now = ctx.now();
    const existing = d.objectTypes.get(req.ObjectTypeName);
    const t: ObjectTypeState = {
      ObjectTypeName: req.ObjectTypeName,
      Description: req.Description,
      TemplateId: req.TemplateId,
      ExpirationDays: req.ExpirationDays ?? d.DefaultExpirationDays,
      EncryptionKey: req.EncryptionKey,
      AllowProfileCreation: req.AllowProfileCreation ?? template?.AllowProfileCreation ?? false,
      SourceLastUpdatedTimestampFormat: req.SourceLastUpdatedTimestampFormat ?? template?.SourceLastUpdatedTimestampFormat,
      MaxProfileObjectCount: req.MaxProfileObjectCount,
      SourcePriority: req.SourcePriority,
      Fields: fields,
      Keys: keys,
      CreatedAt: existing?.CreatedAt ?? now,
      LastUpdatedAt: now,
      Tags: existing?.Tags ?? new Map(),
    };
    for (const [k, v] of Object.entries(req.Tags ?? {})) t.Tags.set(k, v);
    d.objectTypes.set(t.ObjectTypeName, t);
    return objectTypeView(t);
  },

  GetProfileObjectType(input, ctx) {
    const d = requireDomain(ctx, input.DomainName);
    const t = d.objectTypes.get(input.ObjectTypeName as string);
    if (!t) throw notFound(`Object type ${String(input.ObjectTypeName)} does not exist in domain ${d.DomainName}.`);
    return objectTypeView(t);
  },

  DeleteProfileObjectType(input, ctx) {
    const d = requireDomain(ctx, input.DomainName);
    const name = input.ObjectTypeName as string;
    if (!d.objectTypes.delete(name)) throw notFound(`Object type ${name} does not exist in domain ${d.DomainName}.`);
    // The type's objects go with it, and the profile fields and keys it populated.
    scrubObjectType(d, name, ctx.now());
    return { Message: `Object type ${name} was deleted.` };
  },

  ListProfileObjectTypes(input, ctx) {
    const d = requireDomain(ctx, input.DomainName);
    const name = (t: ObjectTypeState): string => t.ObjectTypeName;
    const page = ctx.pager.page([...d.objectTypes.values()].sort(byKey(name)), name, {
      op: 'ListProfileObjectTypes', scope: d.DomainName, ...pageArgs(input), defaultMax: 100,
    });
    return {
      Items: page.items.map((t) => ({
        ObjectTypeName: t.ObjectTypeName,
        Description: t.Description,
        CreatedAt: t.CreatedAt,
        LastUpdatedAt: t.LastUpdatedAt,
        MaxProfileObjectCount: t.MaxProfileObjectCount,
        MaxAvailableProfileObjectCount: t.MaxProfileObjectCount,
        SourcePriority: t.SourcePriority,
        Tags: t.Tags.size ? t.Tags : undefined,
      })),
      NextToken: page.nextToken,
    };
  },

  ListProfileObjectTypeTemplates(input, ctx) {
    const id = (t: ObjectTypeTemplate): string => t.TemplateId;
    const page = ctx.pager.page([...TEMPLATES].sort(byKey(id)), id, { op: 'ListProfileObjectTypeTemplates', scope: '', ...pageArgs(input), defaultMax: 100 });
    return { Items: page.items.map(templateItem), NextToken: page.nextToken };
  },

  GetProfileObjectTypeTemplate(input) {
    const t = findTemplate(input.TemplateId as string);
    if (!t) throw unknownTemplate(String(input.TemplateId));
    return structuredClone(t);
  },
};
