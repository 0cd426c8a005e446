import { contentHash } from '@consignado/core';
import { contentOf, renegotiationOf } from './renegotiate.command';
import type { RenegotiateRequestDto } from './renegotiate.request.dto';

const body = (over: Partial<RenegotiateRequestDto> = {}): RenegotiateRequestDto => ({
  customerId: '5D2A7E10-3B4C-4D8E-9F01-2A3B4C5D6E7F',
  contractId: '9C1F2E3D-4B5A-4C6D-8E7F-0A1B2C3D4E5F',
  option: 'LONGER_TERM',
  capacity: '100',
  installmentAmount: '97.64',
  termMonths: 12,
  ...over,
});

describe('POST /v1/renegotiations body → command: each option takes only its own parameter', () => {
  it.each<[string, Partial<RenegotiateRequestDto>, string, RegExp]>([
    ['lateChargesDiscount with GRACE', { option: 'GRACE', lateChargesDiscount: '0.5' }, 'lateChargesDiscount', /só se aplica a LATE_CHARGES_DISCOUNT/],
    ['lateChargesDiscount with LONGER_TERM', { lateChargesDiscount: '0' }, 'lateChargesDiscount', /só se aplica a LATE_CHARGES_DISCOUNT/],
    ['graceDays with LATE_CHARGES_DISCOUNT', { option: 'LATE_CHARGES_DISCOUNT', graceDays: 30 }, 'graceDays', /só se aplica a GRACE/],
    ['a zero capacity', { capacity: '0.00' }, 'capacity', /maior que zero/],
    ['a zero installment', { installmentAmount: '0' }, 'installmentAmount', /maior que zero/],
  ])('refuses %s: 400 REQUEST.INVALID_BODY naming the field, in pt-BR', (_, over, field, message) => {
    expect(() => renegotiationOf(body(over))).toThrow(
      expect.objectContaining({ code: 'REQUEST.INVALID_BODY', details: { fields: [expect.objectContaining({ field, message: expect.stringMatching(message) })] } }),
    );
  });

  it('lower-cases ids, parses the amounts and the share; keeps the parameter of its option', () => {
    const c = renegotiationOf(body({ option: 'LATE_CHARGES_DISCOUNT', lateChargesDiscount: '0.50', installmentAmount: '356.6' }));
    expect([c.customerId, c.contractId, c.option, c.capacity.toString(), c.lateChargesDiscount?.toString(), c.installmentAmount.toString(), c.termMonths]).toEqual([
      '5d2a7e10-3b4c-4d8e-9f01-2a3b4c5d6e7f', '9c1f2e3d-4b5a-4c6d-8e7f-0a1b2c3d4e5f', 'LATE_CHARGES_DISCOUNT', '100.00', '0.5', '356.60', 12,
    ]);
    expect(renegotiationOf(body({ option: 'GRACE', graceDays: 30 }))).toMatchObject({ option: 'GRACE', graceDays: 30 });
    expect(renegotiationOf(body())).not.toHaveProperty('graceDays');
  });

  it('an Idempotency-Key vouches for the meaning: "0.50" and "0.5", "100" and "100.00" are the same request', () => {
    const a = contentOf(renegotiationOf(body({ option: 'LATE_CHARGES_DISCOUNT', lateChargesDiscount: '0.50' })));
    const b = contentOf(renegotiationOf(body({ option: 'LATE_CHARGES_DISCOUNT', lateChargesDiscount: '0.5', capacity: '100.00', customerId: body().customerId.toLowerCase() })));
    expect(contentHash(a)).toBe(contentHash(b));
    expect(contentHash(contentOf(renegotiationOf(body({ termMonths: 13 }))))).not.toBe(contentHash(contentOf(renegotiationOf(body()))));
  });
});
