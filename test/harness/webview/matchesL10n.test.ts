// Browser harness: the matches webview renders its texts from the host's l10n bundle. The real HTML carries a
// bundle (as MatchesPanel passes vscode.l10n.bundle) that maps a few of the panel's real English messages to
// other text; the rendered panel shows the translations, with their placeholders filled, and keeps English
// for messages the bundle does not have. Run after `node esbuild.js && npx tsc -p .` (npm run matches-webview).
import * as assert from 'assert';
import { MatchesHarness } from './matchesHarness';

/** Keys are the exact English messages of media/matches (what @vscode/l10n-dev extracts). */
const BUNDLE = {
  'Merge all…': 'Tout fusionner…',
  '{0} groups shown': '{0} groupes affichés',
  'Matches · {0}': 'Correspondances · {0}',
  'Select a group (click, or arrow keys and Enter) to compare its profiles and compose a merge.': 'Choisissez un groupe.',
};

describe('matches webview: texts from the l10n bundle', function () {
  this.timeout(120_000);
  let h: MatchesHarness;

  before(async () => {
    h = await MatchesHarness.start({ groups: 12, l10nBundle: BUNDLE });
    await h.waitAllLoaded();
  });
  after(async () => { await h?.close(); });

  it('shows the bundle\'s translations, placeholders filled, and English for messages it does not have', async () => {
    const text = (selector: string): Promise<string> => h.eval<string>(`document.querySelector(${JSON.stringify(selector)}).textContent`);
    assert.strictEqual(await text('.shown'), '12 groupes affichés');
    assert.match(await text('h1.title'), /^Correspondances · \S+$/);
    assert.strictEqual(await text('.detail .placeholder'), 'Choisissez un groupe.');
    assert.strictEqual(await h.eval(`[...document.querySelectorAll('button.bulk-merge')].every((b) => b.textContent === 'Tout fusionner…')`), true);
    assert.strictEqual(await h.eval(`[...document.querySelectorAll('button')].some((b) => b.textContent === 'Reload')`), true, 'untranslated messages stay English');
    assert.deepStrictEqual(h.consoleErrors, []);
  });
});
