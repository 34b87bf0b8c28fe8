// Entry of dist/sandbox.js: the local Customer Profiles emulator. Never imports 'vscode'.
// Contract (implemented in src/sandbox/*):
//   startSandbox(options) -> RunningSandbox { endpoint, port, stop(), setFaults() , ... }
export type { FaultOptions, JobSummary, RunningSandbox, SandboxOptions } from './types';
export { startSandbox } from './start';
export type { SandboxState } from './store/types';
