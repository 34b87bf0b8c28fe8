import * as assert from 'node:assert/strict';
import { RuleMatchIndex } from '../../../src/sandbox/rules/ruleMatchIndex';
import { config, profiles } from './helpers';

/** The groups as "level:id,id" strings, sorted: easy to read in a failure. */
function shape(index: RuleMatchIndex): string[] {
  return index.groups().map((g) => `${g.RuleLevel}:${g.ProfileIds.join(',')}`).sort();
}

describe('RuleMatchIndex: levels', () => {
  it('groups by e-mail at level 1 and by name + phone at level 2', () => {
    const cfg = config([['EmailAddress'], ['FirstName', 'LastName', 'PhoneNumber']]);
    const ps = profiles(
      { EmailAddress: 'a@x.com', FirstName: 'Ann', LastName: 'Lee', PhoneNumber: '555-010-0000' },
      { EmailAddress: ' A@X.COM ' },
      { FirstName: 'ann', LastName: 'LEE', PhoneNumber: '+1 (555) 010-0000' },
      { FirstName: 'Bob', LastName: 'Lee', PhoneNumber: '555-010-0001' },
      { FirstName: 'Bob', LastName: 'Lee', PhoneNumber: '5550100001' },
    );
    assert.deepEqual(shape(RuleMatchIndex.build(cfg, ps)), ['1:p01,p02', '2:p04,p05']);
  });
});
