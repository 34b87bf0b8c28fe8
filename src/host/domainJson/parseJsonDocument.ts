// Strict JSON parsing with positions: the document is sent to the API as JSON, so comments and trailing commas
// are errors (as VS Code's JSON mode shows them), and duplicate keys are errors too (JSON.parse would silently
// keep the last one and lose the user's other value).
import { Node, ParseError, ParseErrorCode, getNodeValue, parseTree } from 'jsonc-parser';
import * as l10n from '@vscode/l10n';

export interface TextRange {
  offset: number;
  length: number;
}

export interface SyntaxProblem {
  message: string;
  range: TextRange;
}

export type ParsedDocument = { ok: true; root: Node; value: unknown } | { ok: false; problems: SyntaxProblem[] };

// A function, not a constant table: translated when the problem is described.
function codeText(code: ParseErrorCode): string {
  switch (code) {
    case ParseErrorCode.InvalidSymbol: return l10n.t('invalid symbol');
    case ParseErrorCode.InvalidNumberFormat: return l10n.t('invalid number');
    case ParseErrorCode.PropertyNameExpected: return l10n.t('property name expected');
    case ParseErrorCode.ValueExpected: return l10n.t('value expected');
    case ParseErrorCode.ColonExpected: return l10n.t('colon expected');
    case ParseErrorCode.CommaExpected: return l10n.t('comma expected');
    case ParseErrorCode.CloseBraceExpected: return l10n.t('closing brace } expected');
    case ParseErrorCode.CloseBracketExpected: return l10n.t('closing bracket ] expected');
    case ParseErrorCode.EndOfFileExpected: return l10n.t('end of file expected');
    case ParseErrorCode.InvalidCommentToken: return l10n.t('comments are not allowed in JSON');
    case ParseErrorCode.UnexpectedEndOfComment: return l10n.t('unexpected end of comment');
    case ParseErrorCode.UnexpectedEndOfString: return l10n.t('unterminated string');
    case ParseErrorCode.UnexpectedEndOfNumber: return l10n.t('unexpected end of number');
    case ParseErrorCode.InvalidUnicode: return l10n.t('invalid unicode sequence');
    case ParseErrorCode.InvalidEscapeCharacter: return l10n.t('invalid escape character');
    case ParseErrorCode.InvalidCharacter: return l10n.t('invalid character');
    default: return l10n.t('syntax error');
  }
}

/** 1-based line and column of an offset, as editors display them. */
export function lineColumn(text: string, offset: number): { line: number; column: number } {
  let line = 1;
  let lineStart = 0;
  for (let i = 0; i < offset && i < text.length; i++) {
    if (text[i] === '\n') {
      line++;
      lineStart = i + 1;
    }
  }
  return { line, column: offset - lineStart + 1 };
}

function describe(text: string, error: ParseError): SyntaxProblem {
  const { line, column } = lineColumn(text, error.offset);
  return { message: l10n.t('Line {0}, column {1}: {2}', line, column, codeText(error.error)), range: { offset: error.offset, length: error.length } };
}

function duplicateKeys(node: Node, text: string, out: SyntaxProblem[]): void {
  if (node.type === 'object') {
    const seen = new Set<string>();
    for (const property of node.children ?? []) {
      const key = property.children?.[0];
      if (!key || typeof key.value !== 'string') continue;
      if (seen.has(key.value)) {
        const { line, column } = lineColumn(text, key.offset);
        out.push({
          message: l10n.t('Line {0}, column {1}: duplicate member "{2}" (only one may be present)', line, column, key.value),
          range: { offset: key.offset, length: key.length },
        });
      }
      seen.add(key.value);
    }
  }
  for (const child of node.children ?? []) duplicateKeys(child, text, out);
}

export function parseJsonDocument(text: string): ParsedDocument {
  const errors: ParseError[] = [];
  const root = parseTree(text, errors, { disallowComments: true, allowTrailingComma: false, allowEmptyContent: false });
  const problems = errors.map((e) => describe(text, e));
  if (!root && problems.length === 0) problems.push({ message: l10n.t('Line {0}, column {1}: {2}', 1, 1, codeText(ParseErrorCode.ValueExpected)), range: { offset: 0, length: 0 } });
  if (root) duplicateKeys(root, text, problems);
  if (problems.length > 0 || !root) return { ok: false, problems };
  return { ok: true, root, value: getNodeValue(root) };
}
