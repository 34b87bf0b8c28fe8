// All operation handlers by operation name. An operation in the model without a handler answers
// BadRequestException "not implemented by the local sandbox".
import type { HandlerTable } from './context';
import { detectHandlers } from './detect';
import { domainHandlers } from './domains';
import { historyHandlers } from './history';
import { identityHandlers } from './identity';
import { objectHandlers } from './objects';
import { objectTypeHandlers } from './objectTypes';
import { profileHandlers } from './profiles';
import { ruleMatchHandlers } from './ruleMatches';
import { tagHandlers } from './tags';
import { uploadHandlers } from './uploads';
import { workflowHandlers } from './workflows';

export const HANDLERS: HandlerTable = {
  ...domainHandlers,
  ...objectTypeHandlers,
  ...profileHandlers,
  ...objectHandlers,
  ...identityHandlers,
  ...ruleMatchHandlers,
  ...uploadHandlers,
  ...workflowHandlers,
  ...tagHandlers,
  ...historyHandlers,
  ...detectHandlers,
};
