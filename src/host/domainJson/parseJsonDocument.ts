// Strict JSON parsing with positions: the document is sent to the API as JSON, so comments and trailing commas
// are errors (as VS Code's JSON mode shows them), and duplicate keys are errors too (JSON.parse would silently
// keep the last one and lose the user's other value).
import { Node, ParseError, ParseErrorCode, getNodeValue, parseTree } from 'jsonc-parser';

export interface TextRange {
  offset: number;
  length: number;
}

export interface SyntaxProblem {
  message: string;
  range: TextRange;
}

export type ParsedDocument = { ok: true; root: Node; value: unknown } | { ok: false; problems: SyntaxProblem[] };

const CODE_TEXT: Record<number, string> = {
  [ParseErrorCode.InvalidSymbol]: 'invalid symbol',
  [ParseErrorCode.InvalidNumberFormat]: 'invalid number',
  [ParseErrorCode.PropertyNameExpected]: 'property name expected',
  [ParseErrorCode.ValueExpected]: 'value expected',
  [ParseErrorCode.ColonExpected]: 'colon expected',
  [ParseErrorCode.CommaExpected]: 'comma expected',
  [ParseErrorCode.CloseBraceExpected]: 'closing brace } expected',
  [ParseErrorCode.CloseBracketExpected]: 'closing bracket ] expected',
  [ParseErrorCode.EndOfFileExpected]: 'end of file expected',
  [ParseErrorCode.InvalidCommentToken]: 'comments are not allowed in JSON',
  [ParseErrorCode.UnexpectedEndOfComment]: 'unexpected end of comment',
  [ParseErrorCode.UnexpectedEndOfString]: 'unterminated string',
  [ParseErrorCode.UnexpectedEndOfNumber]: 'unexpected end of number',
  [ParseErrorCode.InvalidUnicode]: 'invalid unicode sequence',
  [ParseErrorCode.InvalidEscapeCharacter]: 'invalid escape character',
  [ParseErrorCode.InvalidCharacter]: 'invalid character',
};

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
  const what = CODE_TEXT[error.error] ?? 'syntax error';
  return { message: `Line ${line}, column ${column}: ${what}`, range: { offset: error.offset, length: error.length } };
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
          message: `Line ${line}, column ${column}: duplicate member "${key.value}" (only one may be present)`,
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
  if (!root && problems.length === 0) problems.push({ message: 'Line 1, column 1: value expected', range: { offset: 0, length: 0 } });
  if (root) duplicateKeys(root, text, problems);
  if (problems.length > 0 || !root) return { ok: false, problems };
  return { ok: true, root, value: getNodeValue(root) };
}
