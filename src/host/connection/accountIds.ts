// The account id in resource ARNs, per connection, shared by every feature that builds ARNs (tags in the
// domain-JSON editor, "Copy ARN"), so the user is asked at most once per window: the built-in sandbox's (and
// any loopback emulator of this project) is known; for AWS the caller's `ask` runs (no Customer Profiles
// response carries the account id).
import type { ConnectionManager } from './connectionManager';
import { isLoopbackEndpoint } from '../../shared/connection/resolve';
import { statusBarText } from '../../shared/connection/describe';
import { SANDBOX_ACCOUNT_ID, resourceArn, type ArnTarget } from '../../shared/resourceArns';

/** Asks the user for the 12-digit account id of the connection labelled `connectionLabel`. */
export type AskAccountId = (connectionLabel: string) => Promise<string | undefined>;

export class ResourceArns {
  private readonly accounts = new Map<string, string>();

  constructor(private readonly connection: ConnectionManager) {}

  /** The target's ARN in the current connection; undefined when the user gave no account id. */
  async arnOf(target: ArnTarget, ask: AskAccountId): Promise<string | undefined> {
    const api = await this.connection.api();
    const accountId = await this.accountId(api.connection.endpoint, ask);
    return accountId ? resourceArn({ region: api.connection.region, accountId }, target) : undefined;
  }

  private async accountId(endpoint: string | undefined, ask: AskAccountId): Promise<string | undefined> {
    const key = this.connection.key();
    const known = this.accounts.get(key);
    if (known) return known;
    const spec = this.connection.spec();
    const accountId = spec.sandbox || isLoopbackEndpoint(endpoint) ? SANDBOX_ACCOUNT_ID : await ask(statusBarText(spec).replace(/^\$\([^)]+\)\s*/, ''));
    if (accountId) this.accounts.set(key, accountId);
    return accountId;
  }
}
