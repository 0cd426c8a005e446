import { Cpf } from '@consignado/finance';
import type { PortabilityStatus } from '../../portability/domain/portability-status';
import type { Counterparts } from './counterparts';
import { planAfter } from './plan';
import { simulatedOrigin } from './simulation.fixture';

const cpf = Cpf.of('52998224725');
const change = (to: PortabilityStatus) => ({ nu: '202502280000000000424', from: null, to, at: new Date() });

describe('planAfter (what the simulated banks will do)', () => {
  it.each([
    ['ANSWER', [{ action: 'ORIGIN_ANSWER', delayMs: 1000 }]],
    ['REFUSE', [{ action: 'ORIGIN_ANSWER', delayMs: 1000 }]],
    ['RETAIN', [{ action: 'ORIGIN_ANSWER', delayMs: 1000 }]],
    ['RETURN_FUNDS', [{ action: 'ORIGIN_ANSWER', delayMs: 1000 }]],
    ['SILENT', []],
  ] as const)('a simulated origin that behaves %s, on a request', (behaviour, planned) => {
    expect(planAfter(change('PENDING'), cpf, simulatedOrigin(behaviour))).toEqual(planned);
  });

  it('refuses an unknown contract, or one of another customer, after the default delay', () => {
    const unknown: Counterparts = { originSimulated: true, defaultDelayMs: 500 };
    expect(planAfter(change('PENDING'), cpf, unknown)).toEqual([{ action: 'ORIGIN_NOT_FOUND', delayMs: 500 }]);
    expect(planAfter(change('PENDING'), Cpf.of('11144477735'), simulatedOrigin('ANSWER'))).toEqual([{ action: 'ORIGIN_NOT_FOUND', delayMs: 500 }]);
  });

  it('lets a participant origin answer for itself', () => {
    expect(planAfter(change('PENDING'), cpf, { originSimulated: false, defaultDelayMs: 500 })).toEqual([]);
  });

  it('settles a transfer at a simulated origin after its delay', () => {
    expect(planAfter(change('ACCEPTED_SETTLEMENT_COMPLETED'), cpf, simulatedOrigin('ANSWER'))).toEqual([{ action: 'ORIGIN_SETTLE', delayMs: 2000 }]);
    expect(planAfter(change('ACCEPTED_SETTLEMENT_COMPLETED'), cpf, { originSimulated: false, defaultDelayMs: 0 })).toEqual([]);
  });

  it.each([
    ['TRANSFER', [{ action: 'DESTINATION_ACT', delayMs: 300 }]],
    ['CANCEL', [{ action: 'DESTINATION_ACT', delayMs: 300 }]],
    ['NO_TRANSFER', []],
  ] as const)('a simulated destination that behaves %s, on the answer', (behaviour, planned) => {
    const c: Counterparts = { originSimulated: false, destination: { nu: 'x', ispb: '99200002', behaviour, delayMs: 300 }, defaultDelayMs: 0 };
    expect(planAfter(change('ACCEPTED_SETTLEMENT_IN_PROGRESS'), cpf, c)).toEqual(planned);
  });

  it('plans nothing on an end', () => {
    for (const end of ['REJECTED', 'CANCELLED', 'PORTABILITY_COMPLETED', 'PAYMENT_ISSUE'] as const) expect(planAfter(change(end), cpf, simulatedOrigin('ANSWER'))).toEqual([]);
  });
});
