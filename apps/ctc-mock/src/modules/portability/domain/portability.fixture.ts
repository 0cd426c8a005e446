import { Cpf, dec, IsoDate, Money, MonthlyRate } from '@consignado/finance';
import { DeadlinePolicy, type ExchangeTime } from './deadline-policy';
import { Portability } from './portability';
import type { OriginAnswer } from './terms';

/** Test data for the portability rules (not used by the app). */
export const policy = new DeadlinePolicy({ answer: 5, transfer: 1, confirmation: 2 });

export const at = (today: string, time = '12:00:00'): ExchangeTime => ({ today: IsoDate.of(today), now: new Date(`${today}T${time}-03:00`) });

export const answer = (overrides: Partial<OriginAnswer> = {}): OriginAnswer => ({
  balance: Money.of('10234.56'),
  balanceDate: IsoDate.of('2025-03-05'),
  remainingInstallments: 60,
  installment: Money.of('310.00'),
  monthlyRate: MonthlyRate.of('0.0214'),
  ...overrides,
});

export const retention = { monthlyRate: MonthlyRate.of('0.0169'), installment: Money.of('280.00'), termMonths: 60 };

/** Requested on Friday 2025-02-28 (answer deadline 2025-03-11, over Carnival). */
export function requested(): Portability {
  const offer = { monthlyRate: MonthlyRate.of('0.0159'), termMonths: 60, installment: Money.of('262.10'), annualCet: dec('0.2107') };
  return Portability.request(
    { originIspb: '99100001', destinationIspb: '99000001', originContractNumber: 'CT-778', cpf: Cpf.of('52998224725'), offer },
    '202502280000000000424',
    at('2025-02-28'),
    policy,
  );
}

/** Answered on 2025-03-05 without retention: ACCEPTED_SETTLEMENT_IN_PROGRESS, limit 2025-03-06. */
export function answered(): Portability {
  const p = requested();
  p.answerBalance('ORIGIN', answer(), at('2025-03-05'), policy);
  p.pullChanges();
  return p;
}
