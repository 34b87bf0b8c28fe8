// The latest rule-based match results per (connection, domain): how many groups and profiles each rule level
// matched when a rule-based matches panel last finished loading. The domain JSON's hover on a rule reads it
// ("matched N profiles in the current results"); without a completed load there is nothing to say (undefined).
// Host-side and in memory only: results are a snapshot of one load, not a fact worth persisting.
import vscode = require('vscode');

import type { RuleLevelCount } from '../../shared/matches/ruleLevels';

export { countByLevel, type RuleLevelCount } from '../../shared/matches/ruleLevels';

export interface RuleMatchResultsEntry {
  readonly connectionKey: string;
  readonly domain: string;
  /** RuleLevel → counts; levels with no group are absent. */
  readonly levels: ReadonlyMap<number, RuleLevelCount>;
  /** When the load completed. */
  readonly recordedAt: Date;
}

const keyOf = (connectionKey: string, domain: string): string => `${connectionKey}\u0000${domain}`;

export class RuleMatchResults implements vscode.Disposable {
  private readonly entries = new Map<string, RuleMatchResultsEntry>();
  private readonly changed = new vscode.EventEmitter<{ readonly connectionKey: string; readonly domain: string }>();
  /** Fires after record() with the (connection, domain) whose results changed. */
  readonly onDidChange = this.changed.event;

  record(connectionKey: string, domain: string, levels: ReadonlyMap<number, RuleLevelCount>): void {
    // A copy: the caller's map must not change what the hover shows later.
    const copy = new Map<number, RuleLevelCount>();
    for (const [level, c] of levels) copy.set(level, { groups: c.groups, profiles: c.profiles });
    this.entries.set(keyOf(connectionKey, domain), { connectionKey, domain, levels: copy, recordedAt: new Date() });
    this.changed.fire({ connectionKey, domain });
  }

  get(connectionKey: string, domain: string): RuleMatchResultsEntry | undefined {
    return this.entries.get(keyOf(connectionKey, domain));
  }

  dispose(): void {
    this.entries.clear();
    this.changed.dispose();
  }
}
