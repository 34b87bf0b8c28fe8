import * as assert from 'assert';
import { blankObjectType, editableObjectType, objectTypeFromTemplate } from '../../../src/host/domainJson/editableObjectType';
import { domainNameArg, objectTypeArg } from '../../../src/host/domainJson/commandArgs';
import { newDomainTemplate } from '../../../src/host/domainJson/templates';
import { validateDocument } from '../../../src/host/domainJson/validateDocument';
import objectTypeSchema from '../../../src/schemas/object-type.schema.json';
import domainCreateSchema from '../../../src/schemas/domain-create.schema.json';

describe('object type documents, command arguments, templates', () => {
  it('editableObjectType keeps only PutProfileObjectType members and drops empty tags', () => {
    const output = {
      ObjectTypeName: 'Order', Description: 'd', CreatedAt: new Date(0), LastUpdatedAt: new Date(1), MaxAvailableProfileObjectCount: 5,
      ExpirationDays: 30, Fields: {}, Tags: {},
    };
    assert.deepStrictEqual(editableObjectType(output), { Description: 'd', ExpirationDays: 30, Fields: {} });
  });

  it('a template becomes a valid, self-contained document (no TemplateId)', () => {
    const doc = objectTypeFromTemplate(
      {
        TemplateId: 'Shopify-Order', SourceName: 'Shopify', SourceObject: 'Order', AllowProfileCreation: true,
        Fields: { id: { Source: '_source.id', Target: '_order.Id', ContentType: 'STRING' } },
        Keys: { id: [{ StandardIdentifiers: ['UNIQUE'], FieldNames: ['id'] }] },
      },
      'Orders',
    );
    assert.strictEqual(doc.Description, 'Shopify Order (from template Shopify-Order)');
    assert.strictEqual(doc.TemplateId, undefined);
    assert.ok(validateDocument(JSON.stringify(doc), objectTypeSchema).ok);
  });

  it('the blank object type and the new-domain template validate', () => {
    assert.ok(validateDocument(JSON.stringify(blankObjectType('Orders')), objectTypeSchema).ok);
    const created = validateDocument(newDomainTemplate(), domainCreateSchema);
    assert.ok(created.ok, JSON.stringify(created));
  });

  it('command arguments: nodes, names, nothing', () => {
    assert.strictEqual(domainNameArg('d'), 'd');
    assert.strictEqual(domainNameArg({ kind: 'domain', domainName: 'd' }), 'd');
    assert.strictEqual(domainNameArg(undefined), undefined);
    assert.strictEqual(domainNameArg(''), undefined);
    assert.deepStrictEqual(objectTypeArg({ kind: 'objectType', domainName: 'd', objectTypeName: 'O' }), { domainName: 'd', objectTypeName: 'O' });
    assert.strictEqual(objectTypeArg({ kind: 'folder', domainName: 'd' }), undefined);
  });
});
