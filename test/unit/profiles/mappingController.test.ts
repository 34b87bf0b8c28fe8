// The mapping preview's host side without VS Code: the message validator (a forged message makes no call) and
// the controller over a counting backend (searches in order, ingest only on the sandbox and after the modal,
// a detached preview calls nothing, an invalid sample keeps the last good preview).
import * as assert from 'node:assert/strict';
import type { MappingBackend } from '../../../src/host/profiles/mapping/backend';
import { MappingController } from '../../../src/host/profiles/mapping/controller';
import { validateMappingMessage } from '../../../src/host/profiles/mapping/validateMessage';
import type { ProfileRef } from '../../../src/host/profiles/profileRef';
import type { MappingHostMessage, MappingView } from '../../../src/shared/objectTypes/protocol';
import type { ObjectTypeDefinition } from '../../../src/shared/objectTypes/types';

const ANN = 'a'.repeat(32);
const CTR: ObjectTypeDefinition = {
  ObjectTypeName: 'CTR', AllowProfileCreation: true,
  Fields: { ContactId: { Source: '_source.ContactId', Target: '_ctr.ContactId' }, CustomerPhone: { Source: '_source.CustomerPhone', Target: '_profile.PhoneNumber', ContentType: 'PHONE_NUMBER' } },
  Keys: { _ctrContactId: [{ StandardIdentifiers: ['UNIQUE'], FieldNames: ['ContactId'] }], _phone: [{ StandardIdentifiers: ['PROFILE'], FieldNames: ['CustomerPhone'] }] },
};
const SAMPLE = JSON.stringify({ ContactId: 'c-1', CustomerPhone: '+12065550142' });

function setup(o: { sandbox?: boolean; known?: boolean; confirm?: boolean } = {}) {
  const calls: string[] = [];
  const posted: MappingHostMessage[] = [];
  const opened: ProfileRef[] = [];
  const confirmations: string[] = [];
  let known = o.known ?? true;
  const backend: MappingBackend = {
    getObjectType: async (d, t) => { calls.push(`GetProfileObjectType ${d}/${t}`); return CTR; },
    searchProfiles: async (_d, k, v) => { calls.push(`SearchProfiles ${k}=${v}`); return { profiles: known ? [{ profileId: ANN, name: 'Ann Lee' }] : [], more: false }; },
    putProfileObject: async (_d, t, text) => { calls.push(`PutProfileObject ${t} ${text}`); known = true; return 'c-1'; },
  };
  const controller = new MappingController({
    target: { domainName: 'demo-retail', objectTypeName: 'CTR' }, connectionKey: 'sandbox|x', connectionLabel: 'sandbox', backend,
    isSandbox: () => o.sandbox ?? true, sample: { text: SAMPLE, label: 'sample.json', live: true },
    ui: {
      post: (m) => { posted.push(m); },
      confirm: async (message, detail) => { confirmations.push(`${message}\n${detail}`); return o.confirm ?? true; },
      openProfile: async (ref) => { opened.push(ref); },
      describe: (e) => (e as Error).message,
      log: () => undefined,
    },
  });
  const lastView = (): MappingView => [...posted].reverse().find((m): m is { type: 'view'; view: MappingView } => m.type === 'view')!.view;
  return { controller, calls, posted, opened, confirmations, lastView };
}

describe('profiles/mapping: validateMappingMessage', () => {
  const ctx = { shownProfileIds: new Set([ANN]) };
  const rows: [unknown, boolean, RegExp?][] = [
    [{ type: 'ready' }, true],
    [{ type: 'refresh', requestId: 1 }, true],
    [{ type: 'ingest', requestId: 2 }, true],
    [{ type: 'openProfile', requestId: 3, profileId: ANN }, true],
    [{ type: 'openProfile', requestId: 3, profileId: 'b'.repeat(32) }, false, /not one this preview showed/],
    [{ type: 'openProfile', requestId: 3, profileId: '../x' }, false, /not a profile id/],
    [{ type: 'ingest', requestId: 2, object: '{}' }, false, /unexpected field "object"/],
    [{ type: 'ingest' }, false, /missing field "requestId"/],
    [{ type: 'ingest', requestId: -1 }, false, /requestId must be a positive integer/],
    [{ type: 'putProfileObject', requestId: 1 }, false, /unknown message type/],
    [{ type: 'toString', requestId: 1 }, false, /unknown message type/],
    [[{ type: 'ready' }], false, /not an object/],
    [null, false, /not an object/],
  ];
  for (const [m, ok, reason] of rows) {
    it(`${JSON.stringify(m)} → ${ok ? 'accepted' : 'refused'}`, () => {
      const v = validateMappingMessage(m, ctx);
      assert.equal(v.ok, ok);
      if (!v.ok && reason) assert.match(v.reason, reason);
    });
  }
});

describe('profiles/mapping: MappingController', () => {
  it('reads the type, runs the one _phone search, and says it attaches to that profile', async () => {
    const s = setup();
    await s.controller.load();
    assert.deepEqual(s.calls, ['GetProfileObjectType demo-retail/CTR', 'SearchProfiles _phone=+12065550142']);
    const v = s.lastView();
    assert.equal(v.status, 'ready');
    assert.equal(v.decision?.decision.kind, 'attach');
    assert.deepEqual(v.ingest.available, true);
  });

  it('forged messages make no call (unknown type, extra field, a profile it never showed)', async () => {
    const s = setup();
    await s.controller.load();
    s.calls.length = 0;
    await s.controller.receive({ type: 'ingest', requestId: 7, Object: '{"evil":1}' });
    await s.controller.receive({ type: 'putProfileObject', requestId: 8 });
    await s.controller.receive({ type: 'openProfile', requestId: 9, profileId: 'b'.repeat(32) });
    assert.deepEqual(s.calls, []);
    assert.deepEqual(s.opened, []);
    assert.deepEqual(s.confirmations, []);
    const errors = s.posted.filter((m) => m.type === 'error');
    assert.deepEqual(errors.map((m) => m.type === 'error' && [m.requestId, m.rejected]), [[7, true], [8, true], [9, true]]);
  });

  it('ingest off the sandbox: refused before the modal and before PutProfileObject', async () => {
    const s = setup({ sandbox: false });
    await s.controller.load();
    assert.equal(s.lastView().ingest.available, false);
    assert.match(s.lastView().ingest.reason, /only offered on the local sandbox/);
    await s.controller.receive({ type: 'ingest', requestId: 1 });
    assert.deepEqual(s.confirmations, []);
    assert.ok(!s.calls.some((c) => c.startsWith('PutProfileObject')));
    assert.ok(s.posted.some((m) => m.type === 'error' && m.requestId === 1 && /only offered on the local sandbox/.test(m.message)));
  });

  it('ingest on the sandbox: modal first (declined: nothing sent), then PutProfileObject with the exact text and the profile opened', async () => {
    const declined = setup({ confirm: false });
    await declined.controller.load();
    await declined.controller.receive({ type: 'ingest', requestId: 1 });
    assert.equal(declined.confirmations.length, 1);
    assert.ok(!declined.calls.some((c) => c.startsWith('PutProfileObject')));

    const s = setup();
    await s.controller.load();
    await s.controller.receive({ type: 'ingest', requestId: 2 });
    assert.match(s.confirmations[0], /PutProfileObject on domain demo-retail, ObjectTypeName CTR[\s\S]*attaches to the existing profile Ann Lee/);
    assert.ok(s.calls.includes(`PutProfileObject CTR ${SAMPLE}`));
    assert.deepEqual(s.opened, [{ domainName: 'demo-retail', profileId: ANN }]);
    assert.equal(s.lastView().ingested?.profile?.profileId, ANN);
    assert.ok(s.posted.some((m) => m.type === 'done' && m.requestId === 2));
  });

  it('an unknown phone with AllowProfileCreation: creates', async () => {
    const s = setup({ known: false });
    await s.controller.load();
    assert.equal(s.lastView().decision?.decision.kind, 'create');
  });

  it('invalid JSON: the error with its position, the last good preview kept', async () => {
    const s = setup();
    await s.controller.load();
    await s.controller.setSample({ text: '{\n  "ContactId": "c-1",\n  oops\n}', label: 'sample.json', live: true });
    const v = s.lastView();
    assert.equal(v.status, 'error');
    assert.match(v.error ?? '', /not valid JSON at line 3, column 3/);
    assert.equal(v.preview?.keys[0].value, 'c-1');
    assert.equal(v.ingest.available, false);
  });

  it('detached: every request refused without a call; ready gets the view with the reason', async () => {
    const s = setup();
    await s.controller.load();
    s.calls.length = 0;
    s.controller.detach('The connection changed.');
    await s.controller.receive({ type: 'refresh', requestId: 4 });
    await s.controller.receive({ type: 'ingest', requestId: 5 });
    await s.controller.receive({ type: 'ready' });
    assert.deepEqual(s.calls, []);
    assert.equal(s.lastView().detached, 'The connection changed.');
    assert.equal(s.lastView().ingest.available, false);
  });
});
