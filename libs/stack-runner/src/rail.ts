/** The mock rail's admin key as npm start and the e2e stack start it (its development default). */
export const RAIL_ADMIN_DEV_KEY = 'rail-admin-dev-key';

/** Why the rail refuses a transfer (its outcome scripts). */
export type RailRejection = 'KEY_NOT_FOUND' | 'HOLDER_MISMATCH' | 'ACCOUNT_CLOSED' | 'ACCOUNT_BLOCKED';

/**
 * The mock payment rail's admin API (apps/rail-mock), for the demo and the end-to-end tests: how
 * the next transfers to a PIX key end, and the transfers it holds.
 */
export class RailDesk {
  constructor(
    private readonly railUrl: string,
    private readonly adminKey = RAIL_ADMIN_DEV_KEY,
  ) {}

  /** The next transfer to this PIX key is rejected for `reason`. */
  async rejectNext(pixKey: string, reason: RailRejection): Promise<void> {
    const res = await this.call('POST', '/admin/outcome-script', { pixKey, outcome: 'REJECTED', reason, next: 1 });
    if (res.status >= 300) throw new Error(`the mock rail refused the outcome script: ${res.status} ${JSON.stringify(res.body)}`);
  }

  /** The transfers the rail holds under our transfer id (a disbursement id): one, or none. */
  async transfers(transferId: string): Promise<Array<Record<string, unknown>>> {
    const res = await this.call('GET', `/admin/transfers?transferId=${transferId}`);
    if (res.status !== 200) throw new Error(`the mock rail answered ${res.status}`);
    return (res.body as { transfers: Array<Record<string, unknown>> }).transfers;
  }

  private async call(method: string, path: string, body?: unknown): Promise<{ status: number; body: unknown }> {
    const res = await fetch(`${this.railUrl}${path}`, {
      method,
      headers: { 'x-admin-key': this.adminKey, ...(body === undefined ? {} : { 'content-type': 'application/json' }) },
      body: body === undefined ? undefined : JSON.stringify(body),
    });
    const text = await res.text();
    return { status: res.status, body: text ? JSON.parse(text) : undefined };
  }
}
