import * as assert from 'assert';
import { changeLine, confirmationText } from '../../../src/host/domainJson/saveSummary';

describe('saveSummary', () => {
  const lines: [Parameters<typeof changeLine>[0], string][] = [
    [{ path: 'DefaultExpirationDays', kind: 'changed', before: 366, after: 400 }, '~ DefaultExpirationDays: 366 → 400'],
    [{ path: 'Matching.JobSchedule.DayOfTheWeek', kind: 'added', after: 'MONDAY' }, '+ Matching.JobSchedule.DayOfTheWeek: "MONDAY"'],
    [{ path: 'DeadLetterQueueUrl', kind: 'removed', before: 'https://q' }, '− DeadLetterQueueUrl (was "https://q")'],
  ];
  for (const [change, expected] of lines) it(`${change.kind}: ${expected}`, () => assert.strictEqual(changeLine(change), expected));

  it('16 changes (the issue\'s 1,116 px modal): 7 lines and a count; many notices are bounded too', () => {
    const changes = Array.from({ length: 16 }, (_, i) => ({ path: `Matching.Rule${i}`, kind: 'changed' as const, before: 'a'.repeat(80), after: i }));
    const notices = Array.from({ length: 9 }, (_, i) => `F${i} was removed: goes back to the service's default.`);
    const text = confirmationText({ subject: 'domain d', creating: false, destructive: true, notices, changes }, [{ op: 'UpdateDomain', input: { DomainName: 'd' } }]);
    const detailLines = text.detail.split('\n');
    assert.ok(detailLines.length <= 8 + 1 + 4 + 2 + 2, `${detailLines.length} lines:\n${text.detail}`);
    assert.match(text.detail, /… and 9 more \(Show Changes lists them all\)/);
    assert.match(text.detail, /… and 6 more \(Show Changes lists them all\)/);
    assert.ok(detailLines.every((l) => l.length <= 100), 'no line wider than ~100 characters');
  });

  it('long values are shortened', () => {
    const line = changeLine({ path: 'X', kind: 'added', after: 'x'.repeat(200) });
    assert.ok(line.length < 60 && line.endsWith('…'), line);
  });

  it('the confirmation lists changes, notices and calls', () => {
    const text = confirmationText(
      { subject: 'domain demo-retail', creating: false, destructive: true, notices: ['DeadLetterQueueUrl was removed: …'], changes: [lines[0][0], lines[2][0]] },
      [{ op: 'UpdateDomain', input: { DomainName: 'demo-retail', DefaultExpirationDays: 400, DeadLetterQueueUrl: '' } }],
    );
    assert.strictEqual(text.message, 'Save domain demo-retail on the service?');
    assert.strictEqual(text.detail, `Changes (2):\n${lines[0][1]}\n${lines[2][1]}\n\n⚠ DeadLetterQueueUrl was removed: …\n\nCalls: UpdateDomain.`);
  });

  it('creation wording, and a cap on the number of lines', () => {
    const changes = Array.from({ length: 30 }, (_, i) => ({ path: `Fields.f${i}`, kind: 'added' as const, after: i }));
    const text = confirmationText({ subject: 'object type O in d', creating: true, destructive: false, notices: [], changes }, []);
    assert.strictEqual(text.message, 'Create object type O in d on the service?');
    assert.match(text.detail, /^Members \(30\):/);
    assert.match(text.detail, /… and 23 more \(Show Changes lists them all\)/);
    assert.strictEqual(text.detail.split('\n').filter((l) => l.startsWith('+ ')).length, 7, 'at most 8 change lines, the count included');
    assert.match(text.detail, /Nothing will be sent\.$/);
  });
});
