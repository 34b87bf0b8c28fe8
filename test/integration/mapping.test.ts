// Test Mapping with Sample in a real VS Code extension host, over real HTTP through the real SDK: the command on
// the demo's CTR object type with a CTR sample built from that type's Fields and a known demo customer's phone
// previews "attaches to <that customer>"; Ingest Sample (in-process sandbox only) attaches the object to that
// profile (ListProfileObjects) without creating one, and opens it (OPEN_PROFILE_COMMAND's ProfileRef); an unknown
// phone previews "creates"; on a connection that is not the in-process sandbox Ingest is unavailable and a
// forged ingest makes no PutProfileObject; a connection switch detaches the preview.
import * as assert from 'assert';
import { randomUUID } from 'crypto';
import * as vscode from 'vscode';
import type { CustomerProfilesTestApi } from '../../src/extension';
import type { ProfileRef } from '../../src/host/profiles/profileRef';
import type { MappingHostMessage, MappingTarget, MappingView } from '../../src/shared/objectTypes/protocol';
import type { RunningSandbox } from '../../src/sandbox/index';
import { connectTo, extensionApi, startTestSandbox, waitFor } from './explorerSupport';

const CTR: MappingTarget = { domainName: 'demo-retail', objectTypeName: 'CTR' };
let nextId = 700_000;

interface Customer { readonly profileId: string; readonly phone: string; readonly name: string; readonly profile: Record<string, unknown> }

/** The first demo customer with a CTR object and a phone (the one the mapper's unit test checks too). */
function knownCustomer(sb: RunningSandbox): Customer {
  const stored = [...(sb.state.domains.get(CTR.domainName)?.profiles.values() ?? [])].find((p) => p.objects.has('CTR') && p.profile.PhoneNumber);
  assert.ok(stored, 'a demo customer with a CTR object and a phone');
  const p = stored.profile;
  return { profileId: p.ProfileId, phone: p.PhoneNumber as string, name: [p.FirstName, p.LastName].filter(Boolean).join(' '), profile: p as unknown as Record<string, unknown> };
}

/** A contact record built from the CTR type's own Fields: every `_profile.*` source from the customer, a new ContactId, and fields Connect sends that map to nothing. */
async function ctrSample(api: CustomerProfilesTestApi, phone: string, profile: Record<string, unknown>): Promise<Record<string, unknown>> {
  const type = await (await api.connection.api()).call('GetProfileObjectType', { DomainName: CTR.domainName, ObjectTypeName: CTR.objectTypeName });
  const sample: Record<string, unknown> = { Channel: 'VOICE', InitiationMethod: 'INBOUND', Agent: { Username: 'jane.doe' } };
  for (const f of Object.values(type.Fields ?? {})) {
    const source = (f.Source ?? '').replace(/^_source\./, '');
    if (f.Target === '_profile.PhoneNumber') sample[source] = phone;
    else if (f.Target?.startsWith('_profile.') && typeof profile[f.Target.slice(9)] === 'string') sample[source] = profile[f.Target.slice(9)];
    else if (!f.Target?.startsWith('_profile.')) sample[source] = randomUUID();
  }
  return sample;
}

async function viewWhen(api: CustomerProfilesTestApi, what: string, ok: (v: MappingView) => boolean): Promise<MappingView> {
  return waitFor(what, () => {
    const v = api.mapping.view(CTR, api.connection.key());
    return v && ok(v) ? v : undefined;
  }, 30_000).catch((e: Error) => {
    throw new Error(`${e.message}; last view: ${JSON.stringify(api.mapping.view(CTR, api.connection.key()))?.slice(0, 1500)}`);
  });
}

const settled = (v: MappingView): boolean => v.status !== 'loading' && v.decision?.decision.kind !== 'undecided';

function request(api: CustomerProfilesTestApi, message: Record<string, unknown>): Promise<MappingHostMessage> {
  const requestId = nextId++;
  const key = api.connection.key();
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => { sub.dispose(); reject(new Error(`no answer to ${JSON.stringify(message)}`)); }, 30_000);
    const sub = api.mapping.onDidPost((_t, m) => {
      if (m.type === 'view' || m.requestId !== requestId) return;
      clearTimeout(timer);
      sub.dispose();
      resolve(m);
    });
    void api.mapping.postFromWebview(CTR, key, { ...message, requestId });
  });
}

describe('mapping: Test Mapping with Sample (in-process sandbox, demo data)', function () {
  this.timeout(120_000);
  let api: CustomerProfilesTestApi;
  let sb: RunningSandbox;
  const opened: ProfileRef[] = [];
  const confirmations: string[] = [];

  before(async () => {
    api = await extensionApi();
    await connectTo(api, undefined);
    sb = await api.sandbox.start();
    api.mapping.onOpenProfile((ref) => opened.push(ref));
    api.mapping.answerConfirmations((message, detail) => { confirmations.push(`${message}\n${detail}`); return true; });
  });

  after(async () => {
    api.mapping.onOpenProfile(undefined);
    api.mapping.answerConfirmations(undefined);
    api.mapping.close(CTR, api.connection.key());
    await api.sandbox.stop();
  });

  it('a CTR sample with a known customer\'s phone previews "attaches to <that customer>"', async () => {
    const c = knownCustomer(sb);
    const sample = await ctrSample(api, c.phone, c.profile);
    await api.mapping.open(CTR, { text: JSON.stringify(sample, null, 2), label: 'ctr-sample.json', live: false });
    const v = await viewWhen(api, 'the preview decided', settled);
    assert.equal(v.error, undefined);
    const d = v.decision?.decision;
    assert.ok(d?.kind === 'attach', JSON.stringify(v.decision));
    assert.equal(d.profile.profileId, c.profileId);
    assert.equal(d.profile.name, c.name);
    assert.match(v.decision?.summary ?? '', new RegExp(`^Attaches to ${c.name} \\(${c.profileId}\\), found by _phone = `));
    assert.deepEqual(v.decision?.searches.map((s) => [s.keyName, s.outcome?.status]), [['_phone', 'found']]);
    assert.deepEqual(v.preview?.keys.map((k) => [k.keyName, k.standardIdentifiers]), [['_ctrContactId', ['UNIQUE']], ['_phone', ['PROFILE']]]);
    assert.ok(v.preview?.unmappedSourcePaths.includes('Agent.Username'));
    assert.equal(v.ingest.available, true, v.ingest.reason);
  });

  it('Ingest Sample attaches it to that customer (ListProfileObjects), creates no profile, and opens that profile', async () => {
    const c = knownCustomer(sb);
    const profilesBefore = sb.state.domains.get(CTR.domainName)?.profiles.size;
    const client = await api.connection.api();
    const contactIds = async (): Promise<string[]> => {
      const out = await client.call('ListProfileObjects', { DomainName: CTR.domainName, ObjectTypeName: 'CTR', ProfileId: c.profileId });
      return (out.Items ?? []).map((o) => (JSON.parse(o.Object ?? '{}') as { ContactId?: string }).ContactId ?? '');
    };
    const before = await contactIds();
    const sample = await ctrSample(api, c.phone, c.profile);
    await api.mapping.open(CTR, { text: JSON.stringify(sample), label: 'ctr-sample.json', live: false });
    await viewWhen(api, 'the new sample decided', (v) => settled(v) && v.ingest.available);
    const answer = await request(api, { type: 'ingest' });
    assert.equal(answer.type, 'done', JSON.stringify(answer));
    assert.match(confirmations.at(-1) ?? '', new RegExp(`PutProfileObject on domain demo-retail, ObjectTypeName CTR[\\s\\S]*"ContactId": "${sample.ContactId}"[\\s\\S]*attaches to the existing profile ${c.name} \\(${c.profileId}\\)`));
    const after = await contactIds();
    assert.deepEqual(after.filter((id) => !before.includes(id)), [sample.ContactId]);
    assert.equal(sb.state.domains.get(CTR.domainName)?.profiles.size, profilesBefore, 'no new profile');
    assert.deepEqual(opened.at(-1), { domainName: CTR.domainName, profileId: c.profileId });
    const v = api.mapping.view(CTR, api.connection.key());
    assert.equal(v?.ingested?.profile?.profileId, c.profileId);
  });

  it('an unknown phone (AllowProfileCreation TRUE) previews "creates"', async () => {
    const c = knownCustomer(sb);
    const sample = { ...(await ctrSample(api, '+1 555 0100 999', c.profile)) };
    await api.mapping.open(CTR, { text: JSON.stringify(sample), label: 'unknown-phone.json', live: false });
    const v = await viewWhen(api, 'the unknown phone decided', (x) => settled(x) && x.sampleLabel === 'unknown-phone.json');
    assert.equal(v.decision?.decision.kind, 'create', JSON.stringify(v.decision));
    assert.match(v.decision?.summary ?? '', /^Creates a new profile: No profile has _phone = \+1 555 0100 999\. AllowProfileCreation is TRUE\.$/);
    assert.deepEqual(v.decision?.searches.map((s) => s.outcome?.status), ['none']);
  });

  it('a sample document is followed: editing its phone to an unknown one turns "attaches" into "creates"', async () => {
    const c = knownCustomer(sb);
    const sample = await ctrSample(api, c.phone, c.profile);
    const doc = await vscode.workspace.openTextDocument({ language: 'json', content: JSON.stringify(sample, null, 2) });
    await api.mapping.open(CTR, { text: doc.getText(), label: doc.uri.path, uri: doc.uri.toString(), live: true });
    await viewWhen(api, 'the document sample attaches', (v) => settled(v) && v.sampleLabel === doc.uri.path && v.decision?.decision.kind === 'attach');
    const edit = new vscode.WorkspaceEdit();
    edit.replace(doc.uri, new vscode.Range(0, 0, doc.lineCount, 0), JSON.stringify({ ...sample, CustomerPhone: '+1 555 0100 998' }, null, 2));
    assert.ok(await vscode.workspace.applyEdit(edit));
    const v = await viewWhen(api, 'the edited sample creates', (x) => settled(x) && x.decision?.decision.kind === 'create');
    assert.ok(v.live);
    assert.match(v.decision?.summary ?? '', /_phone = \+1 555 0100 998/);
  });

  it('survives a reload: the serializer reopens it from its saved state; another connection\'s state comes back detached; a bad state says it cannot', async () => {
    const c = knownCustomer(sb);
    await api.mapping.open(CTR, { text: JSON.stringify(await ctrSample(api, c.phone, c.profile)), label: 'before-reload.json', live: false });
    const before = await viewWhen(api, 'the preview to save', (v) => settled(v) && v.sampleLabel === 'before-reload.json');
    assert.ok(!('notRestorable' in before.persist));
    const state = before.persist;
    api.mapping.close(CTR, api.connection.key());
    await api.mapping.restore(state);
    const after = await viewWhen(api, 'the restored preview', (v) => settled(v) && v.sampleLabel.startsWith('before-reload.json'));
    assert.equal(after.decision?.decision.kind, 'attach');
    assert.match(after.sampleLabel, /as saved before the reload/);
    api.mapping.close(CTR, api.connection.key());

    const otherKey = 'aws|someone|eu-west-1|';
    await api.mapping.restore({ ...state, connectionKey: otherKey, connectionLabel: 'someone · eu-west-1' });
    const detached = await waitFor('the detached restore', () => api.mapping.view(CTR, otherKey)?.detached);
    assert.match(detached, /belongs to connection someone · eu-west-1, which is not the current one/);
    api.mapping.close(CTR, otherKey);

    const bad = await api.mapping.restore({ kind: 'mappingPreview', target: { domainName: '../x' } });
    assert.match(bad.webview.html, /cannot be restored after a reload/);
    bad.dispose();
  });

  it('throttling: the error is shown plainly with the next step, and the preview comes back on Refresh', async () => {
    const c = knownCustomer(sb);
    await api.mapping.open(CTR, { text: JSON.stringify(await ctrSample(api, c.phone, c.profile)), label: 'throttled.json', live: false });
    await viewWhen(api, 'the preview before throttling', (v) => settled(v) && v.sampleLabel === 'throttled.json');
    sb.setFaults({ throttleRate: 1 });
    try {
      assert.equal((await request(api, { type: 'refresh' })).type, 'done');
      const v = api.mapping.view(CTR, api.connection.key());
      assert.equal(v?.status, 'error');
      assert.match(v?.error ?? '', /Customer Profiles is throttling requests.*Wait a few seconds and retry/);
      assert.ok(v?.preview, 'the last preview is kept');
    } finally {
      sb.setFaults({ throttleRate: 0 });
    }
    await request(api, { type: 'refresh' });
    assert.equal(api.mapping.view(CTR, api.connection.key())?.decision?.decision.kind, 'attach');
  });

  it('invalid JSON: the position is shown and the last good preview stays', async () => {
    await api.mapping.open(CTR, { text: '{\n  "ContactId": "x",\n  CustomerPhone\n}', label: 'broken.json', live: false });
    const v = await viewWhen(api, 'the parse error', (x) => x.sampleLabel === 'broken.json' && x.status === 'error');
    assert.match(v.error ?? '', /not valid JSON at line 3, column 3/);
    assert.ok(v.preview, 'the previous preview is still there');
    assert.equal(v.ingest.available, false);
  });
});

describe('mapping: a connection that is not the in-process sandbox', function () {
  this.timeout(120_000);
  let api: CustomerProfilesTestApi;
  let server: RunningSandbox;
  let stopped = false;
  const requests: string[] = [];

  before(async () => {
    api = await extensionApi();
    server = await startTestSandbox({ demo: true, log: (line) => requests.push(line) });
    await connectTo(api, server.endpoint);
  });

  after(async () => {
    api.mapping.close(CTR, api.connection.key());
    await connectTo(api, undefined);
    if (!stopped) await server.stop();
  });

  it('previews, but Ingest Sample is unavailable with the reason, and a forged ingest makes no PutProfileObject', async () => {
    const c = knownCustomer(server);
    await api.mapping.open(CTR, { text: JSON.stringify(await ctrSample(api, c.phone, c.profile)), label: 'ctr.json', live: false });
    const v = await viewWhen(api, 'the preview decided', settled);
    assert.equal(v.decision?.decision.kind, 'attach');
    assert.equal(v.ingest.available, false);
    assert.match(v.ingest.reason, /only offered on the local sandbox/);
    const answer = await request(api, { type: 'ingest' });
    assert.equal(answer.type, 'error');
    assert.ok(!requests.some((l) => / PutProfileObject\b/.test(l)), requests.filter((l) => /PutProfileObject/.test(l)).join('\n'));
  });

  it('a stopped endpoint: Refresh shows the error plainly, the preview stays', async () => {
    const key = api.connection.key();
    await server.stop();
    const answer = await request(api, { type: 'refresh' });
    assert.equal(answer.type, 'done');
    const v = api.mapping.view(CTR, key);
    assert.equal(v?.status, 'error');
    assert.match(v?.error ?? '', /^Cannot read object type CTR: /);
    assert.ok(v?.preview, 'the last preview is kept');
    stopped = true;
  });

  it('a connection switch detaches the preview: it says so and refuses every request', async () => {
    const key = api.connection.key();
    await connectTo(api, 'http://127.0.0.1:9');
    const v = await waitFor('detached', () => api.mapping.view(CTR, key)?.detached);
    assert.match(v, /The connection changed/);
    const answer = await new Promise<MappingHostMessage>((resolve) => {
      const sub = api.mapping.onDidPost((_t, m) => { if (m.type === 'error') { sub.dispose(); resolve(m); } });
      void api.mapping.postFromWebview(CTR, key, { type: 'refresh', requestId: nextId++ });
    });
    assert.ok(answer.type === 'error' && answer.rejected);
    api.mapping.close(CTR, key);
  });
});
