import * as assert from 'assert';
import { compareSurnames, foldName, parsePersonName } from '../../../src/shared/normalize/name';
import { formalNamesOf, sameGivenName } from '../../../src/shared/normalize/nicknames';

describe('normalize: names', () => {
  const folds: [string, string][] = [['José', 'jose'], ['  MÜLLER ', 'muller'], ["O'Brien", 'obrien'], ['Anne-Marie', 'anne marie'], ['Strauß', 'strauss'], ['Łukasz', 'lukasz']];
  for (const [raw, expected] of folds) it(`folds ${raw}`, () => assert.strictEqual(foldName(raw), expected));

  const parses: [{ first?: string; middle?: string; last?: string }, string, string, string[], string][] = [
    [{ first: 'John', last: 'Smith' }, 'john', '', ['smith'], ''],
    [{ first: 'John A Smith' }, 'john', 'a', ['smith'], ''],
    [{ last: 'Smith, John' }, 'john', '', ['smith'], ''],
    [{ last: 'John Smith' }, 'john', '', ['smith'], ''],
    [{ first: 'María', last: 'Moreno Gutiérrez' }, 'maria', '', ['moreno', 'gutierrez'], ''],
    [{ first: 'Maria Moreno Gutiérrez' }, 'maria', 'moreno', ['gutierrez'], ''],
    [{ first: 'Juan', last: 'de la Cruz' }, 'juan', '', ['delacruz'], ''],
    [{ first: 'Robert', last: 'Smith Jr.' }, 'robert', '', ['smith'], 'jr'],
    [{ first: 'Robert', last: 'Smith Senior' }, 'robert', '', ['smith'], 'sr'],
    [{ first: 'Dr. Ann', last: 'Lee' }, 'ann', '', ['lee'], ''],
    [{ first: 'Mary Ann', last: 'Lee' }, 'mary', 'ann', ['lee'], ''],
  ];
  for (const [fields, given, middle, surnames, suffix] of parses) {
    it(`parses ${JSON.stringify(fields)}`, () => assert.deepStrictEqual(parsePersonName(fields), { given, middle, surnames, suffix }));
  }
  const surnames: [string[], string[], ReturnType<typeof compareSurnames>][] = [
    [['moreno', 'gutierrez'], ['moreno'], 'compound'], [['moreno'], ['moreno'], 'exact'], [['vander', 'berg'], ['vanderberg'], 'exact'],
    [['moreno'], ['gutierrez', 'lopez'], 'different'], [[], ['x'], 'missing'],
  ];
  for (const [a, b, expected] of surnames) it(`surnames ${a}/${b}: ${expected}`, () => assert.strictEqual(compareSurnames(a, b), expected));

  const given: [string, string, ReturnType<typeof sameGivenName>][] = [
    ['larry', 'lawrence', 'nickname'], ['lupe', 'guadalupe', 'nickname'], ['sasha', 'alexandra', 'nickname'], ['sasha', 'alexander', 'nickname'],
    ['missy', 'melissa', 'nickname'], ['bob', 'rob', 'nickname'], ['hank', 'henry', 'nickname'], ['peggy', 'margaret', 'nickname'],
    ['pepe', 'jose', 'nickname'], ['paco', 'francisco', 'nickname'], ['nacho', 'ignacio', 'nickname'], ['chris', 'christine', 'nickname'],
    ['john', 'john', 'exact'], ['jon', 'joan', 'different'], ['robert', 'richard', 'different'], ['larry', 'henry', 'different'], ['', 'x', 'different'],
  ];
  for (const [a, b, expected] of given) it(`given ${a}/${b}: ${expected}`, () => assert.strictEqual(sameGivenName(a, b), expected));
  it('an ambiguous diminutive stands for every formal name', () => assert.deepStrictEqual([...formalNamesOf('chris')].sort(), ['christian', 'christina', 'christine', 'christopher']));
  it('an unknown name stands for itself', () => assert.deepStrictEqual(formalNamesOf('zebulon'), ['zebulon']));
});
