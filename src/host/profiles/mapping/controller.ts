// The mapping preview's behaviour, without vscode (unit-testable with a counting backend): reads the object
// type, maps the sample (previewMapping), runs the SearchProfiles the mapper lists to decide attach / create /
// refused, and on the sandbox only ingests the sample (PutProfileObject) after a modal confirmation, then finds
// the profile that holds it and opens it. Every webview message passes validateMappingMessage first; a detached
// preview refuses everything before any call.
import * as l10n from '@vscode/l10n';
import { decideAttachment, nextSearchIndex, type DecisionView, type SearchOutcome } from '../../../shared/objectTypes/attachDecision';
import { ingestConfirmation } from '../../../shared/objectTypes/ingestConfirmation';
import { parseSample } from '../../../shared/objectTypes/parseSample';
import { previewMapping } from '../../../shared/objectTypes/previewMapping';
import {
  MAX_PERSISTED_SAMPLE_CHARS, type IngestAvailability, type IngestResult, type MappingHostMessage, type MappingPersistedState,
  type MappingTarget, type MappingView,
} from '../../../shared/objectTypes/protocol';
import type { MappingPreview, ObjectTypeDefinition } from '../../../shared/objectTypes/types';
import type { ProfileRef } from '../profileRef';
import type { MappingBackend } from './backend';
import { validateMappingMessage, type ValidatedMappingMessage } from './validateMessage';

export interface MappingSample {
  readonly text: string;
  readonly label: string;
  /** The document the sample is (followed on edit), when it is a whole document. */
  readonly uri?: string;
  readonly live: boolean;
}

export interface MappingUi {
  post(message: MappingHostMessage): void;
  /** VS Code's modal (the test API answers it); true only when `action` was chosen. */
  confirm(message: string, detail: string, action: string): Promise<boolean>;
  /** OPEN_PROFILE_COMMAND with the ProfileRef. */
  openProfile(ref: ProfileRef): Promise<void>;
  /** Error text for the user (describeError with the next step). */
  describe(err: unknown): string;
  log(line: string): void;
}

export interface MappingControllerInput {
  readonly target: MappingTarget;
  readonly connectionKey: string;
  readonly connectionLabel: string;
  readonly backend: MappingBackend;
  /** connection.usingSandbox, asked at every use (a switch detaches the preview anyway). */
  readonly isSandbox: () => boolean;
  readonly ui: MappingUi;
  sample: MappingSample;
}

export class MappingController {
  private objectType: ObjectTypeDefinition | undefined;
  private preview: MappingPreview | undefined;
  private decision: DecisionView | undefined;
  private ingested: IngestResult | undefined;
  private error: string | undefined;
  private status: MappingView['status'] = 'loading';
  private detachedReason: string | undefined;
  private generation = 0;
  private busy = false;

  constructor(private readonly input: MappingControllerInput) {}

  get sample(): MappingSample { return this.input.sample; }
  get detached(): string | undefined { return this.detachedReason; }

  /** Reads the object type (again) and re-evaluates the sample. */
  async load(): Promise<void> {
    const gen = ++this.generation;
    this.status = 'loading';
    this.post();
    try {
      const type = await this.input.backend.getObjectType(this.input.target.domainName, this.input.target.objectTypeName);
      if (gen !== this.generation) return;
      this.objectType = type;
    } catch (e) {
      if (gen !== this.generation) return;
      this.fail(l10n.t('Cannot read object type {0}: {1}', this.input.target.objectTypeName, this.input.ui.describe(e)));
      return;
    }
    await this.evaluate(gen);
  }

  /** The sample's text changed (its document was edited). */
  async setSample(sample: MappingSample): Promise<void> {
    this.input.sample = sample;
    if (!this.objectType) return this.load();
    await this.evaluate(++this.generation);
  }

  detach(reason: string): void {
    if (this.detachedReason) return;
    this.detachedReason = reason;
    this.generation++;
    this.post();
  }

  /** The one way in for webview messages. */
  async receive(raw: unknown): Promise<void> {
    const rid = (raw as { requestId?: unknown } | null)?.requestId;
    if (this.detachedReason) {
      if ((raw as { type?: unknown } | null)?.type === 'ready') return this.post();
      if (typeof rid === 'number') this.input.ui.post({ type: 'error', requestId: rid, message: this.detachedReason, rejected: true });
      return;
    }
    const v = validateMappingMessage(raw, { shownProfileIds: this.shownProfileIds() });
    if (!v.ok) {
      this.input.ui.log(`Mapping preview: refused a webview message: ${v.reason}`);
      if (v.requestId !== undefined) this.input.ui.post({ type: 'error', requestId: v.requestId, message: l10n.t('Refused: {0}', v.reason), rejected: true });
      return;
    }
    await this.handle(v.message);
  }

  private async handle(m: ValidatedMappingMessage): Promise<void> {
    if (m.type === 'ready') return this.post();
    try {
      if (m.type === 'refresh') await this.load();
      else if (m.type === 'ingest') await this.ingest();
      else await this.input.ui.openProfile({ domainName: this.input.target.domainName, profileId: m.profileId });
      this.input.ui.post({ type: 'done', requestId: m.requestId });
    } catch (e) {
      this.input.ui.post({ type: 'error', requestId: m.requestId, message: e instanceof Error ? e.message : String(e) });
    }
  }

  private shownProfileIds(): Set<string> {
    const ids = new Set<string>();
    const d = this.decision?.decision;
    if (d?.kind === 'attach') ids.add(d.profile.profileId);
    if (this.ingested?.profile) ids.add(this.ingested.profile.profileId);
    return ids;
  }

  private async evaluate(gen: number): Promise<void> {
    const type = this.objectType;
    if (!type) return;
    const parsed = parseSample(this.input.sample.text);
    if (!parsed.ok) {
      // The last good preview stays on screen under the error: nothing is lost while the user types.
      this.fail(parsed.message);
      return;
    }
    this.error = undefined;
    this.status = 'loading';
    const preview = previewMapping({ ...type, ObjectTypeName: type.ObjectTypeName ?? this.input.target.objectTypeName }, parsed.value);
    this.preview = preview;
    const outcomes: SearchOutcome[] = [];
    this.decision = decideAttachment(preview, outcomes);
    this.post();
    for (let i = nextSearchIndex(preview.searches, outcomes); i !== undefined; i = nextSearchIndex(preview.searches, outcomes)) {
      const s = preview.searches[i];
      let outcome: SearchOutcome;
      try {
        const found = await this.input.backend.searchProfiles(this.input.target.domainName, s.keyName, s.value);
        outcome = found.profiles.length > 0 ? { status: 'found', profiles: found.profiles, more: found.more } : { status: 'none' };
      } catch (e) {
        outcome = { status: 'failed', message: this.input.ui.describe(e) };
      }
      if (gen !== this.generation) return;
      outcomes.push(outcome);
    }
    this.decision = decideAttachment(preview, outcomes);
    this.status = this.decision.decision.kind === 'undecided' ? 'error' : 'ready';
    if (this.decision.decision.kind === 'undecided') this.error = this.decision.summary;
    this.post();
  }

  private fail(message: string): void {
    this.status = 'error';
    this.error = message;
    this.post();
  }

  private availability(): IngestAvailability {
    if (this.detachedReason) return { available: false, reason: this.detachedReason };
    if (!this.input.isSandbox()) return { available: false, reason: l10n.t('Ingest Sample is only offered on the local sandbox: on this connection {0} would change real data.', 'PutProfileObject') };
    if (this.busy) return { available: false, reason: l10n.t('Ingesting…') };
    const d = this.decision?.decision;
    if (!d || this.status !== 'ready') return { available: false, reason: l10n.t('The preview is not complete yet.') };
    if (d.kind === 'refused') return { available: false, reason: l10n.t('{0} would be refused: no profile matches and {1} is {2}.', 'PutProfileObject', 'AllowProfileCreation', 'FALSE') };
    return { available: true, reason: d.kind === 'attach' ? l10n.t('{0} attaches it to {1}.', 'PutProfileObject', d.profile.name) : l10n.t('{0} creates a new profile.', 'PutProfileObject') };
  }

  private async ingest(): Promise<void> {
    // Decide on fresh searches: the data may have changed since the preview was drawn.
    await this.evaluate(++this.generation);
    const a = this.availability();
    if (!a.available || !this.decision || !this.preview) throw new Error(l10n.t('Not ingested: {0}', a.reason));
    const { domainName, objectTypeName } = this.input.target;
    const text = this.input.sample.text;
    const c = ingestConfirmation({ domainName, objectTypeName, objectText: text, decision: this.decision });
    if ('refusal' in c) throw new Error(c.refusal);
    if (!(await this.input.ui.confirm(c.message, c.detail, c.action))) return;
    if (this.detachedReason) throw new Error(this.detachedReason);
    this.busy = true;
    this.post();
    try {
      const uniqueKey = await this.input.backend.putProfileObject(domainName, objectTypeName, text);
      this.input.ui.log(`Mapping preview: PutProfileObject ${domainName}/${objectTypeName} → ${uniqueKey}`);
      const profile = await this.findHolder(this.preview, uniqueKey);
      this.ingested = profile
        ? { uniqueKey, profile, message: l10n.t('Ingested ({0} {1}): the object is on {2} ({3}).', 'ProfileObjectUniqueKey', uniqueKey, profile.name, profile.profileId) }
        : { uniqueKey, message: l10n.t('Ingested ({0} {1}), but no profile was found by the object\'s keys.', 'ProfileObjectUniqueKey', uniqueKey) };
    } finally {
      this.busy = false;
    }
    await this.evaluate(++this.generation);
    if (this.ingested?.profile) await this.input.ui.openProfile({ domainName, profileId: this.ingested.profile.profileId });
  }

  /** The profile that holds the ingested object: the stored PROFILE keys in search order, then the UNIQUE key. */
  private async findHolder(preview: MappingPreview, uniqueKey: string): Promise<{ profileId: string; name: string } | undefined> {
    const stored = preview.keys.filter((k) => k.value !== undefined && (k.storedOnAttach || k.storedOnCreate));
    const order = [...preview.searches.filter((s) => stored.some((k) => k.keyName === s.keyName)).map((s) => [s.keyName, s.value] as const)];
    if (preview.uniqueKey) order.push([preview.uniqueKey.keyName, uniqueKey || preview.uniqueKey.value]);
    for (const [keyName, value] of order) {
      const found = await this.input.backend.searchProfiles(this.input.target.domainName, keyName, value);
      if (found.profiles.length > 0) return found.profiles[0];
    }
    return undefined;
  }

  view(): MappingView {
    return {
      target: this.input.target,
      connectionLabel: this.input.connectionLabel,
      sampleLabel: this.input.sample.label,
      live: this.input.sample.live,
      status: this.status,
      error: this.error,
      preview: this.preview,
      decision: this.decision,
      ingest: this.availability(),
      ingested: this.ingested,
      detached: this.detachedReason,
      persist: this.persisted(),
    };
  }

  private persisted(): MappingPersistedState | { notRestorable: string } {
    const s = this.input.sample;
    if (s.text.length > MAX_PERSISTED_SAMPLE_CHARS && !s.uri) {
      return { notRestorable: l10n.t('The sample has {0} characters, more than a preview keeps for a reload: after a reload, run Test Mapping with Sample again.', s.text.length) };
    }
    return {
      kind: 'mappingPreview', target: this.input.target, connectionKey: this.input.connectionKey, connectionLabel: this.input.connectionLabel,
      sampleLabel: s.label, sampleUri: s.uri, sampleText: s.text.length > MAX_PERSISTED_SAMPLE_CHARS ? '' : s.text,
    };
  }

  private post(): void {
    this.input.ui.post({ type: 'view', view: this.view() });
  }
}
