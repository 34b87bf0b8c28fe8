import * as assert from 'assert';
import { buildCreateDomainInput, buildUpdateDomainInput, isEmptyUpdate } from '../../../src/host/domainJson/domainInputs';
import { editableDomain } from '../../../src/host/domainJson/editableDomain';
import { validateOperationInput } from '../../../src/sandbox/validation/validateOperationInput';
import { remoteDomain } from './fixtures';

describe('buildUpdateDomainInput / buildCreateDomainInput', () => {
  const remote = remoteDomain();
  const doc = editableDomain(remote);

  it('an unchanged document updates nothing', () => {
    const input = buildUpdateDomainInput('demo-retail', remote, doc);
    assert.deepStrictEqual(input, { DomainName: 'demo-retail' });
    assert.ok(isEmptyUpdate(input));
  });

  it('sends changed top-level members whole, removed clearable fields as "", never Tags', () => {
    const edited = JSON.parse(JSON.stringify(doc)) as typeof doc;
    edited.Matching!.JobSchedule!.Time = '4:30';
    delete edited.DefaultEncryptionKey;
    edited.Tags = { team: 'other' };
    const input = buildUpdateDomainInput('demo-retail', remote, edited);
    assert.deepStrictEqual(input, { DomainName: 'demo-retail', Matching: edited.Matching, DefaultEncryptionKey: '' });
    assert.ok(!isEmptyUpdate(input));
    assert.strictEqual(validateOperationInput('UpdateDomain', input as Record<string, unknown>), undefined);
  });

  it('a removed non-clearable member is not sent (UpdateDomain cannot remove it)', () => {
    const { Matching: _m, ...edited } = doc;
    assert.deepStrictEqual(buildUpdateDomainInput('demo-retail', remote, edited), { DomainName: 'demo-retail' });
  });

  it('CreateDomain input is the document plus the name (Tags included: no resource to tag yet)', () => {
    const input = buildCreateDomainInput('new-domain', { DefaultExpirationDays: 30, Tags: { team: 'crm' } });
    assert.deepStrictEqual(input, { DefaultExpirationDays: 30, Tags: { team: 'crm' }, DomainName: 'new-domain' });
    assert.strictEqual(validateOperationInput('CreateDomain', input as Record<string, unknown>), undefined);
  });
});
