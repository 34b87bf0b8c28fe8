// Identifiers as the service formats them: 32 lowercase hex characters.
import { randomBytes } from 'crypto';

export const newId = (): string => randomBytes(16).toString('hex');

export const ACCOUNT_ID = '123456789012';
export const REGION = 'us-east-1';

export const domainArn = (domain: string): string => `arn:aws:profile:${REGION}:${ACCOUNT_ID}:domains/${domain}`;
export const objectTypeArn = (domain: string, objectType: string): string => `${domainArn(domain)}/object-types/${objectType}`;
