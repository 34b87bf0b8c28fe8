// What the profile features get from the extension: the explorer's connection (one client per connection), its
// log, the command wrapper and the tree.
import type vscode = require('vscode');
import type { ConnectionManager } from '../connection/connectionManager';
import type { CommandRunner } from '../matches/index';
import type { ProfileSearchTree } from './search/types';

export interface ProfilesDeps {
  readonly context: vscode.ExtensionContext;
  readonly connection: ConnectionManager;
  readonly log: vscode.LogOutputChannel;
  /** Registers a command through the extension's wrapper (failures logged and shown once, with Retry). */
  readonly run: CommandRunner;
  /** Re-reads the explorer (after a delete or an ingest changed what it shows). */
  readonly refreshTree: () => void;
  /** The explorer's Profiles items: Search Profiles… shows its results there. */
  readonly profileSearchTree: ProfileSearchTree;
}
