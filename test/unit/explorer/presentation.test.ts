import * as assert from 'node:assert/strict';
import { identityResolutionJobDescription, presentNode } from '../../../src/host/explorer/presentation';
import { domainTooltip, objectTypeTooltip, type DomainDetails } from '../../../src/host/explorer/tooltipText';
import { DOMAIN_CHILDREN } from '../../../src/host/explorer/domainChildren';
import type { DomainNode, ErrorNode, ExplorerNode, IdentityResolutionJobNode, ObjectTypeNode } from '../../../src/host/explorer/nodes';

const T = new Date('2024-05-04T00:00:00Z');
const JOB = 'a'.repeat(32);

const domain: DomainNode = { kind: 'domain', id: 'c::demo-retail', domainName: 'demo-retail', item: { DomainName: 'demo-retail', CreatedAt: T, LastUpdatedAt: T, Tags: { team: 'crm' } } };
const job = (status: string, stats = true): IdentityResolutionJobNode => ({
  kind: 'identityResolutionJob',
  id: `j/${status}`,
  domainName: 'demo-retail',
  jobId: JOB,
  item: { JobId: JOB, Status: status as never, JobStartTime: T, JobStats: stats ? { NumberOfProfilesReviewed: 2000, NumberOfMatchesFound: 180, NumberOfMergesDone: 0 } : undefined },
});
const objectType: ObjectTypeNode = {
  kind: 'objectType',
  id: 'o',
  domainName: 'demo-retail',
  objectTypeName: 'Customer',
  item: { ObjectTypeName: 'Customer', Description: 'CRM *customers* [link](http://evil)' },
};

describe('explorer/presentation', () => {
  describe('every node kind (label, description, icon, contextValue, collapsible, click)', () => {
    const error: ErrorNode = { kind: 'error', id: 'e', listKey: 'domains', label: 'Failed to load domains', error: { kind: 'throttled', message: 'Slow down', nextStep: 'Wait', actions: ['retry'] } };
    const cases: [string, ExplorerNode, Partial<ReturnType<typeof presentNode>> & { iconId?: string }][] = [
      ['domain', domain, { label: 'demo-retail', contextValue: 'domain', collapsible: true, iconId: 'database', hasDetails: true }],
      ['folder', { kind: 'folder', id: 'f', folder: 'identityResolutionJobs', domainName: 'demo-retail' }, { label: 'Identity Resolution Jobs', contextValue: 'folder', collapsible: true, iconId: 'git-merge' }],
      ['completed job', job('COMPLETED'), { label: '2024-05-04 00:00:00 UTC', description: 'COMPLETED · 2,000 reviewed · 180 matches · 0 merges', contextValue: 'identityResolutionJob', collapsible: false, iconId: 'pass' }],
      ['running job', job('FIND_MATCHING', false), { description: 'FIND_MATCHING', iconId: 'sync~spin' }],
      ['failed job', job('FAILED', false), { iconId: 'error' }],
      ['object type', objectType, { label: 'Customer', contextValue: 'objectType', iconId: 'symbol-structure' }],
      ['upload job', { kind: 'uploadJob', id: 'u', domainName: 'd', jobId: JOB, item: { JobId: JOB, DisplayName: 'March import', Status: 'PARTIALLY_SUCCEEDED', StatusReason: 'VALIDATION_FAILURE' } }, { label: 'March import', description: 'PARTIALLY_SUCCEEDED · VALIDATION_FAILURE', contextValue: 'uploadJob', iconId: 'warning' }],
      ['workflow', { kind: 'workflow', id: 'w', domainName: 'd', workflowId: 'wf-1', item: { WorkflowId: 'wf-1', WorkflowType: 'APPFLOW_INTEGRATION', Status: 'COMPLETE', StatusDescription: 'done', CreatedAt: T, LastUpdatedAt: T } }, { label: 'wf-1', description: 'APPFLOW_INTEGRATION · COMPLETE', contextValue: 'workflow', iconId: 'pass' }],
      ['load more', { kind: 'loadMore', id: 'm', listKey: 'domains', loadedCount: 1200, loading: false }, { label: 'Load more…', description: '1,200 loaded', contextValue: 'loadMore', iconId: 'ellipsis' }],
      ['load more while loading', { kind: 'loadMore', id: 'm', listKey: 'domains', loadedCount: 50, loading: true }, { label: 'Loading…', iconId: 'loading~spin', command: undefined }],
      ['error', error, { label: 'Failed to load domains', description: 'Slow down — Show Log', contextValue: 'error', iconId: 'error' }],
      ['placeholder', { kind: 'placeholder', id: 'p', label: 'No object types' }, { label: 'No object types', contextValue: 'placeholder', collapsible: false }],
      ['matches, loading', { kind: 'matches', id: 'x', domainName: 'd' }, { label: 'Matches', description: 'loading…', contextValue: 'matches', collapsible: false, iconId: 'combine' }],
      ['matches, loaded', { kind: 'matches', id: 'x', domainName: 'd', summary: { potentialMatches: 1234, matchGenerationDate: T } }, { description: '1,234 potential matches · 2024-05-04' }],
      ['matches, one', { kind: 'matches', id: 'x', domainName: 'd', summary: { potentialMatches: 1, matchGenerationDate: T } }, { description: '1 potential match · 2024-05-04' }],
      ['matches, never ran', { kind: 'matches', id: 'x', domainName: 'd', summary: { potentialMatches: 0 } }, { description: 'no matches yet' }],
      ['matches, failed', { kind: 'matches', id: 'x', domainName: 'd', summaryError: 'AccessDenied' }, { description: 'unavailable' }],
    ];
    for (const [name, node, expected] of cases) {
      it(name, () => {
        const p = presentNode(node);
        const { iconId, ...rest } = expected;
        for (const [k, v] of Object.entries(rest)) assert.deepEqual(p[k as keyof typeof p], v, `${name}.${k}`);
        if (iconId) assert.equal(p.icon?.id, iconId);
      });
    }
  });

  it('clicks: leaves open JSON, "Load more…" loads, errors show the log', () => {
    assert.equal(presentNode(job('COMPLETED')).command?.id, 'customerProfiles.openAsJson');
    assert.equal(presentNode({ kind: 'loadMore', id: 'm', listKey: 'k', loadedCount: 1, loading: false }).command?.id, 'customerProfiles.loadMore');
    assert.equal(presentNode({ kind: 'error', id: 'e', listKey: 'k', label: 'x', error: { kind: 'unknown', message: 'm', actions: [] } }).command?.id, 'customerProfiles.showLog');
    assert.equal(presentNode(domain).command, undefined, 'a domain click expands it');
    assert.equal(presentNode({ kind: 'matches', id: 'x', domainName: 'd' }).command?.id, 'customerProfiles.reviewMatches');
  });

  it('upload jobs: Start only while CREATED, Stop only while IN_PROGRESS (contextValue), same-name jobs differ by creation time', () => {
    const upload = (status: string, created?: Date): ExplorerNode => ({ kind: 'uploadJob', id: `u/${status}`, domainName: 'd', jobId: JOB, item: { JobId: JOB, DisplayName: 'contacts.csv', Status: status as never, CreatedAt: created } });
    assert.deepEqual(
      ['CREATED', 'IN_PROGRESS', 'SUCCEEDED', 'PARTIALLY_SUCCEEDED', 'FAILED', 'STOPPED'].map((s) => presentNode(upload(s)).contextValue),
      ['uploadJob:startable', 'uploadJob:stoppable', 'uploadJob', 'uploadJob', 'uploadJob', 'uploadJob'],
    );
    const a = presentNode(upload('CREATED', new Date('2026-12-02T06:40:12Z')));
    const b = presentNode(upload('CREATED', new Date('2026-12-02T06:40:47Z')));
    assert.equal(a.label, b.label);
    assert.equal(a.description, 'CREATED · 2026-12-02 06:40:12 UTC');
    assert.notEqual(a.description, b.description);
  });

  it('two identity-resolution jobs started in the same minute have different labels', () => {
    const at = (iso: string): IdentityResolutionJobNode => ({ ...job('COMPLETED'), item: { ...job('COMPLETED').item, JobStartTime: new Date(iso) } });
    assert.equal(presentNode(at('2026-12-02T06:40:05Z')).label, '2026-12-02 06:40:05 UTC');
    assert.notEqual(presentNode(at('2026-12-02T06:40:05Z')).label, presentNode(at('2026-12-02T06:40:59Z')).label);
  });

  it('contextValues are plain words (menus use `viewItem == x`)', () => {
    const nodes: ExplorerNode[] = [domain, objectType, job('COMPLETED'), { kind: 'folder', id: 'f', folder: 'workflows', domainName: 'd' }];
    for (const n of nodes) assert.match(presentNode(n).contextValue, /^[a-zA-Z]+$/);
  });

  it('domain folders come from DOMAIN_CHILDREN, in order', () => {
    assert.deepEqual(DOMAIN_CHILDREN.map((c) => c.label), ['Object Types', 'Identity Resolution Jobs', 'Upload Jobs', 'Workflows']);
  });

  it('identityResolutionJobDescription without stats', () => {
    assert.equal(identityResolutionJobDescription(job('PENDING', false)), 'PENDING');
  });

  describe('tooltips', () => {
    it('domain before details: dates and tags', () => {
      const md = domainTooltip(domain);
      assert.match(md, /\*\*demo\\-retail\*\*/);
      assert.match(md, /Created \| 2024\\-05\\-04 00\\:00 UTC/);
      assert.match(md, /team=crm/);
    });

    it('domain with GetDomain details: stats and matching', () => {
      const details: DomainDetails = {
        DomainName: 'demo-retail',
        DefaultExpirationDays: 365,
        Stats: { ProfileCount: 2000, ObjectCount: 4100, TotalSize: 3 * 1024 * 1024, MeteringProfileCount: 2000 },
        Matching: { Enabled: true, JobSchedule: { DayOfTheWeek: 'SATURDAY', Time: '03:00' }, AutoMerging: { Enabled: false } },
        CreatedAt: T,
        LastUpdatedAt: T,
      };
      const md = domainTooltip(domain, details);
      assert.match(md, /Profiles \| 2,000/);
      assert.match(md, /Objects \| 4,100/);
      assert.match(md, /Total size \| 3\\\.0 MB/);
      assert.match(md, /Identity resolution \| on · weekly SATURDAY 03\\:00 UTC · auto\\-merge off/);
      assert.match(md, /Default expiration \| 365 days/);
    });

    it('domain details failure is shown, not thrown', () => {
      assert.match(domainTooltip(domain, undefined, 'Access denied'), /Details unavailable: Access denied/);
    });

    it('object type: API text is escaped (no live links), fields and keys listed', () => {
      const md = objectTypeTooltip(objectType, {
        ObjectTypeName: 'Customer',
        Description: 'x',
        Fields: { email: { Source: '_source.email', Target: '_profile.EmailAddress', ContentType: 'EMAIL_ADDRESS' } },
        Keys: { _email: [{ StandardIdentifiers: ['PROFILE', 'UNIQUE'], FieldNames: ['email'] }] },
      });
      assert.match(md, /CRM \\\*customers\\\* \\\[link\\\]\\\(http\\:\/\/evil\\\)/);
      assert.doesNotMatch(md, /\[link\]\(/);
      assert.match(md, /`email` ← \\_source\\\.email → \\_profile\\\.EmailAddress \(EMAIL_ADDRESS\)/);
      assert.match(md, /`_email` PROFILE\\\+UNIQUE\\: email/);
    });
  });
});
