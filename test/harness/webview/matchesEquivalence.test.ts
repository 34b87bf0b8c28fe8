// Difference highlighting through the shared normalizers, in Chromium with the real host controller: values
// written differently but equal (phone, birth date, street) are not highlighted, keep their raw text and carry a
// "≡" badge whose title names the normalized value; a real conflict stays highlighted. The phone region setting
// arrives in `init` and, when it changes, in `matchingSettings`.
import * as assert from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import type { ProfileRecord } from '../../../src/shared/profile';
import { SCREENSHOT_DIR } from '../paths';
import { FakeMatchesBackend } from './fakeMatchesBackend';
import { MatchesHarness } from './matchesHarness';

const SHOTS = path.join(SCREENSHOT_DIR, 'matches-harness');
const A = 'a'.repeat(32), B = 'b'.repeat(32);

function data(second: Partial<ProfileRecord> = {}) {
  const profiles: ProfileRecord[] = [
    { ProfileId: A, FirstName: 'Jane', LastName: 'Doe', EmailAddress: 'jane@example.com', PhoneNumber: '+1-555-010-0000', MobilePhoneNumber: '07700 900123',
      BirthDate: '03/07/1985', Address: { Address1: '12 Oak Court #4B', City: 'Springfield' } },
    { ProfileId: B, FirstName: 'Jane', LastName: 'Dow', EmailAddress: 'jane@example.com', PhoneNumber: '555.010.0000', MobilePhoneNumber: '+44 7700 900123',
      BirthDate: '1985-03-07', Address: { Address1: '12 oak ct apt 4b', City: 'Springfield' }, ...second },
  ];
  return { domain: 'demo-retail', matches: [{ MatchId: 'e1', ProfileIds: [A, B], ConfidenceScore: 0.93 }], profiles, matchGenerationDate: new Date(Date.UTC(2026, 10, 22)) };
}

interface RowView { classes: string; cells: Array<{ text: string; marks: Array<{ title: string; label: string; text: string }> }> }
const row = (h: MatchesHarness, field: string): Promise<RowView> => h.eval<RowView>(
  `(() => { const tr = [...document.querySelectorAll('table.compare tbody tr')].find((r) => r.querySelector('th').textContent === ${JSON.stringify(field)});
    return { classes: tr.className, cells: [...tr.querySelectorAll('td')].map((td) => ({ text: td.firstChild ? td.firstChild.textContent : '',
      marks: [...td.querySelectorAll('.equivalent-mark')].map((m) => ({ title: m.title, label: m.getAttribute('aria-label'), text: m.textContent })) })) }; })()`);

async function openE1(o: { defaultPhoneRegion?: string; theme?: 'light' | 'dark' | 'high-contrast'; l10nBundle?: Record<string, string> } = {}): Promise<MatchesHarness> {
  const h = await MatchesHarness.startWith(new FakeMatchesBackend(data()), 'demo-retail', o);
  await h.waitAllLoaded();
  await h.page.click(`.vlist-row:not([hidden])[data-match-id="e1"]`);
  await h.waitFor(`!!document.querySelector('table.compare') && !document.querySelector('.detail .loading')`);
  return h;
}

describe('matches webview: values written differently but equal', function () {
  this.timeout(60_000);
  const equivalent: Array<[string, [string, string], RegExp]> = [
    ['PhoneNumber', ['+1-555-010-0000', '555.010.0000'], /\+15550100000/],
    ['BirthDate', ['03/07/1985', '1985-03-07'], /1985-03-07/],
    ['Address.Address1', ['12 Oak Court #4B', '12 oak ct apt 4b'], /./],
  ];

  for (const theme of ['light', 'dark', 'high-contrast'] as const) {
    it(`${theme}: not highlighted, raw values shown, ≡ badge titled with the normalized value; a real difference still highlighted`, async () => {
      const h = await openE1({ theme });
      try {
        for (const [field, raw, normalized] of equivalent) {
          const r = await row(h, field);
          assert.doesNotMatch(r.classes, /\bdiffers\b/, `${field} is not a difference: ${r.classes}`);
          assert.match(r.classes, /\bequivalent\b/, field);
          assert.deepStrictEqual(r.cells.map((c) => c.text), raw, `${field} keeps the raw values`);
          assert.deepStrictEqual(r.cells[0].marks, [], `${field}: the first value is the reference`);
          assert.strictEqual(r.cells[1].marks.length, 1, `${field}: the differently written value has the badge`);
          const mark = r.cells[1].marks[0];
          assert.strictEqual(mark.text, '≡');
          assert.match(mark.title, normalized, `${field} title: ${mark.title}`);
          assert.strictEqual(mark.label, mark.title, `${field}: the badge is labelled for screen readers`);
        }
        // Drawn like an identical row (City), not like the conflicting one (LastName).
        const look = (field: string): Promise<string> => h.eval<string>(`(() => { const tr = [...document.querySelectorAll('table.compare tbody tr')].find((r) => r.querySelector('th').textContent === ${JSON.stringify(field)});
          const th = getComputedStyle(tr.querySelector('th')), td = getComputedStyle(tr.querySelector('td'));
          return [th.borderLeftStyle, th.borderLeftColor, td.backgroundColor, td.boxShadow, td.color].join(' | '); })()`);
        for (const [field] of equivalent) {
          assert.strictEqual(await look(field), await look('Address.City'), `${field} looks like an equal row`);
          assert.notStrictEqual(await look(field), await look('LastName'), `${field} does not look like a difference`);
        }
        const last = await row(h, 'LastName');
        assert.match(last.classes, /\bdiffers\b/, 'Doe vs Dow stays a difference');
        assert.deepStrictEqual(last.cells.map((c) => c.marks.length), [0, 0]);
        // Without a region: 07700 900123 reads as a (bad) US number, not the UK one.
        assert.match((await row(h, 'MobilePhoneNumber')).classes, /\bdiffers\b/);
        assert.deepStrictEqual(h.consoleErrors, []);
        fs.mkdirSync(SHOTS, { recursive: true });
        await h.page.screenshot({ path: path.join(SHOTS, `30-equivalent-${theme}.png`) });
      } finally {
        await h.close();
      }
    });
  }

  it('the phone region setting: sent in init, and a change redraws the open group', async () => {
    const h = await openE1({ defaultPhoneRegion: 'GB' });
    try {
      const uk = await row(h, 'MobilePhoneNumber');
      assert.doesNotMatch(uk.classes, /\bdiffers\b/, 'in GB 07700 900123 is +447700900123');
      assert.match(uk.cells[1].marks[0]?.title ?? '', /\+447700900123/);
      // The US number with its +1 still equals the national form only in the US: with GB it is a difference.
      assert.match((await row(h, 'PhoneNumber')).classes, /\bdiffers\b/);
      h.ui.post({ type: 'matchingSettings' });
      await h.waitFor(`/\\bdiffers\\b/.test([...document.querySelectorAll('table.compare tbody tr')].find((r) => r.querySelector('th').textContent === 'MobilePhoneNumber').className)`);
      assert.doesNotMatch((await row(h, 'PhoneNumber')).classes, /\bdiffers\b/, 'back to US');
    } finally {
      await h.close();
    }
  });

  it('the why breakdown shows attribute titles and outcome labels from the l10n bundle, by id', async () => {
    const h = await openE1({ l10nBundle: { 'First name': 'Prénom', 'same given name': 'même prénom', 'same, written differently': 'identique, écrit autrement' } });
    try {
      await h.waitFor(`!!document.querySelector('.why-ml table.why-table')`);
      const firstName = await h.eval<string>(`[...document.querySelectorAll('.why-ml tbody tr')].map((r) => r.textContent).find((t) => t.startsWith('Prénom')) || ''`);
      assert.match(firstName, /même prénom/);
      assert.doesNotMatch(firstName, /same given name/);
      assert.match(await h.eval<string>(`document.querySelector('.legend').textContent`), /identique, écrit autrement/);
      assert.deepStrictEqual(h.consoleErrors, []);
    } finally {
      await h.close();
    }
  });
});
