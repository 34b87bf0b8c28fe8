import * as assert from 'node:assert/strict';
import { previewMapping, readAllowProfileCreation } from '../../../src/shared/objectTypes/previewMapping';
import type { ObjectTypeDefinition } from '../../../src/shared/objectTypes/types';

// The reference's GetProfileObjectType example (AllowProfileCreation spelled "FALSE", as there).
const REFERENCE_EXAMPLE: ObjectTypeDefinition = {
  ObjectTypeName: 'MyCustomObject',
  AllowProfileCreation: 'FALSE',
  Fields: {
    email: { ContentType: 'EMAIL_ADDRESS', Source: '_source.email', Target: '_profile.BusinessEmailAddress' },
    phone: { ContentType: 'PHONE_NUMBER', Source: '_source.phone', Target: '_profile.BusinessPhoneNumber' },
    loyaltyPoints: { ContentType: 'NUMBER', Source: '_source.loyaltypoints', Target: '_profile.Attributes.loyaltypoints' },
  },
  Keys: {
    email: [{ FieldNames: ['email'], StandardIdentifiers: ['PROFILE', 'UNIQUE'] }],
    loyaltypoints: [{ FieldNames: ['loyaltyPoints'], StandardIdentifiers: ['PROFILE'] }],
  },
};

describe('objectTypes/previewMapping: the reference example', () => {
  const p = previewMapping(REFERENCE_EXAMPLE, { email: 'Ann@Example.com', phone: '(206) 555-0142', loyaltypoints: 120, tier: 'gold' });

  it('fills the targets with the source values, typed for comparison', () => {
    assert.deepEqual(p.fields.map((f) => [f.profileAttribute, f.status, f.value, f.comparedAs]), [
      ['BusinessEmailAddress', 'written', 'Ann@Example.com', 'ann@example.com'],
      ['BusinessPhoneNumber', 'written', '(206) 555-0142', '+12065550142'],
      ['Attributes.loyaltypoints', 'written', '120', '120'],
    ]);
  });

  it('extracts both keys, searches both PROFILE keys, and names the UNIQUE key', () => {
    assert.deepEqual(p.keys.map((k) => [k.keyName, k.value, k.storedOnAttach]), [['email', 'Ann@Example.com', true], ['loyaltypoints', '120', true]]);
    assert.deepEqual(p.searches, [{ keyName: 'email', value: 'Ann@Example.com', secondary: false }, { keyName: 'loyaltypoints', value: '120', secondary: false }]);
    assert.deepEqual(p.uniqueKey, { keyName: 'email', value: 'Ann@Example.com' });
  });

  it('reads "FALSE" as no profile creation: attach only', () => {
    assert.equal(p.creation.allowProfileCreation, false);
    assert.equal(p.creation.outcome, 'attachOnly');
    assert.match(p.creation.explanation, /email = Ann@Example.com, then loyaltypoints = 120.*AllowProfileCreation is FALSE/);
  });

  it('lists the extra source field and nothing missing', () => {
    assert.deepEqual(p.unmappedSourcePaths, ['tier']);
    assert.deepEqual(p.missingSourcePaths, []);
    assert.deepEqual(p.problems, []);
  });
});

/** One key per row over a one-field type: [identifiers, searches?, secondary?, stored on attach, stored on create, meaning pattern]. */
const IDENTIFIER_ROWS: [string[], boolean, boolean, boolean, boolean, RegExp][] = [
  [['PROFILE'], true, false, true, true, /PROFILE: ties the object to a profile/],
  [['UNIQUE'], false, false, false, false, /UNIQUE: identifies the object/],
  [['PROFILE', 'UNIQUE'], true, false, true, true, /UNIQUE/],
  [['PROFILE', 'SECONDARY'], true, true, true, true, /SECONDARY: searched only after/],
  [['LOOKUP_ONLY'], true, false, false, false, /LOOKUP_ONLY: used to match a profile, not stored/],
  [['PROFILE', 'LOOKUP_ONLY'], true, false, false, false, /LOOKUP_ONLY/],
  [['NEW_ONLY'], true, false, false, true, /NEW_ONLY: stored only when this object creates the profile/],
  [['PROFILE', 'NEW_ONLY'], true, false, false, true, /NEW_ONLY/],
  [['ASSET'], false, false, false, false, /ASSET: ties the object to a ASSET record/],
  [['CASE'], false, false, false, false, /CASE: ties the object to a CASE record/],
  [['ORDER'], false, false, false, false, /ORDER: ties the object to a ORDER record/],
];

describe('objectTypes/previewMapping: StandardIdentifiers', () => {
  for (const [ids, searches, secondary, onAttach, onCreate, meaning] of IDENTIFIER_ROWS) {
    it(`${ids.join('+')}: ${searches ? 'searched' : 'not searched'}, stored on attach ${onAttach}, on create ${onCreate}`, () => {
      const p = previewMapping({
        AllowProfileCreation: true,
        Fields: { id: { Source: '_source.id', Target: '_profile.AccountNumber' } },
        Keys: { _k: [{ StandardIdentifiers: ids, FieldNames: ['id'] }] },
      }, { id: 'A-1' });
      const k = p.keys[0];
      assert.equal(k.value, 'A-1');
      assert.deepEqual(p.searches, searches ? [{ keyName: '_k', value: 'A-1', secondary }] : []);
      assert.equal(k.storedOnAttach, onAttach);
      assert.equal(k.storedOnCreate, onCreate);
      assert.match(k.meaning.join('\n'), meaning);
      assert.equal(p.creation.outcome, searches ? 'attachOrCreate' : 'createOnly');
    });
  }

  it('searches SECONDARY keys after every other PROFILE key, whatever the Keys order', () => {
    const p = previewMapping({
      Fields: { a: { Source: '_source.a', Target: '_profile.EmailAddress' }, b: { Source: '_source.b', Target: '_profile.PhoneNumber' } },
      Keys: { _second: [{ StandardIdentifiers: ['PROFILE', 'SECONDARY'], FieldNames: ['b'] }], _first: [{ StandardIdentifiers: ['PROFILE'], FieldNames: ['a'] }] },
    }, { a: 'x@y.z', b: '5550100' });
    assert.deepEqual(p.searches.map((s) => s.keyName), ['_first', '_second']);
  });

  it('flags two UNIQUE keys, an unknown identifier, SECONDARY without PROFILE and an empty list', () => {
    const p = previewMapping({
      Fields: { a: { Source: '_source.a', Target: '_profile.AccountNumber' } },
      Keys: {
        u1: [{ StandardIdentifiers: ['UNIQUE'], FieldNames: ['a'] }],
        u2: [{ StandardIdentifiers: ['UNIQUE', 'PRIMARY'], FieldNames: ['a'] }],
        s: [{ StandardIdentifiers: ['SECONDARY'], FieldNames: ['a'] }],
        none: [{ StandardIdentifiers: [], FieldNames: ['a'] }],
      },
    }, { a: '1' });
    assert.match(p.problems.join('\n'), /Only one UNIQUE key.*u1, u2/);
    assert.match(p.keys[1].problems.join('\n'), /PRIMARY is not a StandardIdentifier/);
    assert.match(p.keys[2].problems.join('\n'), /SECONDARY without PROFILE/);
    assert.match(p.keys[3].problems.join('\n'), /no StandardIdentifiers/);
  });

  it('joins a multi-field key with "_" and reports a key whose field is missing', () => {
    const type: ObjectTypeDefinition = {
      Fields: { first: { Source: '_source.first', Target: '_profile.FirstName' }, last: { Source: '_source.last', Target: '_profile.LastName' } },
      Keys: { _name: [{ StandardIdentifiers: ['PROFILE'], FieldNames: ['first', 'last'] }], _bad: [{ StandardIdentifiers: ['PROFILE'], FieldNames: ['nope'] }] },
    };
    assert.equal(previewMapping(type, { first: 'Ann', last: 'Lee' }).keys[0].value, 'Ann_Lee');
    const p = previewMapping(type, { first: 'Ann' });
    assert.equal(p.keys[0].value, undefined);
    assert.deepEqual(p.keys[0].missingFields, ['last']);
    assert.match(p.keys[1].problems.join(), /FieldName nope is not one of the object type's Fields/);
    assert.deepEqual(p.searches, []);
    assert.equal(p.creation.outcome, 'noProfile');
    assert.match(p.creation.explanation, /no PROFILE key has a value in this sample \(_name, _bad\)/);
  });
});

describe('objectTypes/previewMapping: AllowProfileCreation', () => {
  const rows: [boolean | string | undefined, boolean][] = [[true, true], [false, false], [undefined, false], ['TRUE', true], ['true', true], ['FALSE', false], ['yes', false]];
  for (const [raw, expected] of rows) it(`${JSON.stringify(raw)} → ${expected}`, () => assert.equal(readAllowProfileCreation(raw), expected));

  it('no PROFILE key at all: creates every time, or cannot reach a profile', () => {
    const f = { Fields: { a: { Source: '_source.a', Target: '_profile.AccountNumber' } } };
    assert.equal(previewMapping({ ...f, AllowProfileCreation: true }, { a: '1' }).creation.outcome, 'createOnly');
    const p = previewMapping({ ...f, AllowProfileCreation: false }, { a: '1' });
    assert.equal(p.creation.outcome, 'noProfile');
    assert.match(p.creation.explanation, /no PROFILE key/);
  });
});
