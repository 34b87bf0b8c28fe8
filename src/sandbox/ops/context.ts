// What every operation handler gets: the state, the shared pager, the job runner and a clock.
import { notFound } from '../errors';
import type { JobRunner } from '../jobs';
import type { Pager } from '../paging';
import type { RuleMatching } from '../rulesLifecycle';
import type { DomainState, SandboxState } from '../store/types';

/** All input members by member name (URI labels, query members, body members), already validated. */
export type Input = Record<string, unknown>;

export interface OpContext {
  readonly state: SandboxState;
  readonly pager: Pager;
  readonly jobs: JobRunner;
  /** RuleBasedMatching's Status lifecycle and the live rule matches. */
  readonly rules: RuleMatching;
  /** Epoch seconds. */
  now(): number;
}

export type Handler = (input: Input, ctx: OpContext) => unknown;
export type HandlerTable = Readonly<Record<string, Handler>>;

export function requireDomain(ctx: OpContext, name: unknown): DomainState {
  const domain = typeof name === 'string' ? ctx.state.domains.get(name) : undefined;
  if (!domain) throw notFound(`Domain ${String(name)} does not exist.`);
  return domain;
}

/** The input as a typed shape; the validator has checked types and required members already. */
export const as = <T>(input: Input): T => input as unknown as T;


/** The paging members every list operation has. */
export const pageArgs = (input: Input): { token?: string; maxResults?: number } => ({
  token: input.NextToken as string | undefined,
  maxResults: input.MaxResults as number | undefined,
});

export const byKey = <T>(keyOf: (t: T) => string) => (a: T, b: T): number => {
  const ka = keyOf(a);
  const kb = keyOf(b);
  return ka < kb ? -1 : ka > kb ? 1 : 0;
};
