// Injected faults: throttling (429), internal errors (500), access denied (403) and added latency,
// drawn from a seeded PRNG so a given seed produces the same fault sequence.
import { ApiError } from './errors';
import type { FaultOptions } from './types';
import { mulberry32, type Random } from './identity/prng';

export class Faults {
  private options: FaultOptions = {};
  private random: Random = mulberry32(1);

  constructor(options: FaultOptions = {}) {
    this.set(options);
  }

  set(options: FaultOptions): void {
    for (const key of ['throttleRate', 'failRate', 'accessDeniedRate'] as const) {
      const rate = options[key];
      if (rate !== undefined && !(rate >= 0 && rate <= 1)) throw new RangeError(`${key} must be between 0 and 1`);
    }
    if (options.latencyMs !== undefined && !(options.latencyMs >= 0)) throw new RangeError('latencyMs must be >= 0');
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
