// "Why do these match" for an ML group. The service's ConfidenceScore is the service's and stays shown as
// such; this box is a local estimate, labelled so, and never replaces it.
import type { ProfileRecord } from '../../src/shared/profile';
import { el } from './dom';

export function renderMlWhy(profiles: readonly ProfileRecord[]): HTMLElement {
  return el('section', { class: 'why why-ml', attrs: { 'aria-label': 'Why do these match (local estimate)' } },
    el('h3', { text: 'Why do these match — local estimate' }),
    el('p', { class: 'note', text: `The service does not say why its ML model grouped these ${profiles.length} profiles; the table below shows where their values agree.` }));
}
