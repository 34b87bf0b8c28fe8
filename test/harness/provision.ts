// Runs provision.sh (apt prerequisites + code-server into .vscode-test/), a no-op when already provisioned.
import { spawnSync } from 'child_process';
import { PROVISION_SCRIPT } from './paths';

export function provision(): void {
  const result = spawnSync('bash', [PROVISION_SCRIPT], { stdio: ['ignore', 'inherit', 'inherit'], timeout: 40 * 60_000 });
  if (result.error) throw new Error(`provisioning failed to run (${PROVISION_SCRIPT}): ${result.error.message}`);
  if (result.status !== 0) {
    throw new Error(`provisioning failed (exit ${result.status ?? result.signal}); see the [provision] messages above`);
  }
}
