// The `?` overlay listing the keyboard shortcuts. A modal dialog: focus moves into it and back on close.
import * as l10n from '@vscode/l10n';
import { el } from './dom';
import { shortcuts } from './shortcuts';

export class HelpOverlay {
  readonly root: HTMLElement;
  private readonly close = el('button', { class: 'secondary', text: l10n.t('Close') });
  private returnFocus: HTMLElement | undefined;

  constructor() {
    const rows = shortcuts().map((s) => el('tr', {},
      el('td', {}, ...s.keys.flatMap((k, i) => [i ? document.createTextNode(l10n.t(' or ')) : null, el('kbd', { text: k })])),
      el('td', { text: s.label })));
    this.root = el('div', { class: 'help-overlay', attrs: { role: 'dialog', 'aria-modal': 'true', 'aria-labelledby': 'help-title' } },
      el('div', { class: 'help-box' },
        el('h2', { text: l10n.t('Keyboard shortcuts'), attrs: { id: 'help-title' } }),
        el('table', { class: 'help-keys' }, el('tbody', {}, ...rows)),
        el('p', { class: 'note', text: l10n.t('Shortcuts do not act while you type in a field. In the group list, ↓ / ↑ move the selection and Enter opens it.') }),
        this.close));
    this.root.hidden = true;
    this.close.addEventListener('click', () => this.hide());
    this.root.addEventListener('click', (e) => { if (e.target === this.root) this.hide(); });
    this.root.addEventListener('keydown', (e) => {
      if (e.key === 'Escape' || e.key === '?') { e.preventDefault(); e.stopPropagation(); this.hide(); }
    });
  }

  get open(): boolean { return !this.root.hidden; }

  toggle(): void { if (this.open) this.hide(); else this.show(); }

  show(): void {
    this.returnFocus = document.activeElement instanceof HTMLElement ? document.activeElement : undefined;
    this.root.hidden = false;
    this.close.focus();
  }

  hide(): void {
    if (!this.open) return;
    this.root.hidden = true;
    this.returnFocus?.focus();
    this.returnFocus = undefined;
  }
}
