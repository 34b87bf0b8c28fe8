// The logging surface shared by the extension and the lazily loaded bundles. vscode's LogOutputChannel
// satisfies it structurally, so src/aws and src/sandbox never need to import 'vscode'.
export interface Logger {
  trace(message: string): void;
  debug(message: string): void;
  info(message: string): void;
  warn(message: string): void;
  error(message: string | Error): void;
}

/** For tests and for code paths that run before the output channel exists. */
export const silentLogger: Logger = {
  trace: () => undefined,
  debug: () => undefined,
  info: () => undefined,
  warn: () => undefined,
  error: () => undefined,
};
