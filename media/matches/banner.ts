// The dismissible message line under the overview: errors from the host, and information (reports, hints).
import * as l10n from '@vscode/l10n';
import { clear, el } from './dom';

export function errorMessage(e: unknown): string {
  return e instanceof Error ? e.message : String(e);
}

export class Banner {
  readonly root = el('div', { class: 'banner', attrs: { role: 'alert' } });

  constructor() { this.root.hidden = true; }

  show(e: unknown, kind: 'error' | 'info' = 'error'): void {
    clear(this.root);
    const close = el('button', { class: 'secondary link', text: l10n.t('Dismiss') });
    close.addEventListener('click', () => { this.root.hidden = true; });
    this.root.className = `banner banner-${kind}`;
    this.root.append(el('pre', { text: errorMessage(e) }), close);
    this.root.hidden = false;
  }
}
