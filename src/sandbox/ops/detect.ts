// DetectProfileObjectType: the detection rules are objectTypeDetection.ts's (documented there). The
// model's list bounds (1 to 5 Objects, each 1 to 256000 characters) are the validator's; a sample that is
// not a JSON object answers BadRequestException naming it. "A maximum of one mapping is supported": the
// answer holds one DetectedProfileObjectType, or none when the samples have no field at all.
import { detectObjectType } from '../objectTypeDetection';
import { as, requireDomain, type HandlerTable } from './context';

export const detectHandlers: HandlerTable = {
  DetectProfileObjectType(input, ctx) {
    const req = as<{ DomainName: string; Objects: string[] }>(input);
    requireDomain(ctx, req.DomainName);
    const detected = detectObjectType(req.Objects);
    return { DetectedProfileObjectTypes: detected ? [detected] : [] };
  },
};
