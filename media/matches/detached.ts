// A detached panel (its connection is gone or its domain was deleted): the reason stays on screen and every
// control is disabled, including controls rendered later (a group opened afterwards). The host refuses
// every request from it anyway; this makes the state visible instead of letting buttons fail one by one.
import { el } from './dom';

const CONTROLS = 'button, input, select, textarea';

export function showDetached(root: HTMLElement, banner: HTMLElement, reason: string): void {
  banner.replaceChildren(el('pre', { text: reason }));
  banner.className = 'banner banner-error detached-banner';
  banner.hidden = false;
  root.classList.add('detached');
  type Control = HTMLButtonElement | HTMLInputElement | HTMLSelectElement | HTMLTextAreaElement;
  // Only when enabled: setting the attribute again would be a mutation of its own, observed forever.
  const off = (c: Control): void => { if (!c.disabled) c.disabled = true; };
  const disable = (node: Element): void => {
    if (node.matches(CONTROLS)) off(node as Control);
    for (const c of node.querySelectorAll<Control>(CONTROLS)) off(c);
  };
  disable(root);
  // Views re-render (and re-enable) their controls: keep them off.
  new MutationObserver((records) => {
    for (const r of records) {
      if (r.type === 'attributes' && r.target instanceof Element) disable(r.target);
      for (const n of r.addedNodes) if (n instanceof Element) disable(n);
    }
  }).observe(root, { childList: true, subtree: true, attributes: true, attributeFilter: ['disabled'] });
}
