import { examplePayload } from '@consignado/contracts';
import { DEV_PII_KEY_RING, FieldCipher } from '@consignado/core';
import { handWorkedApproval, inssApproval, personalApproval, portabilityApproval } from '../../../../test/fixtures/approvals';
import { booked, paidOnTime, payable, bookAccepted } from '../../../../test/fixtures/contracts';
import { amortizationPayment, installmentPayment, settlementPayment } from '../../../../test/fixtures/payments';
import { renegotiationPayment, workoutTerms } from '../../../../test/fixtures/renegotiation';
import { Contract } from '../domain/contract';
import { toPolicyColumn } from './policy.mapper';
import { openContractColumns, toContract, toContractRow as sealedRow, toInstallmentRows } from './contract.mapper';

const CLAIM_ID = '7c1d2e3f-4a5b-4c6d-8e7f-901a2b3c4d5e';
const at = new Date('2026-03-10T13:00:00.000Z');
const cipher = new FieldCipher(DEV_PII_KEY_RING);
/** The row with its personal columns opened: every seal has a fresh IV, so rows are compared in clear. */
const toContractRow = (contract: Contract) => openContractColumns(cipher, sealedRow(cipher, contract));

function roundTrip(contract: Contract): Contract {
  // What PostgreSQL gives back: the same strings and dates the rows were written with.
  return toContract(cipher, sealedRow(cipher, contract), toInstallmentRows(contract).reverse());
}

describe('contract mapper (row ↔ aggregate)', () => {
  it('keeps a workout: the old contract RENEGOTIATED with its successor, the new one RENEGOTIATION with its origin', () => {
    const old = booked();
    const successor = old.renegotiate(renegotiationPayment(old.snapshot, workoutTerms(), '1032.54', '2026-05-20', '99999999-8888-4777-8666-000000000008'), at);
    for (const contract of [old, successor]) expect(toContractRow(roundTrip(contract))).toEqual(toContractRow(contract));
    expect(roundTrip(old).snapshot.settlement).toMatchObject({ reason: 'RENEGOTIATED', replacedByContractId: successor.id });
    expect(toContractRow(successor)).toMatchObject({ operationType: 'RENEGOTIATION', renegotiation: { renegotiatedContractId: old.id, effectiveDate: '2026-05-20' } });
  });

  it('gives back an equal contract after averbação failures and activation', () => {
    const result = bookAccepted(inssApproval(), '11111111-2222-4333-8444-555555555555', at);
    if (!result.ok) throw result.error;
    const contract = result.value;
    contract.failAverbation({ code: 'DATAPREV.UNAVAILABLE', message: 'Indisponível.', retryable: true, attempts: 2, at: '2026-03-10T14:00:00.000Z' }, at);
    contract.completeAverbation({ ...examplePayload('AverbationCompleted'), proposalId: contract.snapshot.proposalId, installmentAmount: '231.24', termMonths: 96, firstDueDate: '2026-04-10' }, at);
    const back = roundTrip(contract);
    expect(toContractRow(back)).toEqual(toContractRow(contract));
    expect(toInstallmentRows(back)).toEqual(toInstallmentRows(contract));
    expect(back.snapshot.installments.map((i) => i.number)).toEqual(Array.from({ length: 96 }, (_, k) => k + 1));
    expect(back.pullEvents()).toEqual([]);
  });

  it('keeps the CCB issued and, once given, its acceptance (R-LN-9)', () => {
    const result = Contract.book(inssApproval(), '11111111-2222-4333-8444-555555555555', at);
    if (!result.ok) throw result.error;
    const contract = result.value;
    contract.issue('ab'.repeat(32), at);
    expect(toContractRow(contract)).toMatchObject({ status: 'AWAITING_ACCEPTANCE', documentHash: 'ab'.repeat(32), documentIssuedAt: at, acceptedAt: null, acceptedBy: null });
    expect(roundTrip(contract).snapshot.formalization).toEqual({ documentHash: 'ab'.repeat(32), issuedAt: at });
    expect(roundTrip(contract).snapshot.pendingAverbationCpf).toBe(contract.snapshot.pendingAverbationCpf);
    const { proposalId, customerId, channel } = contract.snapshot;
    contract.accept({ proposalId, customerId, channel, documentHash: 'ab'.repeat(32), acceptedAt: at, acceptedBy: 'subject-1' }, at);
    expect(roundTrip(contract).snapshot.formalization).toEqual(contract.snapshot.formalization);
    expect(toContractRow(contract)).toMatchObject({ acceptedDocumentHash: 'ab'.repeat(32), acceptedAt: at, acceptanceChannel: channel, acceptedBy: 'subject-1', pendingAverbationCpf: null });
  });

  it('keeps paid installments with their payment, fine and mora', () => {
    const result = bookAccepted(personalApproval(), '11111111-2222-4333-8444-555555555555', at);
    if (!result.ok) throw result.error;
    const contract = result.value;
    // 725.34 paid 10 days late: fine R(14.5068) = 14.51, mora R(2.3936) = 2.39.
    const installments = [{ number: 1, installment: '725.34' }];
    const payment = installmentPayment({ id: contract.id, customerId: contract.snapshot.customerId, installments }, [{ number: 1, fine: '14.51', mora: '2.39' }], '2026-04-20');
    contract.recordPayment(payment, at);
    const row = toInstallmentRows(roundTrip(contract))[0];
    expect(row).toMatchObject({ status: 'PAID', paidDate: '2026-04-20', paidAmount: '725.34', fine: '14.51', mora: '2.39', paymentId: payment.paymentId });
    expect(toInstallmentRows(roundTrip(contract))[1]).toMatchObject({ status: 'PENDING', paidDate: null, fine: null, mora: null });
  });

  it.each<[string, () => Contract]>([
    ['an amended plan (REDUCE_TERM drops a row)', () => {
      const c = paidOnTime(booked(handWorkedApproval()), [1]);
      c.recordPayment(amortizationPayment(c.snapshot, '373.25', '2026-05-10', 'REDUCE_TERM', { contractId: c.id }), at);
      return c;
    }],
    ['a settlement of the whole contract (REFINANCED)', () => {
      const c = paidOnTime(booked(handWorkedApproval()), [1]);
      const settlement = { reason: 'REFINANCED' as const, replacedByContractId: '99999999-8888-4777-8666-555555555555' };
      c.recordPayment(settlementPayment(c.snapshot, '679.95', '2026-05-25', { contractId: c.id, settlement }), at);
      return c;
    }],
    ['a pending portability with the CPF kept for Dataprev', () => booked(portabilityApproval())],
  ])('gives back %s', (_label, make) => {
    const contract = make();
    const back = roundTrip(contract);
    expect(toContractRow(back)).toEqual(toContractRow(contract));
    expect(toInstallmentRows(back)).toEqual(toInstallmentRows(contract));
    // Money caches its decimal once used: compare the values, not the caches.
    const { plan, settlement, revision, pendingAverbationCpf, portability } = contract.snapshot;
    const again = back.snapshot;
    expect(JSON.stringify([again.plan, again.settlement, again.revision, again.pendingAverbationCpf, again.portability])).toBe(JSON.stringify([plan, settlement, revision, pendingAverbationCpf, portability]));
  });

  it('stores the benefit number and the CPF kept for Dataprev sealed (R-SEC-3), each under its own column', () => {
    const row = sealedRow(cipher, booked(portabilityApproval()));
    expect([row.benefitNumber, row.pendingAverbationCpf]).toEqual([expect.stringMatching(/^pii:v1:/), expect.stringMatching(/^pii:v1:/)]);
    expect(JSON.stringify(row)).not.toContain(portabilityApproval().cpf);
    expect(JSON.stringify(row)).not.toContain('1234567890');
    expect(() => toContract(cipher, { ...row, benefitNumber: row.pendingAverbationCpf }, [])).toThrow();
  });

  it('gives back the credit-life policy with its claims and how it ended', () => {
    const contract = booked(handWorkedApproval({ insurance: '36.50' }));
    contract.recordPayment(installmentPayment(payable(contract), [{ number: 1 }], '2026-05-10'), at);
    contract.block({ reason: 'DEATH', note: 'Óbito', operatorId: 'fabio.riscos', claimId: CLAIM_ID }, new Date('2026-05-25T15:00:00.000Z'));
    contract.denyInsuranceClaim(CLAIM_ID, { reason: 'EXCLUDED_CAUSE', message: 'Causa excluída.', at });
    contract.recordPayment(settlementPayment(contract.snapshot, '679.95', '2026-05-25'), at);
    const back = roundTrip(contract);
    expect(toPolicyColumn(back.snapshot.policy)).toEqual(toPolicyColumn(contract.snapshot.policy));
    expect(toPolicyColumn(back.snapshot.policy)).toMatchObject({ claims: [{ outcome: { status: 'DENIED' } }], ended: { reason: 'EARLY_SETTLEMENT', premiumRefund: '18.45' } });
    expect(toContractRow(back)).toEqual(toContractRow(contract));
  });

  it('keeps the blocks with their notes sealed, and exports them without the notes', () => {
    const contract = booked();
    contract.block({ reason: 'JUDICIAL_ORDER', note: 'Ofício 77/2026', operatorId: 'fabio.riscos', claimId: CLAIM_ID }, at);
    contract.unblock({ note: 'Ofício 80/2026 revoga', operatorId: 'fabio.riscos' }, new Date('2026-03-20T10:00:00.000Z'));
    const row = sealedRow(cipher, contract);
    expect(row.blocks).toMatch(/^pii:v1:/);
    expect(roundTrip(contract).snapshot.blocks).toEqual(contract.snapshot.blocks);
    expect(openContractColumns(cipher, row).blocks).toEqual([
      { reason: 'JUDICIAL_ORDER', blockedBy: 'fabio.riscos', blockedAt: at.toISOString(), unblockedBy: 'fabio.riscos', unblockedAt: '2026-03-20T10:00:00.000Z' },
    ]);
    expect(sealedRow(cipher, booked()).blocks).toBeNull();
  });
});
