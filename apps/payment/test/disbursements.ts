import { randomUUID } from 'node:crypto';
import { type EventEnvelope, examplePayload, type PayloadOf, type PayoutAccount } from '@consignado/contracts';
import { FieldCipher } from '@consignado/core';
import { namespacedTopic } from '@consignado/eventing';
import { testKafka, waitFor } from '@consignado/testing';
import type { Harness } from './harness';
import { Tap } from './support';

type Requested = EventEnvelope<'FundsReleaseRequested'>;

export const PIX: PayoutAccount = { kind: 'PIX_KEY', pixKey: 'cliente@example.com' };
export const BANK: PayoutAccount = { kind: 'BANK_ACCOUNT', ispb: '60746948', branch: '1234', number: '0012345678', accountType: 'CACC' };

/**
 * The release of funds driven on the payment harness: accounts and the rail's answers in, the
 * disbursement view polled, FundsReleaseRequested read back from Kafka with its account opened.
 */
export async function startRelease(h: Harness) {
  const tap = new Tap(testKafka());
  const topic = namespacedTopic({ namespace: h.service.namespace }, 'FundsReleaseRequested');
  await tap.start([topic]);
  const cipher = h.service.app.get(FieldCipher);
  const opened = (e: Requested): PayloadOf<'FundsReleaseRequested'> => {
    const { account, holderCpf } = e.payload;
    const open = (v: string, field: string) => cipher.open(v, field);
    const clear = account.kind === 'PIX_KEY' ? { ...account, pixKey: open(account.pixKey, 'account.pixKey') } : { ...account, number: open(account.number, 'account.number') };
    return { ...e.payload, account: clear, holderCpf: open(holderCpf, 'holderCpf') };
  };
  const requestsFor = (contractId: string) => tap.all<Requested>(topic, (e) => e.payload.contractId === contractId).map(opened);
  const view = (contractId: string) => h.api.call('GET', `/v1/contracts/${contractId}/disbursements`);
  const result = {
    requestsFor,
    requested: async (contractId: string, count = 1) => waitFor(async () => (requestsFor(contractId).length >= count ? requestsFor(contractId) : undefined), { description: `FundsReleaseRequested of ${contractId}` }),
    view,
    disbursement: (contractId: string, ready: (d: any) => boolean) =>
      waitFor(async () => {
        const { status, body } = await view(contractId);
        return status === 200 && ready(body) ? body : undefined;
      }, { description: `disbursement of ${contractId}` }),
    account: (customerId: string, account: PayoutAccount, changedAt: string, partition?: number) =>
      h.send('CustomerPayoutAccountChanged', { customerId, account, holderCpf: '52998224725', changedAt }, partition),
    released: (r: PayloadOf<'FundsReleaseRequested'>, over: Partial<PayloadOf<'FundsReleased'>> = {}, partition?: number) =>
      h.send('FundsReleased', { ...examplePayload('FundsReleased'), ...pick(r), endToEndId: `E${randomUUID().replace(/-/g, '').slice(0, 30)}`, ...over }, partition),
    failed: (r: PayloadOf<'FundsReleaseRequested'>, partition?: number) => h.send('FundsReleaseFailed', { ...examplePayload('FundsReleaseFailed'), ...pick(r) }, partition),
    stop: () => tap.stop(),
  };
  return result;
}

const pick = ({ disbursementId, contractId, customerId, purpose, amount }: PayloadOf<'FundsReleaseRequested'>) => ({ disbursementId, contractId, customerId, purpose, amount });

export type Release = Awaited<ReturnType<typeof startRelease>>;
