import type { ServicingClient } from '@consignado/stack-runner';
import { waitFor } from '@consignado/testing';
import { br } from './format';

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- payment's view, read field by field
type Json = Record<string, any>;

/**
 * Waits for payment's release of a contract's money (R-LN-10) to end RELEASED — the rail settled
 * the transfer to the customer's account — and prints it; refusals and a release that never comes
 * stop the journey with what payment shows.
 */
export async function releasedFunds(backOffice: ServicingClient, contractId: string, log: (line: string) => void, tag: string): Promise<Json> {
  const done = await disbursementWhen(backOffice, contractId, (d) => d['status'] === 'RELEASED').catch(() => undefined);
  if (!done) throw new Error(`valor não liberado: ${JSON.stringify((await backOffice.disbursements(contractId)).body)}`);
  const paid: Json = done['attempts'].find((a: Json) => a['status'] === 'RELEASED');
  const to = paid['account']['kind'] === 'PIX_KEY' ? `chave PIX ${paid['account']['masked']}` : `conta ${paid['account']['masked']}`;
  log(`${tag}   valor liberado: ${br(paid['amount'])} na ${to} (PIX ${paid['endToEndId']})`);
  return done;
}

/** Payment's release of a contract's money once `ready` holds (90 s at most). */
export function disbursementWhen(backOffice: ServicingClient, contractId: string, ready: (d: Json) => boolean): Promise<Json> {
  return waitFor(async () => {
    const res = await backOffice.disbursements(contractId);
    return res.status === 200 && ready(res.body) ? res.body : undefined;
  }, { description: `liberação do contrato ${contractId}`, timeoutMs: 90_000, intervalMs: 500 });
}
