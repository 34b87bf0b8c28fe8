import * as assert from 'assert';
import { htmlToMarkdown, htmlToText } from '../../../generators/schemas/htmlDocs';

describe('htmlDocs: model documentation -> description / markdownDescription', () => {
  const cases: Array<[string, string, string, string]> = [
    ['paragraphs', '<p>One.</p> <p>Two.</p>', 'One.\n\nTwo.', 'One.\n\nTwo.'],
    ['code and entities', '<p>Set <code>Matching</code> = <code>true</code> &amp; go</p>', 'Set Matching = true & go', 'Set `Matching` = `true` & go'],
    ['link', '<p>Use <a href="https://x/GetMatches.html">GetMatches</a> API</p>', 'Use GetMatches API', 'Use [GetMatches](https://x/GetMatches.html) API'],
    ['list', '<p>Pick:</p> <ul> <li> <p> <code>RECENCY</code>: newest.</p> </li> <li> <p>SOURCE</p> </li> </ul>',
      'Pick:\n\n- RECENCY: newest.\n- SOURCE', 'Pick:\n\n- `RECENCY`: newest.\n- SOURCE'],
    ['nested list', '<ul> <li> <p>Email</p> <ul> <li> <p>A</p> </li> </ul> </li> </ul>', '- Email\n  - A', '- Email\n  - A'],
    ['note', '<p>X</p> <note> <p>Careful.</p> </note>', 'X\n\nNote: Careful.', 'X\n\n**Note:** Careful.'],
    ['markdown specials escaped in text', '<p>a_b *c*</p>', 'a_b *c*', 'a\\_b \\*c\\*'],
    ['trailing space inside code', '<p>the <code>AttributeTypesSelector </code>where</p>', 'the AttributeTypesSelector where', 'the `AttributeTypesSelector` where'],
  ];
  for (const [name, html, text, markdown] of cases) {
    it(name, () => {
      assert.strictEqual(htmlToText(html), text);
      assert.strictEqual(htmlToMarkdown(html), markdown);
    });
  }
});
