import * as assert from 'node:assert/strict';
import { previewMapping } from '../../../src/shared/objectTypes/previewMapping';
import type { FieldPreview, ObjectTypeDefinition } from '../../../src/shared/objectTypes/types';

const one = (def: { Source?: string; Target?: string; ContentType?: string }, sample: unknown): FieldPreview =>
  previewMapping({ Fields: { f: def } }, sample).fields[0];

/** Targets: [Target, kind, profile attribute, problem pattern?]. */
const TARGETS: [string | undefined, string, string | undefined, RegExp?][] = [
  ['_profile.FirstName', 'standard', 'FirstName'],
  ['_profile.EmailAddress', 'standard', 'EmailAddress'],
  ['_profile.Address.City', 'address', 'Address.City'],
  ['_profile.ShippingAddress.PostalCode', 'address', 'ShippingAddress.PostalCode'],
  ['_profile.Attributes.loyaltypoints', 'attribute', 'Attributes.loyaltypoints'],
  ['_profile.Attributes.a.b', 'attribute', 'Attributes.a.b'],
  ['_ctr.ContactId', 'object', undefined],
  ['_asset.AssetId', 'object', undefined],
  ['_profile.Attributes', 'invalid', undefined, /names no attribute/],
  ['_profile.Address.Street', 'invalid', undefined, /an address target names one of Address1/],
  ['_profile.Address', 'invalid', undefined, /an address target/],
  ['_profile.FavouriteColour', 'invalid', undefined, /not a member of the standard profile/],
  ['_profile.FirstName.x', 'invalid', undefined, /not a member/],
  ['_profile.ProfileId', 'invalid', undefined, /the ProfileId is the service's/],
  [undefined, 'invalid', undefined, /no Target/],
];

describe('objectTypes/previewMapping: targets', () => {
  for (const [target, kind, attr, problem] of TARGETS) {
    it(`${target ?? '(none)'} → ${kind}${attr ? ` ${attr}` : ''}`, () => {
      const f = one({ Source: '_source.x', Target: target }, { x: 'v' });
      assert.equal(f.targetKind, kind);
      assert.equal(f.profileAttribute, attr);
      if (problem) assert.match(f.problems.join('\n'), problem);
      else assert.deepEqual(f.problems, []);
    });
  }
});

/** Source values: [sample value of x, status, written value, problem pattern?]. */
const VALUES: [unknown, string, string | undefined, RegExp?][] = [
  ['Ann', 'written', 'Ann'],
  [42, 'written', '42'],
  [true, 'written', 'true'],
  [null, 'null', undefined],
  ['', 'empty', undefined],
  ['   ', 'empty', undefined],
  [{ a: 1 }, 'notScalar', undefined, /holds an object/],
  [['a', 'b'], 'notScalar', undefined, /holds an array/],
];

describe('objectTypes/previewMapping: source values', () => {
  for (const [value, status, written, problem] of VALUES) {
    it(`${JSON.stringify(value)} → ${status}`, () => {
      const f = one({ Source: '_source.x', Target: '_profile.AccountNumber' }, { x: value });
      assert.equal(f.status, status);
      assert.equal(f.value, written);
      if (problem) assert.match(f.problems.join('\n'), problem);
    });
  }

  it('a Source without _source. is read but flagged; a field without Source is flagged', () => {
    assert.match(one({ Source: 'x', Target: '_profile.AccountNumber' }, { x: '1' }).problems.join(), /does not start with _source\./);
    const f = one({ Target: '_profile.AccountNumber' }, { x: '1' });
    assert.equal(f.status, 'missing');
    assert.match(f.problems.join(), /no Source/);
  });

  it('an Attributes value over 255 characters is flagged (the Profile shape\'s limit); a standard member is not', () => {
    const long = 'x'.repeat(256);
    assert.match(one({ Source: '_source.x', Target: '_profile.Attributes.note' }, { x: long }).problems.join(), /256 characters; profile Attributes values are limited to 255/);
    assert.deepEqual(one({ Source: '_source.x', Target: '_profile.Attributes.note' }, { x: 'x'.repeat(255) }).problems, []);
    assert.deepEqual(one({ Source: '_source.x', Target: '_profile.AdditionalInformation' }, { x: long }).problems, []);
  });

  it('an unknown ContentType is read as STRING and flagged', () => {
    const f = one({ Source: '_source.x', Target: '_profile.AccountNumber', ContentType: 'DATE' }, { x: '1' });
    assert.equal(f.contentType, 'STRING');
    assert.match(f.problems.join(), /DATE is not one of/);
  });
});

describe('objectTypes/previewMapping: nested paths, missing and extra fields', () => {
  const type: ObjectTypeDefinition = {
    AllowProfileCreation: true,
    Fields: {
      user: { Source: '_source.customer.id', Target: '_profile.AccountNumber' },
      city: { Source: '_source.customer.address.city', Target: '_profile.Address.City' },
      zip: { Source: '_source.customer.address.zip', Target: '_profile.Address.PostalCode' },
      sku: { Source: '_source.lines.0.sku', Target: '_profile.Attributes.lastSku' },
      email: { Source: '_source.email', Target: '_profile.EmailAddress', ContentType: 'EMAIL_ADDRESS' },
    },
    Keys: { _account: [{ StandardIdentifiers: ['PROFILE'], FieldNames: ['user'] }], _email: [{ StandardIdentifiers: ['PROFILE'], FieldNames: ['email'] }] },
  };
  const sample = { customer: { id: 'C-9', address: { city: 'Lyon', country: 'FR' }, tags: ['a'] }, lines: [{ sku: 'A' }], channel: 'web', meta: {} };
  const p = previewMapping(type, sample);

  it('reads nested sources', () => {
    assert.deepEqual(p.fields.filter((f) => f.status === 'written').map((f) => [f.profileAttribute, f.value]), [['AccountNumber', 'C-9'], ['Address.City', 'Lyon']]);
  });

  it('lists every mapped source the sample lacks, including one that would index into an array', () => {
    assert.deepEqual(p.missingSourcePaths, ['_source.customer.address.zip', '_source.lines.0.sku', '_source.email']);
    assert.match(p.fields[3].problems.join(), /lines is an array; paths do not index into arrays/);
  });

  it('lists every sample leaf no field reads (arrays and empty objects as one leaf)', () => {
    assert.deepEqual(p.unmappedSourcePaths, ['customer.address.country', 'customer.tags', 'lines', 'channel', 'meta']);
  });

  it('searches only the keys with values; the missing key is reported', () => {
    assert.deepEqual(p.searches, [{ keyName: '_account', value: 'C-9', secondary: false }]);
    assert.deepEqual(p.keys[1].missingFields, ['email']);
  });
});

describe('objectTypes/previewMapping: samples that are not one object', () => {
  const type: ObjectTypeDefinition = { Fields: { a: { Source: '_source.a', Target: '_profile.FirstName' } }, Keys: { _a: [{ StandardIdentifiers: ['PROFILE'], FieldNames: ['a'] }] } };
  const rows: [unknown, RegExp][] = [[[{ a: 1 }], /it is an array/], ['text', /it is a string/], [7, /it is a number/], [null, /it is null/], [undefined, /it is nothing/]];
  for (const [sample, message] of rows) {
    it(`${JSON.stringify(sample) ?? 'undefined'}: a clear problem, nothing mapped, no throw`, () => {
      const p = previewMapping(type, sample);
      assert.match(p.problems[0], message);
      assert.deepEqual([p.searches, p.unmappedSourcePaths, p.missingSourcePaths], [[], [], []]);
      assert.equal(p.fields[0].status, 'missing');
      assert.equal(p.creation.outcome, 'noProfile');
    });
  }

  it('an object type without Fields says so (and points at the template when there is one)', () => {
    assert.match(previewMapping({}, { a: 1 }).problems.join(), /no Fields/);
    assert.match(previewMapping({ TemplateId: 'CTR-NoInferred' }, { a: 1 }).problems.join(), /template CTR-NoInferred supplies them/);
    assert.deepEqual(previewMapping({}, { a: 1 }).unmappedSourcePaths, ['a']);
  });
});
