// Runs provision.sh (apt prerequisites + the CPX_VSCODE code-server [+ Node 24] into .vscode-test/), a no-op when already provisioned.
import { spawnSync } from 'child_process';
import { PROVISION_SCRIPT, VSCODE_TARGET } from './paths';

export function provision(): void {
  const result = spawnSync('bash', [PROVISION_SCRIPT, `--vscode=${VSCODE_TARGET}`], { stdio: ['ignore', 'inherit', 'inherit'], timeout: 40 * 60_000 });
  if (result.error) throw new Error(`provisioning failed to run (${PROVISION_SCRIPT}): ${result.error.message}`);
  if (result.status !== 0) {
    throw new Error(`provisioning failed (exit ${result.status ?? result.signal}); see the [provision] messages above`);
  }
}
