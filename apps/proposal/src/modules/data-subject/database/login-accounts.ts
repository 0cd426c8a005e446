import { Logger } from '@nestjs/common';
import type { IdentityClient } from '@consignado/auth';

/**
 * The customer's login at the identity provider (LGPD, R-SEC-3): closed when their data is
 * anonymized, with proposal's own client credentials (`proposal-service`, ACCOUNT_ADMIN). Idempotent
 * at the provider (204 whether or not the CPF had an account); anything else throws, so the erasure
 * is retried and nothing is anonymized while the login stays.
 */
export class LoginAccounts {
  private readonly logger = new Logger('LoginAccounts');

  constructor(
    private readonly identity: Pick<IdentityClient, 'clientToken'>,
    private readonly clientId: string,
    private readonly url: string,
  ) {}

  async close(cpf: string, customerId: string): Promise<void> {
    const token = await this.identity.clientToken(this.clientId, ['privacy']);
    const res = await fetch(this.url, {
      method: 'POST', headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json' }, body: JSON.stringify({ cpf }), signal: AbortSignal.timeout(10_000),
    });
    if (res.status !== 204) throw new Error(`the identity provider refused to close the login (${res.status})`);
    this.logger.log({ message: 'login closed', customerId });
  }
}
