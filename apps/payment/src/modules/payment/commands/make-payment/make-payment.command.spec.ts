import { contentHash } from '@consignado/core';
import { contentOf, makePaymentOf } from './make-payment.command';
import type { MakePaymentRequestDto } from './make-payment.request.dto';

const body = (over: Partial<MakePaymentRequestDto> = {}): MakePaymentRequestDto => ({
  customerId: '5D2A7E10-3B4C-4D8E-9F01-2A3B4C5D6E7F',
  contractId: '9C1F2E3D-4B5A-4C6D-8E7F-0A1B2C3D4E5F',
  amount: '679.95',
  paymentDate: '25/05/2026',
  ...over,
});

describe('POST /v1/payments body → command: the fields each purpose takes', () => {
  it.each<[string, Partial<MakePaymentRequestDto>, string]>([
    ['INSTALLMENT (the default) without installments', {}, 'installments'],
    ['EARLY_SETTLEMENT with installments', { purpose: 'EARLY_SETTLEMENT', installments: [1] }, 'installments'],
    ['EXTRA_AMORTIZATION without a mode', { purpose: 'EXTRA_AMORTIZATION' }, 'amortizationMode'],
    ['INSTALLMENT with a mode', { installments: [1], amortizationMode: 'REDUCE_TERM' }, 'amortizationMode'],
    ['EARLY_SETTLEMENT with a mode', { purpose: 'EARLY_SETTLEMENT', amortizationMode: 'REDUCE_TERM' }, 'amortizationMode'],
  ])('refuses %s: 400 REQUEST.INVALID_BODY naming the field', (_, over, field) => {
    expect(() => makePaymentOf(body(over))).toThrow(expect.objectContaining({ code: 'REQUEST.INVALID_BODY', details: { fields: [expect.objectContaining({ field })] } }));
  });

  it('parses ids, amount and the DD/MM/AAAA date; each purpose keeps only its fields', () => {
    const settle = makePaymentOf(body({ purpose: 'EARLY_SETTLEMENT' }));
    expect([settle.purpose, settle.customerId, settle.contractId, settle.amount.toString(), settle.paymentDate.toString()]).toEqual([
      'EARLY_SETTLEMENT', '5d2a7e10-3b4c-4d8e-9f01-2a3b4c5d6e7f', '9c1f2e3d-4b5a-4c6d-8e7f-0a1b2c3d4e5f', '679.95', '2026-05-25',
    ]);
    expect(makePaymentOf(body({ purpose: 'EXTRA_AMORTIZATION', amortizationMode: 'REDUCE_INSTALLMENT' }))).toMatchObject({ purpose: 'EXTRA_AMORTIZATION', amortizationMode: 'REDUCE_INSTALLMENT' });
    expect(makePaymentOf(body({ installments: [2, 3] }))).toMatchObject({ purpose: 'INSTALLMENT', installments: [2, 3] });
  });

  it('an installment payment\'s Idempotency-Key content is the shape keys had before purposes, so old keys still replay', () => {
    const command = makePaymentOf(body({ installments: [1], paymentDate: '2026-05-25' }));
    const before = { customerId: command.customerId, contractId: command.contractId, amount: '679.95', installments: [1], paymentDate: '2026-05-25' };
    expect(contentHash(contentOf(command))).toBe(contentHash(before));
    expect(contentOf(makePaymentOf(body({ purpose: 'EARLY_SETTLEMENT' })))).toMatchObject({ purpose: 'EARLY_SETTLEMENT', paymentDate: '2026-05-25' });
  });
});
