// Injected faults: throttling (429), internal errors (500), access denied (403) and added latency,
// drawn from a seeded PRNG so a given seed produces the same fault sequence.
import { ApiError } from './errors';
import type { FaultOptions } from './types';
import { mulberry32, type Random } from './identity/prng';

export const MAX_LATENCY_MS = 60_000;

/**
 * What is wrong with a fault setting, or undefined when it is valid. The one check behind every way of setting
 * faults (options, the control route, the CLI), so they accept and refuse the same values with the same words.
 */
export function faultProblem(options: FaultOptions): string | undefined {
  for (const key of ['throttleRate', 'failRate', 'accessDeniedRate'] as const) {
    const rate = options[key];
    if (rate !== undefined && !(Number.isFinite(rate) && rate >= 0 && rate <= 1)) return `Fault option ${key} must be between 0 and 1.`;
  }
  if ((options.throttleRate ?? 0) + (options.failRate ?? 0) + (options.accessDeniedRate ?? 0) > 1) return 'The fault rates must add up to at most 1.';
  const latency = options.latencyMs;
  if (latency !== undefined && !(Number.isFinite(latency) && latency >= 0 && latency <= MAX_LATENCY_MS)) return `latencyMs must be between 0 and ${MAX_LATENCY_MS}.`;
  return undefined;
}

export class Faults {
  private options: FaultOptions = {};
  private random: Random = mulberry32(1);

  constructor(options: FaultOptions = {}) {
    this.set(options);
  }

  set(options: FaultOptions): void {
    const problem = faultProblem(options);
    if (problem) throw new RangeError(problem);
    this.options = { ...options };
    this.random = mulberry32(options.seed ?? 1);
  }

  get current(): FaultOptions {
    return { ...this.options };
  }

  get latencyMs(): number {
    return this.options.latencyMs ?? 0;
  }

  /** The fault to inject for one request, if any. One draw per request keeps sequences reproducible. */
  draw(): ApiError | undefined {
    const r = this.random();
    const { throttleRate = 0, failRate = 0, accessDeniedRate = 0 } = this.options;
    if (r < throttleRate) return new ApiError('ThrottlingException', 'Rate exceeded (injected by the local sandbox).');
    if (r < throttleRate + failRate) return new ApiError('InternalServerException', 'Internal failure (injected by the local sandbox).');
    if (r < throttleRate + failRate + accessDeniedRate) {
      return new ApiError('AccessDeniedException', 'Access denied (injected by the local sandbox).');
    }
    return undefined;
  }
}
