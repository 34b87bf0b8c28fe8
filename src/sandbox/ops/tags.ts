// TagResource / UntagResource / ListTagsForResource on domain and object type ARNs
// (arn:aws:profile:REGION:123456789012:domains/NAME[/object-types/TYPE]). The sandbox answers clients of
// any region (one store behind every region name), and the extension builds ARNs from its connection's
// region, so any well-formed region (and partition) names the same resource.
import { notFound } from '../errors';
import { ACCOUNT_ID } from '../ids';
import type { SandboxState } from '../store/types';
import { as, type HandlerTable } from './context';

const ARN = /^arn:aws(?:-[a-z]+)*:profile:([a-z]{2}(?:-[a-z]+)+-\d+):(\d{12}):domains\/([^/]+)(?:\/object-types\/([^/]+))?$/;

function tagsOf(state: SandboxState, arn: string): Map<string, string> {
  const m = ARN.exec(arn);
  const missing = notFound(`No resource with ARN ${arn}.`);
  if (!m || m[2] !== ACCOUNT_ID) throw missing;
  const d = state.domains.get(m[3]);
  if (!d) throw missing;
  if (m[4] === undefined) return d.Tags;
  const t = d.objectTypes.get(m[4]);
  if (!t) throw missing;
  return t.Tags;
}

export const tagHandlers: HandlerTable = {
  TagResource(input, ctx) {
    const req = as<{ resourceArn: string; tags: Record<string, string> }>(input);
    const tags = tagsOf(ctx.state, req.resourceArn);
    for (const [k, v] of Object.entries(req.tags)) tags.set(k, v);
    return {};
  },

  UntagResource(input, ctx) {
    const req = as<{ resourceArn: string; tagKeys: string[] }>(input);
    const tags = tagsOf(ctx.state, req.resourceArn);
    for (const k of req.tagKeys) tags.delete(k);
    return {};
  },

  ListTagsForResource(input, ctx) {
    return { tags: tagsOf(ctx.state, as<{ resourceArn: string }>(input).resourceArn) };
  },
};
