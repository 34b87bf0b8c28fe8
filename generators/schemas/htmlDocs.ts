// Converts the model's HTML documentation into plain text (JSON Schema `description`) and simple markdown
// (`markdownDescription`, which VS Code renders in hovers). The model only uses a handful of tags
// (p, code, a, ul/ol/li, note/important, b/i), so a small tokenizer beats an HTML parser dependency.

interface Block {
  indent: number;
  bullet: boolean;
  text: string;
}

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: ' ' };

function decodeEntities(s: string): string {
  return s.replace(/&(#x[0-9a-f]+|#[0-9]+|[a-z]+);/gi, (whole, name: string) => {
    if (name[0] === '#') {
      const code = name[1] === 'x' || name[1] === 'X' ? parseInt(name.slice(2), 16) : parseInt(name.slice(1), 10);
      return Number.isFinite(code) ? String.fromCodePoint(code) : whole;
    }
    return ENTITIES[name.toLowerCase()] ?? whole;
  });
}

function escapeMarkdown(s: string): string {
  return s.replace(/[\\`*_[\]<>]/g, (c) => `\\${c}`);
}

function convert(html: string, markdown: boolean): string {
  const blocks: Block[] = [];
  let current: Block | undefined;
  let listDepth = 0;
  let freshBullet = false; // an <li> just opened: its first <p> continues the bullet line
  let codeBuffer: string | undefined; // text inside <code>, emitted as one span
  const hrefs: string[] = [];

  const startBlock = (bullet: boolean): void => {
    current = { indent: Math.max(0, listDepth - (bullet ? 1 : 0)), bullet, text: '' };
    blocks.push(current);
  };
  const append = (s: string): void => {
    if (!current) startBlock(false);
    current!.text += s;
  };

  for (const token of html.match(/<[^>]*>|[^<]+/g) ?? []) {
    const tag = /^<(\/?)([a-zA-Z]+)([^>]*)>$/.exec(token);
    if (!tag) {
      const text = decodeEntities(token).replace(/\s+/g, ' ');
      if (codeBuffer !== undefined) codeBuffer += text;
      else append(markdown ? escapeMarkdown(text) : text);
      if (text.trim()) freshBullet = false; // the bullet has content: a later <p> is a new paragraph
      continue;
    }
    const closing = tag[1] === '/';
    const name = tag[2].toLowerCase();
    switch (name) {
      case 'ul':
      case 'ol':
        listDepth = Math.max(0, listDepth + (closing ? -1 : 1));
        current = undefined;
        break;
      case 'li':
        if (closing) current = undefined;
        else {
          startBlock(true);
          freshBullet = true;
        }
        break;
      case 'p':
        if (closing) current = undefined;
        else if (freshBullet) freshBullet = false;
        else startBlock(false);
        break;
      case 'note':
      case 'important':
        if (closing) current = undefined;
        else {
          startBlock(false);
          append(markdown ? `**${name === 'note' ? 'Note' : 'Important'}:** ` : `${name === 'note' ? 'Note' : 'Important'}: `);
          freshBullet = true; // the note's first <p> continues the label's line
        }
        break;
      case 'code':
        if (!closing) codeBuffer = '';
        else if (codeBuffer !== undefined) {
          const inner = codeBuffer.trim();
          const span = markdown ? `\`${inner}\`` : inner;
          append((codeBuffer.startsWith(' ') ? ' ' : '') + span + (codeBuffer.endsWith(' ') ? ' ' : ''));
          codeBuffer = undefined;
        }
        break;
      case 'a':
        if (!closing) {
          const href = /href\s*=\s*"([^"]*)"/i.exec(tag[3])?.[1] ?? '';
          hrefs.push(decodeEntities(href));
          if (markdown && href) append('[');
        } else {
          const href = hrefs.pop();
          if (markdown && href) append(`](${href})`);
        }
        break;
      case 'b':
      case 'strong':
        if (markdown) append('**');
        break;
      case 'i':
      case 'em':
        if (markdown) append('_');
        break;
      case 'br':
        append(markdown ? '  \n' : '\n');
        break;
      default:
        break; // unknown tags: keep their text, drop the markup
    }
    if (name !== 'p' && name !== 'note' && name !== 'important' && !(name === 'li' && !closing)) freshBullet = false;
  }

  const lines = blocks
    .map((b) => ({ ...b, text: b.text.replace(/ +/g, ' ').replace(/\[ /g, '[').replace(/ \]/g, ']').trim() }))
    .filter((b) => b.text !== '' && b.text !== '**Note:**' && b.text !== 'Note:');
  let out = '';
  lines.forEach((b, i) => {
    if (i > 0) out += b.bullet && lines[i - 1].bullet ? '\n' : '\n\n';
    out += '  '.repeat(b.indent) + (b.bullet ? '- ' : '') + b.text;
  });
  return out;
}

/** HTML documentation -> plain text (paragraphs separated by blank lines, list items as "- "). */
export function htmlToText(html: string): string {
  return convert(html, false);
}

/** HTML documentation -> simple markdown (code spans, links, bullet lists) for VS Code hovers. */
export function htmlToMarkdown(html: string): string {
  return convert(html, true);
}
