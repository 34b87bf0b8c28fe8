// The account id in tag ARNs, per connection: the built-in sandbox's (and any loopback emulator of this
// project) is known; for AWS the user is asked once per window (no Customer Profiles response carries it).
import type { ConnectionManager } from '../connection/connectionManager';
import { isLoopbackEndpoint } from '../connection/resolve';
import { statusBarText } from '../connection/describe';
import type { DocumentRef } from './documentUris';
import type { Prompts } from './prompts';
import { SANDBOX_ACCOUNT_ID, domainArn, objectTypeArn } from './resourceArns';

export class ResourceArns {
  private readonly accounts = new Map<string, string>();

  constructor(
    private readonly connection: ConnectionManager,
    private readonly prompts: () => Prompts,
  ) {}

  async arnOf(ref: DocumentRef): Promise<string | undefined> {
    const api = await this.connection.api();
    const accountId = await this.accountId(api.connection.endpoint);
    if (!accountId) return undefined;
    const ctx = { region: api.connection.region, accountId };
    return ref.kind === 'domain' || ref.kind === 'newDomain' ? domainArn(ctx, ref.domainName) : objectTypeArn(ctx, ref.domainName, ref.objectTypeName);
  }

  private async accountId(endpoint: string | undefined): Promise<string | undefined> {
    const key = this.connection.key();
    const known = this.accounts.get(key);
    if (known) return known;
    const spec = this.connection.spec();
    const accountId = spec.sandbox || isLoopbackEndpoint(endpoint) ? SANDBOX_ACCOUNT_ID : await this.prompts().accountId(statusBarText(spec).replace(/^\$\([^)]+\)\s*/, ''));
    if (accountId) this.accounts.set(key, accountId);
    return accountId;
  }
}
