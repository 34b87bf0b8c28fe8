// Upload jobs, workflows and tags through the real v3 client.
import * as assert from 'assert';
import {
  CreateUploadJobCommand, CustomerProfilesClient, GetUploadJobCommand, GetWorkflowCommand, GetWorkflowStepsCommand, ListTagsForResourceCommand,
  ListUploadJobsCommand, ListWorkflowsCommand, PutProfileObjectTypeCommand, StartUploadJobCommand, StopUploadJobCommand, TagResourceCommand,
  UntagResourceCommand,
} from '@aws-sdk/client-customer-profiles';
import type { RunningSandbox } from '../../../src/sandbox';
import { clientFor, rejects, startSmall } from './helpers';

const D = 'demo-retail';
const ARN = 'arn:aws:profile:us-east-1:123456789012:domains/demo-retail';

describe('sandbox: upload jobs, workflows, tags', () => {
  let sb: RunningSandbox;
  let client: CustomerProfilesClient;
  before(async () => {
    sb = await startSmall();
    client = clientFor(sb);
  });
  after(() => sb.stop());

  it('demo upload jobs come in several statuses, newest first, and page', async () => {
    const all = await client.send(new ListUploadJobsCommand({ DomainName: D }));
    const statuses = all.Items?.map((j) => j.Status) ?? [];
    for (const s of ['SUCCEEDED', 'PARTIALLY_SUCCEEDED', 'FAILED', 'STOPPED', 'IN_PROGRESS', 'CREATED']) assert.ok(statuses.includes(s as never), s);
    const times = all.Items?.map((j) => j.CreatedAt?.getTime() ?? 0) ?? [];
    assert.deepStrictEqual(times, [...times].sort((a, b) => b - a));
    const first = await client.send(new ListUploadJobsCommand({ DomainName: D, MaxResults: 4 }));
    const rest = await client.send(new ListUploadJobsCommand({ DomainName: D, MaxResults: 4, NextToken: first.NextToken }));
    assert.deepStrictEqual([...(first.Items ?? []), ...(rest.Items ?? [])].map((j) => j.JobId), all.Items?.map((j) => j.JobId));
    const failed = all.Items?.find((j) => j.Status === 'FAILED');
    const detail = await client.send(new GetUploadJobCommand({ DomainName: D, JobId: failed?.JobId }));
    assert.strictEqual(detail.StatusReason, 'VALIDATION_FAILURE');
    assert.strictEqual(detail.ResultsSummary?.FailedRecords, 250);
  });

  it('create -> start -> stop an upload job; invalid transitions are BadRequest', async () => {
    const { JobId } = await client.send(new CreateUploadJobCommand({
      DomainName: D, DisplayName: 'new.csv', UniqueKey: 'email', Fields: { email: { Source: '_source.email', Target: '_profile.EmailAddress', ContentType: 'EMAIL_ADDRESS' } },
    }));
    assert.match(JobId ?? '', /^[a-f0-9]{32}$/);
    assert.strictEqual((await client.send(new GetUploadJobCommand({ DomainName: D, JobId }))).Status, 'CREATED');
    await client.send(new StartUploadJobCommand({ DomainName: D, JobId }));
    assert.strictEqual((await client.send(new GetUploadJobCommand({ DomainName: D, JobId }))).Status, 'IN_PROGRESS');
    const twice = await rejects(() => client.send(new StartUploadJobCommand({ DomainName: D, JobId })));
    assert.strictEqual(twice.name, 'BadRequestException');
    await client.send(new StopUploadJobCommand({ DomainName: D, JobId }));
    const stopped = await client.send(new GetUploadJobCommand({ DomainName: D, JobId }));
    assert.strictEqual(stopped.Status, 'STOPPED');
    assert.ok(stopped.CompletedAt instanceof Date);
    // A finished job can be neither stopped again nor started; an unknown one is not found.
    assert.strictEqual((await rejects(() => client.send(new StopUploadJobCommand({ DomainName: D, JobId })))).name, 'BadRequestException');
    assert.strictEqual((await rejects(() => client.send(new StartUploadJobCommand({ DomainName: D, JobId })))).name, 'BadRequestException');
    assert.strictEqual((await rejects(() => client.send(new StopUploadJobCommand({ DomainName: D, JobId: 'f'.repeat(32) })))).name, 'ResourceNotFoundException');
    const missing = await rejects(() => client.send(new GetUploadJobCommand({ DomainName: D, JobId: '0'.repeat(32) })));
    assert.strictEqual(missing.name, 'ResourceNotFoundException');
    const badKey = await rejects(() => client.send(new CreateUploadJobCommand({ DomainName: D, DisplayName: 'x', UniqueKey: 'nope', Fields: { a: { Source: '_source.a', Target: '_profile.FirstName' } } })));
    assert.strictEqual(badKey.name, 'BadRequestException');
  });

  it('workflows: list with filters, get, steps with paging', async () => {
    const list = await client.send(new ListWorkflowsCommand({ DomainName: D }));
    assert.strictEqual(list.Items?.length, 1);
    const wf = list.Items?.[0];
    assert.strictEqual(wf?.WorkflowType, 'APPFLOW_INTEGRATION');
    assert.strictEqual((await client.send(new ListWorkflowsCommand({ DomainName: D, Status: 'FAILED' }))).Items?.length, 0);
    const got = await client.send(new GetWorkflowCommand({ DomainName: D, WorkflowId: wf?.WorkflowId }));
    assert.strictEqual(got.Attributes?.AppflowIntegration?.SourceConnectorType, 'Salesforce');
    assert.strictEqual(got.Metrics?.AppflowIntegration?.TotalSteps, 4);
    const p1 = await client.send(new GetWorkflowStepsCommand({ DomainName: D, WorkflowId: wf?.WorkflowId, MaxResults: 3 }));
    const p2 = await client.send(new GetWorkflowStepsCommand({ DomainName: D, WorkflowId: wf?.WorkflowId, MaxResults: 3, NextToken: p1.NextToken }));
    const flows = [...(p1.Items ?? []), ...(p2.Items ?? [])].map((s) => s.AppflowIntegration?.FlowName);
    assert.strictEqual(new Set(flows).size, 4);
    assert.strictEqual(p2.NextToken, undefined);
    const missing = await rejects(() => client.send(new GetWorkflowCommand({ DomainName: D, WorkflowId: 'b'.repeat(32) })));
    assert.strictEqual(missing.name, 'ResourceNotFoundException');
  });

  it('tags on a domain and an object type: tag, list, untag; unknown ARN -> ResourceNotFound', async () => {
    await client.send(new TagResourceCommand({ resourceArn: ARN, tags: { stage: 'test', owner: 'me' } }));
    assert.deepStrictEqual((await client.send(new ListTagsForResourceCommand({ resourceArn: ARN }))).tags, { env: 'demo', team: 'retail-crm', stage: 'test', owner: 'me' });
    await client.send(new UntagResourceCommand({ resourceArn: ARN, tagKeys: ['stage', 'owner'] }));
    assert.deepStrictEqual((await client.send(new ListTagsForResourceCommand({ resourceArn: ARN }))).tags, { env: 'demo', team: 'retail-crm' });

    await client.send(new PutProfileObjectTypeCommand({ DomainName: 'demo-empty', ObjectTypeName: 'T1', Description: 'd', TemplateId: 'Zendesk-users' }));
    const otArn = 'arn:aws:profile:us-east-1:123456789012:domains/demo-empty/object-types/T1';
    await client.send(new TagResourceCommand({ resourceArn: otArn, tags: { k: 'v' } }));
    assert.deepStrictEqual((await client.send(new ListTagsForResourceCommand({ resourceArn: otArn }))).tags, { k: 'v' });

    const err = await rejects(() => client.send(new ListTagsForResourceCommand({ resourceArn: 'arn:aws:profile:us-east-1:123456789012:domains/nope' })));
    assert.strictEqual(err.name, 'ResourceNotFoundException');
  });
});
