// The getting-started walkthrough in package.json: every step can complete, links only to commands that exist,
// and shows an image that follows the theme and ships in the .vsix.
import * as assert from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import { localizedManifest, ROOT } from './localizedManifest';

interface Step { id: string; title: string; description: string; media: { svg?: string; altText?: string }; completionEvents: string[] }
interface Manifest {
  contributes: { commands: { command: string }[]; walkthroughs: { id: string; steps: Step[] }[]; views: Record<string, { id: string }[]> };
}

const root = ROOT;
const manifest = localizedManifest<Manifest>();
const contributed = new Set(manifest.contributes.commands.map((c) => c.command));
const views = new Set(Object.values(manifest.contributes.views).flat().map((v) => v.id));

describe('manifest: the getting-started walkthrough', () => {
  const walkthrough = manifest.contributes.walkthroughs?.[0];

  it('has the journeys: connect, browse, review matches, find a customer, edit a domain', () => {
    assert.ok(walkthrough, 'contributes.walkthroughs is missing');
    assert.deepStrictEqual(walkthrough.steps.map((s) => s.id), ['connect', 'browse', 'reviewMatches', 'findProfile', 'editDomain']);
  });

  for (const step of manifest.contributes.walkthroughs?.[0]?.steps ?? []) {
    describe(`step ${step.id}`, () => {
      it('completes on an event that names a real command, view or context key', () => {
        assert.ok(step.completionEvents.length > 0);
        for (const event of step.completionEvents) {
          const [kind, target] = event.split(/:(.*)/s);
          if (kind === 'onCommand') assert.ok(contributed.has(target), `${event}: no such contributed command`);
          else if (kind === 'onView') assert.ok(views.has(target), `${event}: no such view`);
          else assert.strictEqual(kind, 'onContext', `${event}: unexpected event kind`);
        }
      });

      it('links only to contributed commands (or to the view itself)', () => {
        const links = [...step.description.matchAll(/\(command:([^)?]+)/g)].map((m) => m[1]);
        assert.ok(links.length > 0, 'a step without a button leaves the user to find the command');
        for (const link of links) assert.ok(contributed.has(link) || link === 'workbench.view.extension.customerProfiles', `links to ${link}`);
      });

      it('shows a theme-following SVG with alt text that ships in the .vsix', () => {
        assert.ok(step.media.svg && step.media.altText, 'svg + altText');
        const svg = fs.readFileSync(path.join(root, step.media.svg), 'utf8');
        assert.match(svg, /^<svg xmlns="http:\/\/www\.w3\.org\/2000\/svg"/);
        // Colours come from the theme (light, dark, high contrast): any literal colour is only a var() fallback.
        for (const m of svg.matchAll(/(?:fill|stroke)="([^"]+)"/g)) assert.ok(m[1] === 'none' || m[1].startsWith('var(--vscode-'), `literal colour ${m[1]}`);
        assert.ok(!/<script|href=/i.test(svg), 'no script, no links in a walkthrough image');
        const ignore = fs.readFileSync(path.join(root, '.vscodeignore'), 'utf8').split('\n');
        assert.ok(ignore.includes(`!${path.posix.dirname(step.media.svg)}/*.svg`), '.vscodeignore keeps the walkthrough images');
      });
    });
  }
});
