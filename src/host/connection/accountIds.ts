// The account id in resource ARNs, per connection, shared by every feature that builds ARNs (tags in the
// domain-JSON editor, "Copy ARN"). No Customer Profiles response carries it, so it comes from STS
// GetCallerIdentity with the connection's credentials (the sandbox answers it too), cached per connection; the
// built-in sandbox's is known without a call. Only when STS fails (denied, unreachable) is the user asked, at most
// once per connection and window, with the reason.
import type { ConnectionManager } from './connectionManager';
import { statusBarText } from '../../shared/connection/describe';
import { ACCOUNT_ID_PATTERN, SANDBOX_ACCOUNT_ID, resourceArn, type ArnTarget } from '../../shared/resourceArns';
import type { CustomerProfilesApi } from '../../aws/client';
import * as l10n from '@vscode/l10n';

/** Asks the user for the 12-digit account id of the connection labelled `connectionLabel`; `reason`: why STS could not tell. */
export type AskAccountId = (connectionLabel: string, reason?: string) => Promise<string | undefined>;

export class ResourceArns {
  private readonly accounts = new Map<string, string>();

  constructor(private readonly connection: Pick<ConnectionManager, 'api' | 'key' | 'spec'>) {}

  /** The target's ARN in the current connection; undefined when the user gave no account id. */
  async arnOf(target: ArnTarget, ask: AskAccountId): Promise<string | undefined> {
    const api = await this.connection.api();
    const accountId = await this.accountId(api, ask);
    return accountId ? resourceArn({ region: api.connection.region, accountId }, target) : undefined;
  }

  private async accountId(api: CustomerProfilesApi, ask: AskAccountId): Promise<string | undefined> {
    const key = this.connection.key();
    const known = this.accounts.get(key);
    if (known) return known;
    const spec = this.connection.spec();
    const accountId = spec.sandbox ? SANDBOX_ACCOUNT_ID : await this.fromSts(api, (reason) => ask(statusBarText(spec).replace(/^\$\([^)]+\)\s*/, ''), reason));
    // Another connection may have been chosen meanwhile: its account is not this one's.
    if (accountId && this.connection.key() === key) this.accounts.set(key, accountId);
    return accountId;
  }

  private async fromSts(api: CustomerProfilesApi, ask: (reason: string) => Promise<string | undefined>): Promise<string | undefined> {
    try {
      const { account } = await api.callerIdentity();
      if (ACCOUNT_ID_PATTERN.test(account)) return account;
      return await ask(l10n.t('STS answered an account id that is not 12 digits ({0})', account.slice(0, 40)));
    } catch (err) {
      const e = err as { name?: string; message?: string };
      return ask(l10n.t('{0} failed: {1}', 'STS GetCallerIdentity', `${e.name ?? 'Error'}${e.message ? `: ${e.message.slice(0, 200)}` : ''}`));
    }
  }
}
