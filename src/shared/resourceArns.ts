// Customer Profiles resource ARNs (tags in the domain-JSON editor, "Copy ARN" in the explorer). No Customer
// Profiles response carries a domain ARN, so it is built from the connection's region and the account id:
// arn:<partition>:profile:<region>:<account>:domains/<name>[/object-types/<name>]. Pure.

export interface ArnContext {
  readonly region: string;
  readonly accountId: string;
}

/** A domain, or one of its object types. */
export interface ArnTarget {
  readonly domainName: string;
  readonly objectTypeName?: string;
}

/** AWS partition of a region (China and GovCloud regions have their own). */
export function partitionOf(region: string): string {
  if (region.startsWith('cn-')) return 'aws-cn';
  if (region.startsWith('us-gov-')) return 'aws-us-gov';
  return 'aws';
}

export function domainArn(ctx: ArnContext, domainName: string): string {
  return `arn:${partitionOf(ctx.region)}:profile:${ctx.region}:${ctx.accountId}:domains/${domainName}`;
}

export function objectTypeArn(ctx: ArnContext, domainName: string, objectTypeName: string): string {
  return `${domainArn(ctx, domainName)}/object-types/${objectTypeName}`;
}

export function resourceArn(ctx: ArnContext, target: ArnTarget): string {
  return target.objectTypeName === undefined ? domainArn(ctx, target.domainName) : objectTypeArn(ctx, target.domainName, target.objectTypeName);
}

export const ACCOUNT_ID_PATTERN = /^\d{12}$/;

/**
 * The account the built-in sandbox (and this project's emulator served on loopback) formats its ARNs with.
 * Kept in step with src/sandbox/ids.ts by a unit test; the extension bundle must not import the sandbox.
 */
export const SANDBOX_ACCOUNT_ID = '123456789012';
