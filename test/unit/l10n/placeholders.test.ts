// Every translated message gets the values its placeholders name: `l10n.t('Deleted {0} from {1}.', a, b)` passes
// two, `{ message, args, comment }` as many args as its highest {n} needs, and every message is a plain literal the
// extractor can see (a variable or a template with ${} would be missing from the bundle).
import * as assert from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import * as ts from 'typescript';
import { ROOT } from '../manifest/localizedManifest';
import { exporter } from './exporter';

interface Call { where: string; message?: string; passed: number | 'named' | 'unknown' }

function isL10nT(callee: ts.Expression): boolean {
  if (!ts.isPropertyAccessExpression(callee) || callee.name.text !== 't') return false;
  const owner = callee.expression;
  if (ts.isIdentifier(owner)) return owner.text === 'l10n';
  return ts.isPropertyAccessExpression(owner) && owner.name.text === 'l10n' && ts.isIdentifier(owner.expression) && owner.expression.text === 'vscode';
}

function literalText(node: ts.Expression | undefined): string | undefined {
  return node && (ts.isStringLiteral(node) || ts.isNoSubstitutionTemplateLiteral(node)) ? node.text : undefined;
}

/** Every l10n.t / vscode.l10n.t call in a file: its message and how many values it passes. */
function calls(file: string): Call[] {
  const source = ts.createSourceFile(file, fs.readFileSync(file, 'utf8'), ts.ScriptTarget.ES2022, true);
  const found: Call[] = [];
  const visit = (node: ts.Node): void => {
    if (ts.isCallExpression(node) && isL10nT(node.expression)) {
      const { line } = source.getLineAndCharacterOfPosition(node.getStart());
      const where = `${path.relative(ROOT, file)}:${line + 1}`;
      const [first, ...rest] = node.arguments;
      if (first && ts.isObjectLiteralExpression(first)) {
        const prop = (name: string): ts.Expression | undefined => first.properties
          .find((p): p is ts.PropertyAssignment => ts.isPropertyAssignment(p) && ts.isIdentifier(p.name) && p.name.text === name)?.initializer;
        const args = prop('args');
        found.push({ where, message: literalText(prop('message')), passed: !args ? 0 : ts.isArrayLiteralExpression(args) ? args.elements.length : ts.isObjectLiteralExpression(args) ? 'named' : 'unknown' });
      } else if (rest.length === 1 && ts.isObjectLiteralExpression(rest[0])) {
        found.push({ where, message: literalText(first), passed: 'named' });
      } else {
        found.push({ where, message: literalText(first), passed: rest.some((a) => ts.isSpreadElement(a)) ? 'unknown' : rest.length });
      }
    }
    ts.forEachChild(node, visit);
  };
  visit(source);
  return found;
}

const highestIndex = (message: string): number => Math.max(-1, ...[...message.matchAll(/\{(\d+)\}/g)].map((m) => Number(m[1])));

describe('l10n: placeholders', () => {
  const all = exporter.sourceFiles().flatMap(calls);

  it('finds the translated messages', () => assert.ok(all.length > 50, `only ${all.length} l10n.t calls`));

  it('every message is a literal the extractor sees', () => {
    assert.deepStrictEqual(all.filter((c) => c.message === undefined).map((c) => c.where), []);
  });

  it('every {n} in a message is passed, and no value is passed that no {n} shows', () => {
    const wrong = all
      .filter((c) => c.message !== undefined && typeof c.passed === 'number' && c.passed !== highestIndex(c.message) + 1)
      .map((c) => `${c.where}: "${c.message}" gets ${String(c.passed)} value(s)`);
    assert.deepStrictEqual(wrong, []);
  });

  it('every {n} is numbered from 0 without gaps', () => {
    const gaps = all.filter((c) => {
      if (c.message === undefined || c.passed === 'named') return false;
      const used = new Set([...c.message.matchAll(/\{(\d+)\}/g)].map((m) => Number(m[1])));
      return [...Array(highestIndex(c.message) + 1).keys()].some((i) => !used.has(i));
    }).map((c) => `${c.where}: "${c.message}"`);
    assert.deepStrictEqual(gaps, []);
  });
});
