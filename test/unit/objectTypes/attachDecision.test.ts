import * as assert from 'node:assert/strict';
import { decideAttachment, nextSearchIndex, profileDisplayName, type SearchOutcome } from '../../../src/shared/objectTypes/attachDecision';
import { ingestConfirmation } from '../../../src/shared/objectTypes/ingestConfirmation';
import { previewMapping } from '../../../src/shared/objectTypes/previewMapping';
import type { ObjectTypeDefinition } from '../../../src/shared/objectTypes/types';

const ANN = { profileId: 'a'.repeat(32), name: 'Ann Lee' };
const BOB = { profileId: 'b'.repeat(32), name: 'Bob Ray' };

const type = (allow: boolean, extra: ObjectTypeDefinition['Keys'] = {}): ObjectTypeDefinition => ({
  ObjectTypeName: 'T',
  AllowProfileCreation: allow,
  Fields: {
    id: { Source: '_source.id', Target: '_t.id' },
    email: { Source: '_source.email', Target: '_profile.EmailAddress', ContentType: 'EMAIL_ADDRESS' },
    phone: { Source: '_source.phone', Target: '_profile.PhoneNumber', ContentType: 'PHONE_NUMBER' },
  },
  Keys: {
    _id: [{ StandardIdentifiers: ['UNIQUE'], FieldNames: ['id'] }],
    _phone: [{ StandardIdentifiers: ['PROFILE', 'SECONDARY'], FieldNames: ['phone'] }],
    _email: [{ StandardIdentifiers: ['PROFILE'], FieldNames: ['email'] }],
    ...extra,
  },
});
const SAMPLE = { id: 'X1', email: 'ann@example.com', phone: '+12065550142' };
const found = (...profiles: typeof ANN[]): SearchOutcome => ({ status: 'found', profiles, more: false });
const none: SearchOutcome = { status: 'none' };

/** [AllowProfileCreation, outcomes so far, decision kind, summary pattern]. */
const ROWS: [boolean, SearchOutcome[], string, RegExp][] = [
  [true, [found(ANN)], 'attach', /^Attaches to Ann Lee \(a{32}\), found by _email = ann@example.com\.$/],
  [false, [found(ANN)], 'attach', /found by _email/],
  [true, [none, found(BOB)], 'attach', /Attaches to Bob Ray .* found by _phone = \+12065550142/],
  [true, [none, none], 'create', /^Creates a new profile: No profile has _email = ann@example.com or _phone = \+12065550142\. AllowProfileCreation is TRUE\.$/],
  [false, [none, none], 'refused', /^Refused: .* AllowProfileCreation is FALSE/],
  [true, [{ status: 'failed', message: 'Rate exceeded' }], 'undecided', /SearchProfiles _email = ann@example.com failed: Rate exceeded/],
  [true, [none], 'undecided', /Searching/],
  [true, [], 'undecided', /Searching/],
];

describe('objectTypes/attachDecision', () => {
  for (const [allow, outcomes, kind, summary] of ROWS) {
    it(`${allow ? 'TRUE' : 'FALSE'}, ${outcomes.map((o) => o.status).join('+') || 'nothing run'} → ${kind}`, () => {
      const d = decideAttachment(previewMapping(type(allow), SAMPLE), outcomes);
      assert.equal(d.decision.kind, kind);
      assert.match(d.summary, summary);
      // The searches are the mapper's, in its order (SECONDARY last), each with the outcome it had.
      assert.deepEqual(d.searches.map((s) => [s.keyName, s.outcome?.status]), [['_email', outcomes[0]?.status], ['_phone', outcomes[1]?.status]]);
    });
  }

  it('nextSearchIndex: runs in order, stops at the first hit or failure', () => {
    const s = previewMapping(type(true), SAMPLE).searches;
    assert.equal(nextSearchIndex(s, []), 0);
    assert.equal(nextSearchIndex(s, [none]), 1);
    assert.equal(nextSearchIndex(s, [none, none]), undefined);
    assert.equal(nextSearchIndex(s, [found(ANN)]), undefined);
    assert.equal(nextSearchIndex(s, [{ status: 'failed', message: 'x' }]), undefined);
  });

  it('no PROFILE key with a value: create or refused without any search', () => {
    const p = previewMapping(type(true), { id: 'X1' });
    assert.equal(nextSearchIndex(p.searches, []), undefined);
    assert.equal(decideAttachment(p, []).decision.kind, 'create');
    assert.equal(decideAttachment(previewMapping(type(false), { id: 'X1' }), []).decision.kind, 'refused');
  });

  it('warns where the reading is uncertain: several hits, UNIQUE replacement, SECONDARY order, refused, NEW_ONLY', () => {
    const w = (d: { warnings: readonly string[] }): string => d.warnings.join('\n');
    assert.match(w(decideAttachment(previewMapping(type(true), SAMPLE), [found(ANN, BOB)])), /found 2 profiles; the reference does not say which one/);
    assert.match(w(decideAttachment(previewMapping(type(true), SAMPLE), [{ status: 'found', profiles: [ANN], more: true }])), /found more than 1 profiles/);
    const plain = w(decideAttachment(previewMapping(type(true), SAMPLE), [found(ANN)]));
    assert.match(plain, /UNIQUE key _id = X1 already exists/);
    assert.match(plain, /SECONDARY keys are searched last here/);
    assert.match(plain, /_id: our reading does not store a UNIQUE-only key on the profile/);
    assert.match(w(decideAttachment(previewMapping(type(false), SAMPLE), [none, none])), /the sandbox refuses such an object/);
    const newOnly = previewMapping(type(true, { _acct: [{ StandardIdentifiers: ['NEW_ONLY'], FieldNames: ['id'] }] }), SAMPLE);
    assert.match(w(decideAttachment(newOnly, [])), /NEW_ONLY without PROFILE \(_acct\)/);
  });

  it('profileDisplayName: person, business, or (no name)', () => {
    assert.equal(profileDisplayName({ FirstName: 'Ann', MiddleName: ' ', LastName: 'Lee' }), 'Ann Lee');
    assert.equal(profileDisplayName({ BusinessName: 'Acme' }), 'Acme');
    assert.equal(profileDisplayName({}), '(no name)');
  });
});

describe('objectTypes/ingestConfirmation', () => {
  const text = JSON.stringify(SAMPLE);
  const preview = previewMapping(type(true), SAMPLE);
  it('attach: names the domain, the object type, the exact object and the profile it attaches to', () => {
    const c = ingestConfirmation({ domainName: 'demo-retail', objectTypeName: 'T', objectText: text, decision: decideAttachment(preview, [found(ANN)]) });
    assert.ok(!('refusal' in c));
    assert.equal(c.message, 'Ingest this sample into demo-retail as a T object?');
    assert.match(c.detail, /^PutProfileObject on domain demo-retail, ObjectTypeName T, with this Object:\n\{\n {2}"id": "X1",/);
    assert.match(c.detail, /attaches to the existing profile Ann Lee \(a{32}\), found by _email = ann@example.com/);
    assert.equal(c.action, 'Ingest Sample');
  });
  it('create: says a new profile is created; a long object is cut with the count of what is left', () => {
    const big = JSON.stringify({ ...SAMPLE, note: 'n'.repeat(3000) });
    const c = ingestConfirmation({ domainName: 'd', objectTypeName: 'T', objectText: big, decision: decideAttachment(preview, [none, none]) });
    assert.ok(!('refusal' in c));
    assert.match(c.detail, /the service creates a new profile \(AllowProfileCreation is TRUE\)/);
    assert.match(c.detail, /… \(\d+ more characters\)/);
  });
  it('refused or undecided: no confirmation is offered', () => {
    const refused = ingestConfirmation({ domainName: 'd', objectTypeName: 'T', objectText: text, decision: decideAttachment(previewMapping(type(false), SAMPLE), [none, none]) });
    assert.ok('refusal' in refused && /Not ingested: Refused/.test(refused.refusal));
    const undecided = ingestConfirmation({ domainName: 'd', objectTypeName: 'T', objectText: text, decision: decideAttachment(preview, [none]) });
    assert.ok('refusal' in undecided && /not known yet/.test(undecided.refusal));
  });
});
