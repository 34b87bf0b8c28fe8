// Keyboard shortcuts of the matches panel (also listed in the `?` help overlay and docs/matches.md). They never
// fire while the reviewer types in a field, and a merge shortcut only opens the confirmation.
import * as l10n from '@vscode/l10n';
import { el } from './dom';
export type ShortcutAction = 'merge' | 'notAMatch' | 'skip' | 'reset' | 'next' | 'previous' | 'search' | 'help';

export interface Shortcut {
  readonly keys: readonly string[];
  readonly action: ShortcutAction;
  readonly label: string;
}

/** The shortcuts with their labels in the display language (a function: labels are translated when shown). */
export const shortcuts = (): readonly Shortcut[] => [
  { keys: ['m'], action: 'merge', label: l10n.t('Merge the open group… (asks for confirmation first)') },
  { keys: ['n'], action: 'notAMatch', label: l10n.t('Not a match, then open the next unreviewed group') },
  { keys: ['s'], action: 'skip', label: l10n.t('Skip, then open the next unreviewed group') },
  { keys: ['u'], action: 'reset', label: l10n.t('Reset the open group to Unreviewed') },
  { keys: ['j', '↓'], action: 'next', label: l10n.t('Open the next group') },
  { keys: ['k', '↑'], action: 'previous', label: l10n.t('Open the previous group') },
  { keys: ['/'], action: 'search', label: l10n.t('Search groups') },
  { keys: ['?'], action: 'help', label: l10n.t('Show or hide this list (Esc closes it)') },
];

const KEY_ACTIONS: Readonly<Record<string, ShortcutAction>> = {
  m: 'merge', n: 'notAMatch', s: 'skip', u: 'reset', j: 'next', k: 'previous', '/': 'search', '?': 'help',
  ArrowDown: 'next', ArrowUp: 'previous',
};

/** Inputs where keys are text (a checkbox or radio button is not). */
function isTyping(target: EventTarget | null): boolean {
  if (!(target instanceof HTMLElement)) return false;
  if (target.isContentEditable || target instanceof HTMLTextAreaElement || target instanceof HTMLSelectElement) return true;
  return target instanceof HTMLInputElement && !['checkbox', 'radio', 'button', 'submit'].includes(target.type);
}

/**
 * The action for a keydown, or undefined. The arrows count only when nothing else uses them: the group
 * list moves its own selection with them, and tables or the detail scroll with them.
 */
export function shortcutFor(e: KeyboardEvent): ShortcutAction | undefined {
  if (e.defaultPrevented || e.ctrlKey || e.metaKey || e.altKey || isTyping(e.target)) return undefined;
  const action = KEY_ACTIONS[e.key];
  if ((e.key === 'ArrowDown' || e.key === 'ArrowUp') && e.target !== document.body && !(e.target instanceof HTMLButtonElement)) return undefined;
  return action;
}

/** What the shortcuts act on (the app supplies it). */
export interface ShortcutTargets {
  readonly help: { readonly open: boolean; show(): void; hide(): void };
  /** A decision on the open group (ignored when it cannot take it: merged, locked, already in that state). */
  decide(state: 'not-a-match' | 'skipped' | 'unreviewed'): void;
  /** Clicks the composer's Merge button, which asks the host for the confirmation; never merges directly. */
  merge(): void;
  search(): void;
  step(delta: 1 | -1): void;
}

/** The keyboard shortcuts, and a "Shortcuts (?)" button in `toolbar` that opens their list. */
export function installShortcuts(toolbar: Element, t: ShortcutTargets): void {
  const helpButton = el('button', { class: 'secondary', text: l10n.t('Shortcuts (?)'), attrs: { 'aria-haspopup': 'dialog' } });
  helpButton.addEventListener('click', () => t.help.show());
  toolbar.append(helpButton);
  document.addEventListener('keydown', (e) => {
    if (t.help.open) {
      if (e.key === 'Escape' || e.key === '?') { e.preventDefault(); t.help.hide(); }
      return;
    }
    const action = shortcutFor(e);
    if (!action) return;
    e.preventDefault();
    switch (action) {
      case 'help': return t.help.show();
      case 'search': return t.search();
      case 'merge': return t.merge();
      case 'notAMatch': return t.decide('not-a-match');
      case 'skip': return t.decide('skipped');
      case 'reset': return t.decide('unreviewed');
      case 'next': return t.step(1);
      case 'previous': return t.step(-1);
    }
  });
}
