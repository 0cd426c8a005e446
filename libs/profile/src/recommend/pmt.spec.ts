import { dec } from '../decimal/dec';
import { chooseTerm, pmt } from './pmt';

/**
 * Expected installments computed independently with Python's `decimal` (prec 80):
 * (V*i/(1-(1+i)**-n)).quantize(Decimal('0.01'), ROUND_HALF_UP).
 */
describe('PMT', () => {
  it.each([
    ['18000', '0.02', 24, '951.68'],
    ['18000', '0.035', 24, '1120.91'],
    ['18000', '0.02', 36, '706.19'],
    ['18000', '0.035', 36, '887.11'],
    ['21000', '0.02', 24, '1110.29'],
    ['2222.22', '0.02', 24, '117.49'],
    ['60000', '0.05', 24, '4348.25'],
    ['30000', '0.05', 15, '2890.27'],
    ['30000', '0.05', 14, '3030.72'],
    ['10000', '0.05', 36, '604.34'],
    ['12000', '0.02', 6, '2142.31'],
    ['12000', '0.02', 7, '1854.14'],
    ['1200', '0.035', 6, '225.2'],
  ])('PMT(%s, %s, %i) = %s', (valor, rate, n, expected) => {
    expect(pmt(dec(valor), dec(rate), n).toString()).toBe(expected);
  });
});

describe('prazo (RF2 step 4)', () => {
  it.each([
    // valor 6c, cap c: the least n in 6..24 with PMT ≤ c (Python, as above)
    ['18000', '0.02', '3000', 7],
    ['18000', '0.035', '3000', 7],
    ['6000', '0.05', '1000', 8],
    ['30000', '0.05', '3000', 15],
    ['30000', '0.05', '0', 24], // nothing fits: 24
  ])('prazo_curto for %s at %s capped at %s → %i', (valor, rate, cap, n) => {
    expect(chooseTerm(dec(valor), dec(rate), dec(cap), 'prazo_curto')).toBe(n);
  });

  it('is 24 by default, 36 for parcela_baixa, 24 for other priorities', () => {
    const args = [dec('18000'), dec('0.02'), dec('3000')] as const;
    expect([chooseTerm(...args, null), chooseTerm(...args, 'parcela_baixa'), chooseTerm(...args, 'limite_maior')]).toEqual([24, 36, 24]);
  });
});
