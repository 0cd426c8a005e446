import { Money } from '@consignado/finance';
import { END_TO_END_ID, endToEndId } from './end-to-end-id';
import { settlementPlanOf } from './outcome-script';
import { rejection } from './transfer';
import { E2E, FILED_AT, filed, later, request } from './transfer.fixture';

const ACCOUNT = { kind: 'BANK_ACCOUNT', ispb: '00000000', branch: '1234', number: '123456', accountType: 'CACC' } as const;

describe('Transfer: filed, pending, settled or rejected', () => {
  it('is PENDING until due, then SETTLED with its end-to-end id, dated when due', () => {
    const transfer = filed();
    expect([transfer.state.status, transfer.settle(later(999)), transfer.decidedAt, transfer.settledEndToEndId]).toEqual(['PENDING', false, undefined, undefined]);
    expect(transfer.settle(later(60_000))).toBe(true);
    expect([transfer.state.status, transfer.settledEndToEndId, transfer.decidedAt?.toISOString(), transfer.amount.toString()]).toEqual(['SETTLED', E2E, '2026-05-04T14:05:10.000Z', '8214.33']);
    expect(transfer.settle(later(120_000))).toBe(false);
  });

  it('ends as planned: REJECTED with the reason and its pt-BR explanation, no end-to-end id', () => {
    const transfer = filed({}, { settlement: rejection('HOLDER_MISMATCH'), settlementMs: 0 });
    expect(transfer.settle(later(0))).toBe(true);
    expect([transfer.state.status, transfer.state.settlement, transfer.settledEndToEndId]).toEqual([
      'REJECTED', { outcome: 'REJECTED', reason: 'HOLDER_MISMATCH', message: 'O titular da conta de destino não é o CPF informado.' }, undefined,
    ]);
  });

  it.each([
    ['the same order', request({ amount: Money.of('8214.33') }), true],
    ['another amount', request({ amount: Money.of('8214.34') }), false],
    ['another key', request({ creditor: { kind: 'PIX_KEY', pixKey: 'joao@example.com' } }), false],
    ['an account instead of a key', request({ creditor: ACCOUNT }), false],
    ['another CPF', request({ creditorCpf: '11144477735' }), false],
    ['another purpose', request({ purpose: 'CREDIT_REFUND' }), false],
  ])('knows %s: %s', (_name, other, same) => {
    expect(filed().isSameFiling(other)).toBe(same);
  });

  it('compares accounts field by field', () => {
    const transfer = filed({ creditor: ACCOUNT });
    expect(transfer.isSameFiling(request({ creditor: { ...ACCOUNT } }))).toBe(true);
    expect(transfer.isSameFiling(request({ creditor: { ...ACCOUNT, branch: '1235' } }))).toBe(false);
  });
});

describe('the settlement plan and the end-to-end id', () => {
  it('settles after the rail’s time unless a script says otherwise', () => {
    expect(settlementPlanOf(undefined, 1000)).toEqual({ settlement: { outcome: 'SETTLED' }, settlementMs: 1000 });
    expect(settlementPlanOf({ settlement: rejection('ACCOUNT_CLOSED', 'Conta encerrada em 2025.'), remaining: 1 }, 1000)).toEqual({
      settlement: { outcome: 'REJECTED', reason: 'ACCOUNT_CLOSED', message: 'Conta encerrada em 2025.' }, settlementMs: 1000,
    });
    expect(settlementPlanOf({ settlement: { outcome: 'SETTLED' }, settlementMs: 60_000, remaining: 2 }, 1000).settlementMs).toBe(60_000);
  });

  it('is E + payer ISPB + yyyyMMddHHmm (UTC) + 11 alphanumerics: 32 characters', () => {
    const id = endToEndId('99000001', FILED_AT, () => 0.5);
    expect(id).toBe('E99000001202605041405fffffffffff');
    expect([id.length, END_TO_END_ID.test(id)]).toEqual([32, true]);
    expect(new Set(Array.from({ length: 20 }, () => endToEndId('99000001', FILED_AT))).size).toBe(20);
  });

  it('refuses an ISPB that is not 8 digits', () => {
    expect(() => endToEndId('9900001', FILED_AT)).toThrow(RangeError);
  });
});
