import * as assert from 'assert';
import { MatchesController } from '../../../src/host/matches/controller';
import { validateWebviewMessage, type ValidationContext } from '../../../src/host/matches/validateWebviewMessage';
import { FakeMatchesBackend } from '../../harness/webview/fakeMatchesBackend';
import { MemoryStore, RecordingUi } from './hostDoubles';

const A = '1'.repeat(32), B = '2'.repeat(32), C = '3'.repeat(32), X = '9'.repeat(32);
const data = {
  domain: 'demo',
  matches: [{ MatchId: 'g1', ProfileIds: [A, B, C], ConfidenceScore: 0.9 }, { MatchId: 'g2', ProfileIds: [X, '4'.repeat(32)], ConfidenceScore: 0.5 }],
  profiles: [{ ProfileId: A, FirstName: 'Jane' }, { ProfileId: B, FirstName: 'Jorge' }, { ProfileId: C }],
};
const ok = { type: 'merge', requestId: 7, domain: 'demo', matchId: 'g1', mainProfileId: A, profileIdsToBeMerged: [B, C], fieldSourceProfileIds: { FirstName: B } };

// Each forged message and the reason it must be refused.
const forged: Array<[string, unknown, RegExp]> = [
  ['not an object', 'merge', /not an object/],
  ['an array', [ok], /not an object/],
  ['unknown type', { type: 'deleteDomain', requestId: 1, domain: 'demo' }, /unknown message type/],
  ['no requestId', { ...ok, requestId: undefined }, /requestId/],
  ['negative requestId', { ...ok, requestId: -1 }, /requestId/],
  ['wrong domain', { ...ok, domain: 'other' }, /not this panel's domain/],
  ['foreign matchId', { ...ok, matchId: 'g9' }, /not a group loaded/],
  ['main from another group', { ...ok, mainProfileId: X }, /mainProfileId is not a profile of this group/],
  ['merged id not in group', { ...ok, profileIdsToBeMerged: [B, X] }, /is not a profile of this group/],
  ['main in merged list', { ...ok, profileIdsToBeMerged: [A, B] }, /main profile is also in profileIdsToBeMerged/],
  ['non-hex id', { ...ok, profileIdsToBeMerged: ['Z'.repeat(32)] }, /not a profile id/],
  ['upper-case hex id', { ...ok, mainProfileId: 'A'.repeat(32) }, /not a profile id/],
  ['repeated id', { ...ok, profileIdsToBeMerged: [B, B] }, /repeats/],
  ['empty merge list', { ...ok, profileIdsToBeMerged: [] }, /must not be empty/],
  ['bad FieldSourceProfileIds key', { ...ok, fieldSourceProfileIds: { ProfileId: B } }, /has no member "ProfileId"/],
  ['prototype key', { ...ok, fieldSourceProfileIds: JSON.parse('{"__proto__": {"x": 1}}') }, /has no member "__proto__"/],
  ['FieldSource from outside the merge', { ...ok, profileIdsToBeMerged: [B], fieldSourceProfileIds: { FirstName: C } }, /not part of this merge/],
  ['FieldSource attribute not hex', { ...ok, fieldSourceProfileIds: { Attributes: { tier: 'x' } } }, /Attributes\["tier"\] is not a profile id/],
  ['extra field', { ...ok, extra: 1 }, /unexpected field "extra"/],
  ['loadProfiles of an unknown id', { type: 'loadProfiles', requestId: 2, domain: 'demo', profileIds: ['5'.repeat(32)] }, /not in any loaded group/],
  ['loadProfiles too many', { type: 'loadProfiles', requestId: 2, domain: 'demo', profileIds: Array.from({ length: 201 }, (_, i) => i.toString(16).padStart(32, '0')) }, /at most 200/],
  ['setReviewState merged by hand', { type: 'setReviewState', requestId: 3, domain: 'demo', matchId: 'g1', state: 'merged' }, /state must be one of/],
  ['bulkMerge score out of range', { type: 'bulkMerge', requestId: 4, domain: 'demo', minScore: 1.5 }, /minScore/],
  ['bulkMerge score below 0', { type: 'bulkMerge', requestId: 4, domain: 'demo', minScore: -0.01 }, /minScore must be a number from 0 to 1/],
  ['bulkMerge score 5 (the issue\'s example)', { type: 'bulkMerge', requestId: 4, domain: 'demo', minScore: 5 }, /minScore must be a number from 0 to 1/],
  ['bulkMerge score as text', { type: 'bulkMerge', requestId: 4, domain: 'demo', minScore: '0.9' }, /minScore must be a number from 0 to 1/],
  ['bulkMerge score empty text (a cleared field)', { type: 'bulkMerge', requestId: 4, domain: 'demo', minScore: '' }, /minScore must be a number from 0 to 1/],
  ['bulkMerge score NaN', { type: 'bulkMerge', requestId: 4, domain: 'demo', minScore: Number.NaN }, /minScore must be a number from 0 to 1/],
  ['bulkMerge score Infinity', { type: 'bulkMerge', requestId: 4, domain: 'demo', minScore: Number.POSITIVE_INFINITY }, /minScore must be a number from 0 to 1/],
  ['bulkMerge score null', { type: 'bulkMerge', requestId: 4, domain: 'demo', minScore: null }, /minScore must be a number from 0 to 1/],
  ['bulkMerge without a score', { type: 'bulkMerge', requestId: 4, domain: 'demo' }, /missing field "minScore"/],
  ['export of an unknown group', { type: 'export', requestId: 5, domain: 'demo', format: 'csv', matchIds: ['g1', 'g9'] }, /"g9" is not a group loaded/],
  ['export repeating a group', { type: 'export', requestId: 5, domain: 'demo', format: 'csv', matchIds: ['g1', 'g1'] }, /repeats a group/],
  ['export of no groups', { type: 'export', requestId: 5, domain: 'demo', format: 'csv', matchIds: [] }, /must not be empty/],
  ['export matchIds not a list', { type: 'export', requestId: 5, domain: 'demo', format: 'csv', matchIds: 'g1' }, /must be an array/],
  ['export of too many groups', { type: 'export', requestId: 5, domain: 'demo', format: 'csv', matchIds: Array.from({ length: 100_001 }, (_, i) => `g${i}`) }, /at most 100000/],
  ['ready with a non-boolean paintAck', { type: 'ready', paintAck: 'yes' }, /paintAck must be a boolean/],
  ['firstPaint with extra fields', { type: 'firstPaint', requestId: 1, domain: 'demo' }, /unexpected field "requestId"/],
  ['export unknown format', { type: 'export', requestId: 5, domain: 'demo', format: 'xlsx' }, /format/],
  ['resume without a runId', { type: 'resumeBulkMerge', requestId: 6, domain: 'demo' }, /missing field "runId"/],
  ['resume with a forged runId', { type: 'resumeBulkMerge', requestId: 6, domain: 'demo', runId: '../../x' }, /runId must be/],
  ['retry failed with an extra field', { type: 'retryFailedMerges', requestId: 7, domain: 'demo', runId: 'r-1', matchId: 'g1' }, /unexpected field "matchId"/],
  ['report export in an unknown format', { type: 'exportMergeReport', requestId: 8, domain: 'demo', runId: 'r-1', format: 'html' }, /format/],
  ['dismiss a report of another domain', { type: 'dismissMergeReport', requestId: 9, domain: 'other', runId: 'r-1' }, /not this panel's domain/],
];

describe('matches: webview message validation', () => {
  it('accepts a well-formed merge', () => {
    const ctx: ValidationContext = { domain: 'demo', group: (id) => (id === 'g1' ? { matchId: 'g1', profileIds: [A, B, C], score: 0.9 } : undefined), isLoadedProfile: () => true };
    assert.deepStrictEqual(validateWebviewMessage(ok, ctx), { ok: true, message: ok });
  });

  for (const [name, message, reason] of forged) {
    it(`rejects ${name}, and no API call is made`, async () => {
      const backend = new FakeMatchesBackend(data);
      const ui = new RecordingUi();
      const controller = new MatchesController({ domain: 'demo', connectionId: 'c', connectionLabel: 'test', backend, ui, store: new MemoryStore() });
      await controller.receive({ type: 'ready' });
      const callsAfterLoad = backend.calls.length;
      await controller.receive(message);
      assert.strictEqual(backend.calls.length, callsAfterLoad, `API reached: ${JSON.stringify(backend.calls.slice(callsAfterLoad))}`);
      assert.strictEqual(ui.confirmations.length, 0);
      const error = ui.ofType('error').at(-1);
      assert.ok(error?.rejected, 'an error marked rejected is posted back');
      assert.match(error.message, reason);
      assert.match(ui.logLines.at(-1) ?? '', /Rejected a message/);
    });
  }

  it('accepts bulkMerge scores 0 and 1 (the range is inclusive)', () => {
    const ctx: ValidationContext = { domain: 'demo', group: () => undefined, isLoadedProfile: () => false };
    for (const minScore of [0, 1, 0.85]) {
      assert.strictEqual(validateWebviewMessage({ type: 'bulkMerge', requestId: 1, domain: 'demo', minScore }, ctx).ok, true, String(minScore));
    }
  });

  it('an export of filtered groups writes exactly those groups, in the order sent (control for the cases above)', async () => {
    const backend = new FakeMatchesBackend(data);
    const ui = new RecordingUi();
    const controller = new MatchesController({ domain: 'demo', connectionId: 'c', connectionLabel: 'test', backend, ui, store: new MemoryStore(), now: () => new Date(2026, 11, 1, 9) });
    await controller.receive({ type: 'ready' });
    await controller.receive({ type: 'export', requestId: 6, domain: 'demo', format: 'csv', matchIds: ['g2'] });
    assert.strictEqual(ui.saved[0].name, 'demo-matches-2026-12-01.csv');
    const lines = ui.saved[0].content.trim().split('\r\n');
    assert.deepStrictEqual(lines.slice(1).map((l) => l.split(',')[0]), ['g2']);
    assert.deepStrictEqual(ui.ofType('exportResult')[0], { type: 'exportResult', requestId: 6, saved: true, target: '/tmp/demo-matches-2026-12-01.csv', count: 1 });
  });

  it('the same merge, well-formed, does reach the API (control for the cases above)', async () => {
    const backend = new FakeMatchesBackend(data);
    const ui = new RecordingUi();
    const controller = new MatchesController({ domain: 'demo', connectionId: 'c', connectionLabel: 'test', backend, ui, store: new MemoryStore() });
    await controller.receive({ type: 'ready' });
    await controller.receive(ok);
    assert.strictEqual(backend.callsOf('mergeProfiles').length, 1);
    assert.strictEqual(ui.ofType('mergeResult')[0].outcome, 'merged');
  });
});
