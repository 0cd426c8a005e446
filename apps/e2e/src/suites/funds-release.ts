import { randomUUID } from 'node:crypto';
import Big from 'big.js';
import { type ChannelClient, RailDesk } from '@consignado/stack-runner';
import { waitFor } from '@consignado/testing';
import { plusDays, servicing, type Json } from '../support/contracts';
import { client, finalState, plainCustomer, propose } from '../support/journey';
import { e2eStack } from '../support/stack';

const pixKey = () => `cliente.${randomUUID().slice(0, 8)}@example.com`;
const rail = () => new RailDesk(e2eStack().urls['rail-mock']);

/** A servant's consignado sold by corban alpha to CONTRACTED; the customer registered `account` first, unless none. */
async function contracted(c: ChannelClient, account?: string, withInsurance = false): Promise<{ customerId: string; proposalId: string; contractId: string; released: string }> {
  const customerId = await plainCustomer(c, { linkType: 'SERVIDOR', monthlyIncome: '8800.00', birthDate: '1977-09-12' });
  if (account) expect((await c.setPayoutAccount(customerId, { kind: 'PIX_KEY', pixKey: account })).status).toBe(200);
  const proposal = await finalState(c, await propose(c, { customerId, product: 'SERVIDOR_CONSIGNADO', requestedAmount: '5400.00', termMonths: 24, withInsurance }));
  if (proposal['state'] !== 'CONTRACTED') throw new Error(`proposal ended ${proposal['state']}`);
  return { customerId, proposalId: String(proposal['id']), contractId: String(proposal['contractId']), released: String(proposal['terms']['releasedAmount']) };
}

/** Payment's release once `done` holds, read through its API. */
const releaseWhen = (contractId: string, done: (d: Json) => boolean, description: string): Promise<Json> =>
  waitFor(async () => {
    const res = await servicing().disbursements(contractId);
    return res.status === 200 && done(res.body) ? res.body : undefined;
  }, { timeoutMs: 60_000, description });

/**
 * R-LN-10, seed 003 §3.1 through the stack: the released amount goes to the customer's PIX key
 * through the connector and the payment rail (mock), once; a contract without an account waits for
 * one; a rejected transfer is asked again on a new account, never paid twice; after the right of
 * regret the money to return is tracked until received.
 */
export function fundsReleaseSuite(): void {
  describe('release of funds', () => {
    it('pays the released amount to the registered PIX key once, with the rail\'s end-to-end id, and tells the customer', async () => {
      const key = pixKey();
      const { customerId, contractId, released } = await contracted(client('corban'), key);
      const done = await releaseWhen(contractId, (d) => d['status'] === 'RELEASED', 'released');
      expect(done).toEqual(expect.objectContaining({ amount: released, attempts: [expect.objectContaining({ status: 'RELEASED', amount: released, endToEndId: expect.stringMatching(/^E\d{8}\d{12}[A-Za-z0-9]{11}$/) })] }));
      expect(done['attempts'][0]['account']).toEqual({ kind: 'PIX_KEY', masked: expect.not.stringContaining(key) });
      const [transfer] = await rail().transfers(done['attempts'][0]['disbursementId']);
      expect(transfer).toEqual(expect.objectContaining({ status: 'SETTLED', amount: released, endToEndId: done['attempts'][0]['endToEndId'] }));
      const notices = await waitFor(async () => {
        const list = await servicing().notifications(customerId);
        return list.some((n) => n.template === 'FUNDS_RELEASED') ? list : undefined;
      }, { description: 'FUNDS_RELEASED notice' });
      expect(notices.find((n) => n.template === 'FUNDS_RELEASED')?.body).toContain(done['attempts'][0]['endToEndId']);
    });

    it('waits for an account; a rejected key (not the customer\'s) is asked again on the new account, one transfer paid', async () => {
      const c = client('corban');
      const { customerId, contractId } = await contracted(c);
      expect((await releaseWhen(contractId, (d) => d['status'] === 'AWAITING_ACCOUNT', 'awaiting an account'))['attempts']).toEqual([]);
      const wrong = pixKey();
      await rail().rejectNext(wrong, 'HOLDER_MISMATCH');
      expect((await c.setPayoutAccount(customerId, { kind: 'PIX_KEY', pixKey: wrong })).status).toBe(200);
      const failed = await releaseWhen(contractId, (d) => d['attempts'][0]?.['status'] === 'FAILED' && d['status'] === 'AWAITING_ACCOUNT', 'first transfer rejected');
      expect(failed['attempts'][0]['failure']).toEqual(expect.objectContaining({ code: 'RAIL.HOLDER_MISMATCH' }));
      expect((await c.setPayoutAccount(customerId, { kind: 'BANK_ACCOUNT', ispb: '60746948', branch: '1234', number: '0012345678', accountType: 'CACC' })).status).toBe(200);
      const done = await releaseWhen(contractId, (d) => d['status'] === 'RELEASED', 'released on the new account');
      expect(done['attempts'].map((a: Json) => [a['status'], a['account']['kind']])).toEqual([['FAILED', 'PIX_KEY'], ['RELEASED', 'BANK_ACCOUNT']]);
      expect(new Set(done['attempts'].map((a: Json) => a['disbursementId'])).size).toBe(2);
      const atRail = await Promise.all(done['attempts'].map((a: Json) => rail().transfers(a['disbursementId'])));
      expect(atRail.map((t) => t.map((x: Json) => x['status']))).toEqual([['REJECTED'], ['SETTLED']]);
    });

    it('after the right of regret, tracks the money to return until received; an over-receipt is refused', async () => {
      const c = client('corban');
      const { proposalId, contractId, released } = await contracted(c, pixKey());
      await releaseWhen(contractId, (d) => d['status'] === 'RELEASED', 'released');
      expect((await c.cancel(proposalId)).status).toBe(200);
      const due = await releaseWhen(contractId, (d) => d['regretReturn']?.['status'] === 'DUE', 'return due');
      expect(due['regretReturn']).toEqual(expect.objectContaining({ amountDue: released, outstanding: released, receipts: [] }));
      const over = await servicing().receiveRegretReturn(contractId, { amount: new Big(released).plus('0.01').toFixed(2) }, randomUUID());
      expect([over.status, over.body['code']]).toEqual([422, 'DISBURSEMENT.RETURN_OVERPAID']);
      const key = randomUUID();
      const first = await servicing().receiveRegretReturn(contractId, { amount: released }, key);
      expect(first.status).toBe(201);
      expect((await servicing().receiveRegretReturn(contractId, { amount: released }, key)).body).toEqual(first.body);
      const back = (await servicing().disbursements(contractId)).body['regretReturn'];
      expect([back['status'], back['outstanding'], back['receipts'].length]).toEqual(['RECEIVED', '0.00', 1]);
    });

    it('refunds the customer\'s credit (the premium an early settlement gave back) to their PIX key, once; nothing left is refused', async () => {
      const { customerId, contractId } = await contracted(client('corban'), pixKey(), true);
      await releaseWhen(contractId, (d) => d['status'] === 'RELEASED', 'released');
      const s = servicing();
      const today = plusDays(String((await s.contract(contractId)).body['contractDate']), 10);
      await s.setBusinessDate(today);
      try {
        const due = (await s.payoff(contractId, today)).body['amount'] as string;
        expect((await s.settle({ customerId, contractId, amount: due, paymentDate: today }, randomUUID())).status).toBe(201);
      } finally {
        await s.setBusinessDate(null);
      }
      const credited = await waitFor(async () => {
        const b = (await s.billing(contractId)).body;
        return b['insurancePremiumRefund'] ? b : undefined;
      }, { description: 'premium refund credited' });
      const credit = credited['creditBalance'] as string;
      expect(new Big(credit).gt(0)).toBe(true);
      const key = randomUUID();
      const asked = await s.refundCredit(contractId, {}, key);
      expect(asked.status).toBe(201);
      expect((await s.refundCredit(contractId, {}, key)).body).toEqual(asked.body);
      const refused = await s.refundCredit(contractId, {}, randomUUID());
      expect([refused.status, refused.body['code']]).toEqual([422, 'BILLING.INSUFFICIENT_CREDIT']);
      const refunded = await waitFor(async () => {
        const b = (await s.billing(contractId)).body;
        return b['credit']?.['refunds']?.[0]?.['status'] === 'RELEASED' ? b : undefined;
      }, { timeoutMs: 60_000, description: 'credit refund released' });
      expect([refunded['creditBalance'], refunded['credit']['refunds'].length, refunded['credit']['refunds'][0]['amount']]).toEqual(['0.00', 1, credit]);
      const [transfer] = await rail().transfers(refunded['credit']['refunds'][0]['disbursementId']);
      expect(transfer).toEqual(expect.objectContaining({ status: 'SETTLED', amount: credit, purpose: 'CREDIT_REFUND' }));
    });
  });
}
