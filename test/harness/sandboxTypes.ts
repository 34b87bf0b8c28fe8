// The slice of the sandbox's API the demo and the e2e run use, so the harness compiles on its own
// (`tsc -p test/harness`, for `npm run demo`). test/e2e/run.ts checks it against the real module's types.
export interface StartedSandbox {
  /** e.g. http://127.0.0.1:4566 */
  readonly endpoint: string;
  readonly port: number;
  stop(): Promise<void>;
}

export interface SandboxStarter {
  startSandbox(options: { port?: number; demo?: boolean; log?: (line: string) => void }): Promise<StartedSandbox>;
}
