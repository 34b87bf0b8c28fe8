// Entry of dist/sandbox.js: the local Customer Profiles emulator. Never imports 'vscode'.
// Contract (implemented in src/sandbox/*):
//   startSandbox(options) -> RunningSandbox { endpoint, port, stop(), setFaults() , ... }
export interface FaultOptions {
  /** 0..1 probability of ThrottlingException (429). */
  throttleRate?: number;
  /** 0..1 probability of InternalServerException (500). */
  failRate?: number;
  /** Added delay per request, ms. */
  latencyMs?: number;
  /** Seed for the fault PRNG (deterministic faults). */
  seed?: number;
}

export interface SandboxOptions {
  /** 0 = pick a free port. */
  port?: number;
  /** Always loopback; '127.0.0.1' by default. */
  host?: string;
  /** Load the deterministic demo data set. */
  demo?: boolean;
  /** Persist state to this file (atomic writes); loaded at start when it exists. */
  dataFile?: string;
  faults?: FaultOptions;
  /** Log lines (one request per line); never credentials. */
  log?: (line: string) => void;
}

export interface RunningSandbox {
  /** e.g. http://127.0.0.1:4566 */
  readonly endpoint: string;
  readonly port: number;
  setFaults(faults: FaultOptions): void;
  stop(): Promise<void>;
}
