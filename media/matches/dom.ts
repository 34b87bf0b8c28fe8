// Tiny DOM helpers. Text only ever goes in through textContent: profile values are untrusted and must show
// literally (never innerHTML / insertAdjacentHTML anywhere in this webview).
export interface ElementProps {
  readonly class?: string;
  readonly text?: string;
  readonly attrs?: Readonly<Record<string, string>>;
}

export function el<K extends keyof HTMLElementTagNameMap>(
  tag: K, props: ElementProps = {}, ...children: Array<Node | null | undefined | false>
): HTMLElementTagNameMap[K] {
  const node = document.createElement(tag);
  if (props.class) node.className = props.class;
  if (props.text !== undefined) node.textContent = props.text;
  for (const [k, v] of Object.entries(props.attrs ?? {})) node.setAttribute(k, v);
  for (const c of children) if (c) node.appendChild(c);
  return node;
}

export function clear(node: Element): void {
  while (node.firstChild) node.removeChild(node.firstChild);
}

/** Short form of a 32-hex profile id for labels (head and tail, which tell ids apart); full id in tooltips. */
export function shortId(profileId: string): string {
  return profileId.length > 12 ? `${profileId.slice(0, 4)}…${profileId.slice(-4)}` : profileId;
}

export function formatScore(score: number): string {
  return score.toFixed(3);
}

/**
 * A count as the texts show it ("1,234"). @vscode/l10n has no plurals: a counted text is one message for 1 and
 * one for n (`n === 1 ? l10n.t('1 group') : l10n.t('{0} groups', formatCount(n))`), never a translated noun
 * glued to a number.
 */
export function formatCount(n: number): string {
  return n.toLocaleString('en-US');
}
