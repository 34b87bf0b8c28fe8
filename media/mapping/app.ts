// The mapping preview: a header (object type, connection, sample, Refresh, Ingest Sample), the attach/create
// decision with the searches that decided it, then the fields, keys, unmapped and missing source paths
// (tables.ts). Renders each `view` the host pushes whole: the view is small and the host owns all state.
// Every value goes in through textContent (dom.ts): sample values are untrusted.
import * as l10n from '@vscode/l10n';
import type { DecisionView } from '../../src/shared/objectTypes/attachDecision';
import type { MappingHostMessage, MappingView } from '../../src/shared/objectTypes/protocol';
import { clear, el } from '../matches/dom';
import { MappingHostClient, type MappingVsCodeApi } from './hostClient';
import { fieldsTable, keysTable, pathList, problemList } from './tables';

export class MappingApp {
  private readonly client: MappingHostClient;
  private view: MappingView | undefined;
  private actionError: string | undefined;
  private pending = false;

  constructor(private readonly root: HTMLElement, api: MappingVsCodeApi) {
    this.client = new MappingHostClient(api, (m) => this.onMessage(m));
    this.client.ready();
  }

  private onMessage(m: MappingHostMessage): void {
    if (m.type === 'view') {
      this.view = m.view;
      this.client.save('notRestorable' in m.view.persist ? undefined : m.view.persist);
      this.render();
    } else if (m.type === 'error' && m.requestId === undefined) {
      this.actionError = m.message;
      this.render();
    }
  }

  private act(body: Parameters<MappingHostClient['request']>[0]): void {
    this.pending = true;
    this.actionError = undefined;
    this.render();
    this.client.request(body).then(
      () => { this.pending = false; this.render(); },
      (e: Error) => { this.pending = false; this.actionError = e.message; this.render(); },
    );
  }

  private render(): void {
    clear(this.root);
    const v = this.view;
    if (!v) {
      if (this.actionError) this.root.appendChild(el('div', { class: 'banner error', text: this.actionError }));
      return;
    }
    this.root.append(this.header(v), ...this.banners(v));
    const body = el('main', { class: 'body' });
    if (v.decision) body.appendChild(this.decision(v, v.decision));
    const p = v.preview;
    if (p) {
      if (p.problems.length) body.appendChild(section(l10n.t('Problems with the object type or the sample'), problemList(p.problems)));
      body.appendChild(section(l10n.t('Fields ({0}): source → profile', p.fields.length), fieldsTable(p.fields)));
      body.appendChild(section(l10n.t('Keys ({0})', p.keys.length), keysTable(p.keys, p.uniqueKey?.keyName)));
      const lists = el('div', { class: 'lists' },
        section(l10n.t('Source fields that map to nothing ({0})', p.unmappedSourcePaths.length), pathList(p.unmappedSourcePaths, l10n.t('Every field of the sample is read by a {0}.', 'Source'))),
        section(l10n.t('Mapped sources missing from the sample ({0})', p.missingSourcePaths.length), pathList(p.missingSourcePaths, l10n.t('The sample has every {0} the object type reads.', 'Source'))));
      body.appendChild(lists);
    }
    this.root.appendChild(body);
  }

  private header(v: MappingView): HTMLElement {
    const disabled = !!v.detached || this.pending;
    const refresh = el('button', { class: 'secondary', text: l10n.t('Refresh'), attrs: { title: l10n.t('Read the object type again and re-run the searches') } });
    refresh.disabled = disabled;
    refresh.addEventListener('click', () => this.act({ type: 'refresh' }));
    const ingest = el('button', { text: l10n.t('Ingest Sample…'), attrs: { title: v.ingest.reason } });
    ingest.disabled = disabled || !v.ingest.available;
    ingest.addEventListener('click', () => this.act({ type: 'ingest' }));
    return el('header', { class: 'header' },
      el('div', { class: 'toolbar' },
        el('h1', { class: 'title', text: l10n.t('Mapping: {0}', v.target.objectTypeName) }),
        el('span', { class: 'muted', text: `${v.target.domainName} · ${v.connectionLabel}` }),
        el('span', { class: 'spacer' }), refresh, ingest),
      el('div', { class: 'sub' },
        el('span', { text: l10n.t('Sample: {0}', v.sampleLabel) }),
        el('span', { class: v.live ? 'badge live' : 'badge', text: v.live ? l10n.t('follows edits') : l10n.t('snapshot') }),
        el('span', { class: 'muted ingest-reason', text: v.ingest.available ? l10n.t('Ingest: {0}', v.ingest.reason) : l10n.t('Ingest unavailable: {0}', v.ingest.reason) })));
  }

  private banners(v: MappingView): HTMLElement[] {
    const out: HTMLElement[] = [];
    if (v.detached) out.push(el('div', { class: 'banner warning', text: l10n.t('Detached: {0}', v.detached) }));
    if (v.error) out.push(el('div', { class: 'banner error', text: v.preview ? l10n.t('{0} (the last good preview is shown below)', v.error) : v.error }));
    if (this.actionError) out.push(el('div', { class: 'banner error', text: this.actionError }));
    if (v.status === 'loading') out.push(el('div', { class: 'banner info', text: l10n.t('Mapping and searching…') }));
    if (v.ingested) {
      const b = el('div', { class: 'banner success', text: v.ingested.message });
      if (v.ingested.profile) b.appendChild(this.openButton(v.ingested.profile.profileId, l10n.t('Open profile')));
      out.push(b);
    }
    if ('notRestorable' in v.persist) out.push(el('div', { class: 'banner info', text: v.persist.notRestorable }));
    return out;
  }

  private openButton(profileId: string, text: string): HTMLButtonElement {
    const b = el('button', { class: 'link', text, attrs: { title: l10n.t('Open profile {0}', profileId) } });
    b.disabled = !!this.view?.detached;
    b.addEventListener('click', () => this.act({ type: 'openProfile', profileId }));
    return b;
  }

  private decision(v: MappingView, d: DecisionView): HTMLElement {
    const kind = d.decision.kind;
    const head = el('div', { class: `decision ${kind}` }, el('strong', { class: 'verdict', text: verdict(kind) }), el('span', { text: d.summary }));
    if (d.decision.kind === 'attach') head.appendChild(this.openButton(d.decision.profile.profileId, l10n.t('Open profile')));
    const rows = d.searches.map((s) => el('tr', {},
      el('td', { class: 'mono', text: s.keyName }), el('td', { class: 'mono nowrap', text: s.value }),
      el('td', { text: s.secondary ? l10n.t('{0} (last)', 'SECONDARY') : 'PROFILE' }),
      el('td', { text: outcomeText(s.outcome) })));
    const table = d.searches.length
      ? el('table', {}, el('thead', {}, el('tr', {}, ...[l10n.t('{0} key', 'SearchProfiles'), l10n.t('Value'), l10n.t('Order'), l10n.t('Result')].map((t) => el('th', { text: t })))), el('tbody', {}, ...rows))
      : el('p', { class: 'muted', text: l10n.t('No search: no profile-matching key has a value in this sample.') });
    const create = el('p', { class: 'muted', text: `AllowProfileCreation: ${v.preview?.creation.allowProfileCreation ? 'TRUE' : 'FALSE'}. ${v.preview?.creation.explanation ?? ''}` });
    const warn = d.warnings.length ? el('div', { class: 'warnings' }, el('h3', { text: l10n.t('Where our reading is uncertain') }), problemList(d.warnings)) : null;
    return section(l10n.t('Attach or create'), head, table, create, warn);
  }
}

function verdict(kind: DecisionView['decision']['kind']): string {
  return { attach: l10n.t('Attaches'), create: l10n.t('Creates a profile'), refused: l10n.t('Refused'), undecided: l10n.t('Undecided') }[kind];
}

function outcomeText(o: DecisionView['searches'][number]['outcome']): string {
  if (!o) return l10n.t('not run (an earlier search decided)');
  if (o.status === 'none') return l10n.t('no profile');
  if (o.status === 'failed') return l10n.t('failed: {0}', o.message);
  const names = o.profiles.map((p) => `${p.name} (${p.profileId})`).join(', ');
  return o.more ? l10n.t('found more than {0}: {1}', o.profiles.length, names) : l10n.t('found {0}: {1}', o.profiles.length, names);
}

function section(title: string, ...children: Array<Node | null>): HTMLElement {
  return el('section', { class: 'card' }, el('h2', { text: title }), ...children);
}
