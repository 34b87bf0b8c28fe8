// A user's first minutes with the explorer, against the sandbox's demo data: open the view, see the
// domains, drill into demo-retail and its identity-resolution jobs, open a domain as JSON.
import * as assert from 'assert';
import { world } from './world';
import { activeEditorText, activityBarEntry, closeEditorsReverted, contextMenu, expand, runCommand, screenshot, treeLabels, treeRow } from './workbench';

/** Calls the sandbox directly (it ignores signatures), to compare the tree with what the API returns. */
async function sandboxGet<T>(pathAndQuery: string): Promise<T> {
  const response = await fetch(`${world().endpoint}${pathAndQuery}`, { signal: AbortSignal.timeout(10_000) });
  assert.strictEqual(response.status, 200, `GET ${pathAndQuery} -> ${response.status}`);
  return (await response.json()) as T;
}

describe('explorer in code-server against the sandbox', function () {
  afterEach(async function () {
    if (this.currentTest?.state === 'failed') {
      const name = `failed-${this.currentTest.title.replace(/\W+/g, '-')}`;
      await screenshot(world().page, world().screenshotDir, name).catch(() => undefined);
    }
  });

  it('shows the Customer Profiles container in the activity bar', async () => {
    const { page, screenshotDir } = world();
    await activityBarEntry(page).waitFor({ timeout: 60_000 });
    await screenshot(page, screenshotDir, '01-workbench');
  });

  it('lists the sandbox domains when the view is opened', async () => {
    const { page, screenshotDir } = world();
    await activityBarEntry(page).click();
    const { Items } = await sandboxGet<{ Items: { DomainName: string }[] }>('/domains');
    const expected = Items.map((d) => d.DomainName).sort();
    assert.ok(expected.includes('demo-retail') && expected.includes('demo-empty'), `sandbox domains: ${expected}`);
    for (const name of expected) await treeRow(page, name).first().waitFor({ timeout: 30_000 });
    assert.deepStrictEqual((await treeLabels(page)).sort(), expected);
    await screenshot(page, screenshotDir, '02-domains');
  });

  it('expands demo-retail into its resource folders', async () => {
    const { page, screenshotDir } = world();
    await expand(treeRow(page, 'demo-retail').first());
    for (const folder of ['Object Types', 'Identity Resolution Jobs', 'Upload Jobs', 'Workflows']) {
      await treeRow(page, folder).first().waitFor({ timeout: 30_000 });
    }
    await screenshot(page, screenshotDir, '03-domain-expanded');
  });

  it("lists demo-retail's identity-resolution jobs with their status", async () => {
    const { page, screenshotDir } = world();
    const { IdentityResolutionJobsList: jobs } = await sandboxGet<{ IdentityResolutionJobsList: { JobId: string; Status: string; JobStartTime: number }[] }>(
      '/domains/demo-retail/identity-resolution-jobs',
    );
    assert.ok(jobs.length > 0, 'the demo domain should have a completed job');
    await expand(treeRow(page, 'Identity Resolution Jobs').first());
    for (const job of jobs) {
      // A job row: its start time (UTC, to the second: two runs in one minute differ) as label, the status first in its description.
      const started = `${new Date(job.JobStartTime * 1000).toISOString().slice(0, 19).replace('T', ' ')} UTC`;
      await treeRow(page, started).filter({ hasText: job.Status }).first().waitFor({ timeout: 30_000 });
    }
    await screenshot(page, screenshotDir, '04-jobs-expanded');
  });

  it('opens a domain as JSON from its context menu', async () => {
    const { page, screenshotDir } = world();
    await contextMenu(treeRow(page, 'demo-retail').first(), 'Open as JSON');
    await page.locator('.editor-group-container.active .tab.active', { hasText: 'demo-retail' }).waitFor({ timeout: 30_000 });
    const text = await activeEditorText(page);
    assert.match(text, /"DomainName":\s*"demo-retail"/);
    assert.match(text, /"CreatedAt":\s*"\d{4}-\d\d-\d\dT/, 'timestamps should be ISO strings');
    await screenshot(page, screenshotDir, '05-domain-json');
  });
  it('shows demo-rules with the Rule-based Matches item beside Matches: its count, levels and merging', async () => {
    const { page, screenshotDir } = world();
    let groups = 0;
    for (let token: string | undefined, first = true; first || token; first = false) {
      const page1 = await sandboxGet<{ MatchIds?: string[]; NextToken?: string }>(`/domains/demo-rules/profiles/ruleBasedMatches?max-results=100${token ? `&next-token=${encodeURIComponent(token)}` : ''}`);
      groups += page1.MatchIds?.length ?? 0;
      token = page1.NextToken;
    }
    assert.ok(groups > 0, 'the demo has rule-based groups');
    const count = groups > 1000 ? '1,000+' : groups.toLocaleString('en-US');
    await expand(treeRow(page, 'demo-rules').first());
    const item = treeRow(page, 'Rule-based Matches').filter({ hasText: `${count} groups · 3 levels · match only` });
    await item.first().waitFor({ timeout: 30_000 });
    const tooltip = page.locator('.monaco-hover:not(.hidden)', { hasText: 'Match groups' }).first();
    // A tree tooltip shows after a hover delay and only for a fresh mouse entry: move away and back until it does.
    for (let attempt = 1; ; attempt++) {
      await page.mouse.move(5, 400);
      await item.first().locator('.label-name').hover();
      try {
        await tooltip.waitFor({ timeout: 5_000 });
        break;
      } catch (e) {
        if (attempt >= 4) throw e;
      }
    }
    assert.match(await tooltip.innerText(), /FirstName \+ LastName \+ PhoneNumber/);
    await screenshot(page, screenshotDir, '06-rule-based-matches');
    await page.mouse.move(5, 400);
  });

  it('upload jobs: Start from the row (modal with the exact StartUploadJob request), Stop from its context menu', async () => {
    const { page, screenshotDir } = world();
    const { Items } = await sandboxGet<{ Items: { JobId: string; DisplayName: string; Status: string }[] }>('/domains/demo-retail/upload-jobs');
    const created = Items.find((j) => j.Status === 'CREATED');
    assert.ok(created, 'the demo has a CREATED upload job');
    await expand(treeRow(page, 'Upload Jobs').first());
    const row = treeRow(page, created.DisplayName).first();
    await row.waitFor({ timeout: 30_000 });
    await row.hover();
    const start = row.locator('.actions .action-label[aria-label^="Start Upload Job"]');
    await start.waitFor({ timeout: 10_000 });
    await screenshot(page, screenshotDir, '07-upload-jobs');
    await start.click();
    const dialog = page.locator('.monaco-dialog-box');
    await dialog.waitFor({ timeout: 10_000 });
    assert.ok((await dialog.innerText()).includes(`StartUploadJob { DomainName: "demo-retail", JobId: "${created.JobId}" }`), await dialog.innerText());
    await screenshot(page, screenshotDir, '08-start-upload-job-modal');
    await dialog.getByRole('button', { name: 'Start Upload Job' }).click();
    await treeRow(page, created.DisplayName).filter({ hasText: 'IN_PROGRESS' }).first().waitFor({ timeout: 30_000 });
    assert.strictEqual((await sandboxGet<{ Status: string }>(`/domains/demo-retail/upload-jobs/${created.JobId}`)).Status, 'IN_PROGRESS');
    await page.mouse.move(5, 400);
    await screenshot(page, screenshotDir, '09-upload-job-started');
    await contextMenu(treeRow(page, created.DisplayName).first(), 'Stop Upload Job…');
    await dialog.waitFor({ timeout: 10_000 });
    assert.ok((await dialog.innerText()).includes(`StopUploadJob { DomainName: "demo-retail", JobId: "${created.JobId}" }`));
    await dialog.getByRole('button', { name: 'Stop Upload Job' }).click();
    await treeRow(page, created.DisplayName).filter({ hasText: 'STOPPED' }).first().waitFor({ timeout: 30_000 });
    assert.strictEqual((await sandboxGet<{ Status: string }>(`/domains/demo-retail/upload-jobs/${created.JobId}`)).Status, 'STOPPED');
  });

  it("an active domain filter is shown in the view's description until cleared", async () => {
    const { page, screenshotDir } = world();
    await runCommand(page, 'Customer Profiles: Filter Domains…');
    const input = page.locator('.quick-input-widget input');
    await input.waitFor({ state: 'visible' });
    await input.fill('retail');
    await page.keyboard.press('Enter');
    // VS Code hides the description of a view alone in its container, so the filter is also the tree's message.
    const description = page.locator('.part.sidebar').getByText('Domain filter: retail.');
    await description.first().waitFor({ timeout: 10_000 });
    await treeRow(page, 'demo-empty').first().waitFor({ state: 'hidden', timeout: 10_000 }); // the tree re-renders a moment later
    assert.deepStrictEqual((await treeLabels(page)).filter((l) => l.startsWith('demo-')), ['demo-retail']);
    await screenshot(page, screenshotDir, '10-domain-filter');
    await runCommand(page, 'Customer Profiles: Clear Domain Filter');
    await description.first().waitFor({ state: 'hidden', timeout: 10_000 });
    await treeRow(page, 'demo-empty').first().waitFor({ timeout: 10_000 });
  });

  it('expanded folders and the selected job survive a window reload', async () => {
    const { page, screenshotDir } = world();
    const { Items } = await sandboxGet<{ Items: { DisplayName: string; Status: string }[] }>('/domains/demo-retail/upload-jobs');
    const finished = Items.find((j) => j.Status === 'SUCCEEDED');
    assert.ok(finished);
    await treeRow(page, finished.DisplayName).first().click(); // selects the row (and opens its JSON)
    await treeRow(page, finished.DisplayName).and(page.locator('[aria-selected="true"]')).first().waitFor({ timeout: 10_000 });
    await closeEditorsReverted(page);
    await page.waitForTimeout(500); // workspaceState writes are flushed on shutdown, but let the events land first
    // VS Code's own reload (the workbench's shutdown saves its storage); a bare page reload does not get that far.
    await runCommand(page, 'Developer: Reload Window');
    await page.waitForLoadState('load');
    await page.locator('.monaco-workbench').waitFor({ timeout: 60_000 });
    // The same rows come back expanded without a click, and the job is selected again.
    await treeRow(page, 'demo-retail').and(page.locator('[aria-expanded="true"]')).first().waitFor({ timeout: 60_000 });
    await treeRow(page, 'Upload Jobs').and(page.locator('[aria-expanded="true"]')).first().waitFor({ timeout: 30_000 });
    await treeRow(page, finished.DisplayName).and(page.locator('[aria-selected="true"]')).first().waitFor({ timeout: 30_000 });
    await page.mouse.move(5, 400);
    await screenshot(page, screenshotDir, '11-after-reload');
  });
});
