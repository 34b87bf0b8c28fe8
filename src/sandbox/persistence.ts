// State file I/O. Writes are atomic (temp file in the same directory + fsync + rename), so a crash
// leaves either the old or the new file, never a half-written one. Maps are encoded as {"$map": [...]}.
import { randomBytes } from 'crypto';
import * as fs from 'fs';
import * as path from 'path';
import type { SandboxState } from './store/types';

export function serializeState(state: SandboxState): string {
  return JSON.stringify(state, (_key, value: unknown) => (value instanceof Map ? { $map: [...value.entries()] } : value));
}

export function deserializeState(text: string): SandboxState {
  const state = JSON.parse(text, (_key, value: unknown) => {
    if (value !== null && typeof value === 'object' && !Array.isArray(value)) {
      const entries = (value as { $map?: unknown }).$map;
      if (Array.isArray(entries) && Object.keys(value).length === 1) return new Map(entries as Array<[unknown, unknown]>);
    }
    return value;
  }) as SandboxState;
  if (state?.version !== 1 || !(state.domains instanceof Map) || typeof state.tokenSecret !== 'string') {
    throw new Error('not a sandbox state file (version 1)');
  }
  return state;
}

export function loadStateFile(file: string): SandboxState | undefined {
  let text: string;
  try {
    text = fs.readFileSync(file, 'utf8');
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
    throw e;
  }
  try {
    return deserializeState(text);
  } catch (e) {
    throw new Error(`Cannot load sandbox data file ${file}: ${(e as Error).message}`, { cause: e });
  }
}

export function writeFileAtomic(file: string, text: string): void {
  const dir = path.dirname(path.resolve(file));
  const temp = path.join(dir, `.${path.basename(file)}.${process.pid}.${randomBytes(4).toString('hex')}.tmp`);
  const fd = fs.openSync(temp, 'w', 0o600);
  try {
    fs.writeSync(fd, text);
    fs.fsyncSync(fd);
  } finally {
    fs.closeSync(fd);
  }
  try {
    fs.renameSync(temp, file);
  } catch (e) {
    fs.rmSync(temp, { force: true });
    throw e;
  }
  // Make the rename itself durable where the platform allows fsync on a directory.
  try {
    const dfd = fs.openSync(dir, 'r');
    try {
      fs.fsyncSync(dfd);
    } finally {
      fs.closeSync(dfd);
    }
  } catch {
    /* not supported (e.g. Windows): the rename is still atomic */
  }
}

/** Debounced saver: many mutations in a burst cost one write; flush() writes now if anything is pending. */
export class StateSaver {
  private timer: NodeJS.Timeout | undefined;
  private dirty = false;

  constructor(
    private readonly file: string,
    private readonly snapshot: () => string,
    private readonly delayMs = 50,
    private readonly onError: (e: Error) => void = () => undefined,
  ) {}

  markDirty(): void {
    this.dirty = true;
    if (this.timer) return;
    this.timer = setTimeout(() => this.flush(), this.delayMs);
    this.timer.unref();
  }

  flush(): void {
    if (this.timer) clearTimeout(this.timer);
    this.timer = undefined;
    if (!this.dirty) return;
    this.dirty = false;
    try {
      writeFileAtomic(this.file, this.snapshot());
    } catch (e) {
      this.onError(e as Error);
    }
  }
}
