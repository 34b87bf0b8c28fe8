import * as assert from 'assert';
import { csvCell, toCsv } from '../../../src/shared/matches/csv';
import { exportGroupsCsv, exportGroupsJson } from '../../../src/shared/matches/exportGroups';

describe('matches: CSV escaping (RFC 4180 + formula guard)', () => {
  const table: Array<[string | number | undefined, string]> = [
    ['plain', 'plain'],
    ['a,b', '"a,b"'],
    ['say "hi"', '"say ""hi"""'],
    ['line1\nline2', '"line1\nline2"'],
    ['cr\rlf', '"cr\rlf"'],
    ['=HYPERLINK("http://x")', '"\'=HYPERLINK(""http://x"")"'],
    ['+1-555-0100', "'+1-555-0100"],
    ['-2+3', "'-2+3"],
    ['@SUM(A1)', "'@SUM(A1)"],
    ['\tTAB', "'\tTAB"],
    ['', ''],
    [undefined, ''],
    [0.875, '0.875'],
    ['<img src=x onerror=alert(1)>', '<img src=x onerror=alert(1)>'],
  ];
  for (const [input, expected] of table) it(`${JSON.stringify(input)} -> ${JSON.stringify(expected)}`, () => assert.strictEqual(csvCell(input), expected));

  it('uses CRLF record separators and ends with one', () => {
    assert.strictEqual(toCsv(['a', 'b'], [['1', 'x,y']]), 'a,b\r\n1,"x,y"\r\n');
  });

  it('exports groups with states and loaded names/emails', () => {
    const ctx = {
      domain: 'demo', matchGenerationDate: '2025-11-22T00:00:00.000Z',
      groups: [{ matchId: 'g1', profileIds: ['a', 'b', 'c'], score: 0.9 }],
      stateOf: () => 'skipped' as const,
      profile: (id: string) => (id === 'a' ? { ProfileId: 'a', FirstName: '=Jane', LastName: 'Doe', EmailAddress: 'j@x.io' } : id === 'b' ? null : undefined),
    };
    assert.strictEqual(exportGroupsCsv(ctx), 'MatchId,ConfidenceScore,ProfileIds,ReviewState,Names,Emails\r\ng1,0.9,a b c,skipped,\'=Jane Doe,j@x.io\r\n');
    const json = JSON.parse(exportGroupsJson(ctx, new Date(0)));
    assert.deepStrictEqual(json.groups[0].profiles, [
      { profileId: 'a', name: '=Jane Doe', email: 'j@x.io' },
      { profileId: 'b', status: 'merged or deleted since the job' },
      { profileId: 'c', status: 'not loaded' },
    ]);
  });
});
