// Test Mapping with Sample… and Ingest Sample (owner: the mapping-test work). Registers TEST_MAPPING_COMMAND; the
// preview lives in the lazily loaded profilesHost bundle.
import type vscode = require('vscode');
import type { ProfilesDeps } from '../deps';
import type { ProfilesHost } from '../hostModule';

export function registerMapping(_deps: ProfilesDeps, _host: ProfilesHost): vscode.Disposable[] {
  return [];
}
