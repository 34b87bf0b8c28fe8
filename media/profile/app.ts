// The profile view's webview: header and actions, a banner (detached / deleted / cannot connect), and one box per
// section with its own loading, error + Retry and data. Rendering only: everything comes from the host.
import * as l10n from '@vscode/l10n';
import { clear, el } from '../matches/dom';
import { SECTIONS, type HistoryRecordMessage, type HostMessage, type InitMessage, type SectionName, type SectionState } from '../../src/shared/profiles/protocol';
import { HostClient } from './hostClient';
import { renderHistory, renderKeys, renderObjects, renderProfile, renderSimilar } from './sections';
import type { VsCodeApi } from './vscodeApi';

/** A section's heading in the display language (translated when shown). */
function sectionTitle(s: SectionName): string {
  switch (s) {
    case 'profile': return l10n.t('Attributes');
    case 'keys': return l10n.t('Keys');
    case 'objects': return l10n.t('Objects by object type');
    case 'history': return l10n.t('History');
    case 'similar': return l10n.t('Similar profiles');
  }
}

export class ProfileApp {
  private readonly client: HostClient;
  private init: InitMessage | undefined;
  private readonly sections = new Map<SectionName, SectionState>();
  private readonly records = new Map<string, HistoryRecordMessage>();
  private banner: { kind: 'detached' | 'gone' | 'error'; text: string } | undefined;
  private readonly header = el('header', { class: 'header' });
  private readonly bannerBox = el('div', { class: 'banner', attrs: { role: 'status' } });
  private readonly boxes = new Map<SectionName, HTMLElement>();

  constructor(root: HTMLElement, private readonly api: VsCodeApi) {
    this.client = new HostClient(api, (m) => this.onHost(m));
    const saved = api.getState();
    if (saved) this.client.profileId = saved.profileId;
    clear(root);
    for (const s of SECTIONS) this.boxes.set(s, el('section', { class: `box box-${s}`, attrs: { 'aria-label': sectionTitle(s) } }));
    const box = (s: SectionName): HTMLElement => this.boxes.get(s)!;
    // Attributes beside keys and similar profiles (the first screen at 1280×800), then the long lists full width.
    const grid = el('div', { class: 'grid' }, box('profile'), el('div', { class: 'side' }, box('keys'), box('similar')), box('objects'), box('history'));
    root.append(this.header, this.bannerBox, grid);
    root.addEventListener('click', (e) => this.onClick(e));
    this.renderHeader();
    this.client.ready();
  }

  private onHost(m: HostMessage): void {
    switch (m.type) {
      case 'init':
        this.init = m;
        this.client.profileId = m.profileId;
        this.api.setState({ connectionKey: m.connectionKey, domainName: m.domainName, profileId: m.profileId, connectionLabel: m.connectionLabel });
        this.banner = undefined;
        this.renderHeader();
        return this.renderBanner();
      case 'section':
        this.sections.set(m.section, m.state);
        if (m.section === 'history' && m.state.status === 'loading') this.records.clear();
        if (m.section === 'profile') this.renderHeader();
        return this.renderSection(m.section);
      case 'historyRecord':
        this.records.set(m.recordId, m);
        return this.renderSection('history');
      case 'detached':
      case 'gone':
        this.banner = { kind: m.type, text: m.reason };
        this.renderHeader();
        return this.renderBanner();
      case 'error':
        if (m.requestId === undefined) { this.banner = { kind: 'error', text: m.message }; this.renderBanner(); }
        else this.flash(m.message);
        return;
      default:
        return;
    }
  }

  private get inactive(): boolean { return this.banner?.kind === 'detached' || this.banner?.kind === 'gone'; }

  private renderHeader(): void {
    const p = this.sections.get('profile');
    const name = p?.status === 'ready' ? (p.data as { name: string }).name : l10n.t('Profile');
    const i = this.init;
    const meta = i ? [`ProfileId ${i.profileId}`, l10n.t('domain {0}', i.domainName), l10n.t('connection {0}', i.connectionLabel)] : [];
    const button = (text: string, action: string, cls = 'secondary'): HTMLButtonElement => {
      const b = el('button', { class: cls, text, attrs: { 'data-action': action } });
      b.disabled = !i || (this.inactive && action !== 'refresh') || this.banner?.kind === 'detached';
      return b;
    };
    clear(this.header);
    this.header.append(
      el('div', { class: 'titles' }, el('h1', { text: name }), el('div', { class: 'meta' }, ...meta.map((t) => el('span', { class: 'mono', text: t })))),
      el('div', { class: 'toolbar' }, button(l10n.t('Refresh'), 'refresh'), button(l10n.t('Edit as JSON'), 'edit'), button(l10n.t('Add Key…'), 'addKey'), button(l10n.t('Delete…'), 'delete', 'danger')),
      el('div', { class: 'flash', attrs: { role: 'alert' } }),
    );
  }

  private renderBanner(): void {
    clear(this.bannerBox);
    this.bannerBox.hidden = !this.banner;
    if (!this.banner) return;
    this.bannerBox.className = `banner banner-${this.banner.kind}`;
    const title = { detached: l10n.t('Detached:'), gone: l10n.t('Deleted:'), error: l10n.t('Error:') }[this.banner.kind];
    this.bannerBox.append(el('strong', { text: `${title} ` }), el('span', { text: this.banner.text }));
  }

  private renderSection(s: SectionName): void {
    const box = this.boxes.get(s)!;
    const state = this.sections.get(s);
    clear(box);
    box.append(el('h2', { text: sectionTitle(s) }));
    if (!state || state.status === 'loading') { box.append(el('p', { class: 'muted', text: l10n.t('Loading…') })); return; }
    if (state.status === 'error') {
      box.append(el('p', { class: 'error', text: state.message }), el('button', { class: 'secondary', text: l10n.t('Retry'), attrs: { 'data-retry': s } }));
      return;
    }
    const d = state.data as never;
    const parts = s === 'profile' ? renderProfile(d) : s === 'keys' ? renderKeys(d) : s === 'objects' ? renderObjects(d)
      : s === 'history' ? renderHistory(d, this.records) : renderSimilar(d);
    box.append(...parts);
  }

  private onClick(e: MouseEvent): void {
    const b = (e.target as HTMLElement).closest('button');
    if (!b || b.disabled) return;
    const d = b.dataset;
    const run = (p: Promise<void>): void => void p.catch((err: Error) => this.flash(err.message));
    if (d.action === 'refresh') run(this.client.request({ type: 'refresh' }));
    else if (d.action === 'edit' || d.action === 'addKey' || d.action === 'delete') run(this.client.request({ type: 'action', action: d.action }));
    else if (d.retry) run(this.client.request({ type: 'retry', section: d.retry as SectionName }));
    else if (d.loadMore) run(this.client.request({ type: 'loadMoreObjects', objectTypeName: d.loadMore }));
    else if (d.moreHistory) run(this.client.request({ type: 'loadMoreHistory' }));
    else if (d.record) run(this.client.request({ type: 'openHistoryRecord', recordId: d.record }));
    else if (d.profile) run(this.client.request({ type: 'openProfile', otherProfileId: d.profile }));
    else if (d.match && (d.matchType === 'ML_BASED_MATCHING' || d.matchType === 'RULE_BASED_MATCHING')) {
      run(this.client.request({ type: 'openMatch', matchType: d.matchType, matchId: d.match }));
    }
  }

  private flash(text: string): void {
    const f = this.header.querySelector('.flash');
    if (f) f.textContent = text;
  }
}
