import * as assert from 'assert';
import { addKeyChoices, deriveProfileKeys } from '../../../src/shared/profiles/keys';
import type { ObjectTypeDefinition } from '../../../src/shared/objectTypes/types';

const CUSTOMER: ObjectTypeDefinition = {
  ObjectTypeName: 'Customer',
  Fields: {
    id: { Source: '_source.id', Target: '_profile.AccountNumber', ContentType: 'STRING' },
    email: { Source: '_source.email', Target: '_profile.EmailAddress', ContentType: 'EMAIL_ADDRESS' },
    phone: { Source: '_source.phone', Target: '_profile.PhoneNumber', ContentType: 'PHONE_NUMBER' },
    ref: { Source: '_source.ref', Target: '_customer.ref', ContentType: 'STRING' },
  },
  Keys: {
    _account: [{ StandardIdentifiers: ['PROFILE', 'UNIQUE'], FieldNames: ['id'] }],
    _email: [{ StandardIdentifiers: ['PROFILE'], FieldNames: ['email'] }],
    lookupPhone: [{ StandardIdentifiers: ['LOOKUP_ONLY'], FieldNames: ['phone'] }],
    firstRef: [{ StandardIdentifiers: ['PROFILE', 'NEW_ONLY'], FieldNames: ['ref'] }],
    objectOnly: [{ StandardIdentifiers: ['UNIQUE'], FieldNames: ['ref'] }],
  },
};

describe('profile view: key derivation (object types\' Keys over the objects, plus ADDED_PROFILE_KEY records)', () => {
  const object = { objectTypeName: 'Customer', uniqueKey: 'C-1', objectText: JSON.stringify({ id: 'C-1', email: 'ann@example.com', phone: '2065550100', ref: 'R9' }) };

  it('keeps the keys stored on the profile, says how each was found, and leaves out LOOKUP_ONLY and object-only keys', () => {
    const keys = deriveProfileKeys([CUSTOMER], [object], []);
    assert.deepStrictEqual(keys.map((k) => [k.keyName, k.value]), [['_account', 'C-1'], ['_email', 'ann@example.com'], ['firstRef', 'R9']]);
    assert.match(keys[0].derivedFrom, /object type Customer key \[PROFILE, UNIQUE\] applied to object C-1/);
    assert.match(keys[2].derivedFrom, /stored only if this object created the profile/);
  });

  it('adds ADDED_PROFILE_KEY values, merges the same key and value found twice, skips what does not parse', () => {
    const keys = deriveProfileKeys([CUSTOMER], [object, { ...object, objectText: 'not json' }, { ...object, objectTypeName: 'Gone' }], [
      { time: '2026-01-01T00:00:00.000Z', content: JSON.stringify({ KeyName: '_email', Values: ['ann@example.com', 'alt@example.com'] }) },
      { time: '', content: 'garbage' },
    ]);
    assert.deepStrictEqual(keys.map((k) => [k.keyName, k.value]), [['_account', 'C-1'], ['_email', 'alt@example.com'], ['_email', 'ann@example.com'], ['firstRef', 'R9']]);
    assert.strictEqual(keys[1].derivedFrom, 'ADDED_PROFILE_KEY record at 2026-01-01T00:00:00.000Z');
    assert.match(keys[2].derivedFrom, /applied to object C-1; ADDED_PROFILE_KEY record/);
  });

  it('offers the domain\'s object-type keys first, then the standard keys not already named', () => {
    assert.deepStrictEqual(addKeyChoices([CUSTOMER]), ['_account', '_email', 'firstRef', 'lookupPhone', 'objectOnly', '_fullName', '_phone', '_profileId']);
  });
});
