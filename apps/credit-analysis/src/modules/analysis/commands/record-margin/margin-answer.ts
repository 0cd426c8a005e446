import type { MarginCheckedPayload } from '@consignado/contracts';
import { IsoDate, Money } from '@consignado/finance';
import type { MarginSnapshot } from '../../domain/analysis';
import type { MarginFacts } from '../../domain/evaluation/evaluate-inss';
import { valid } from '../../domain/proposal-facts';

/** Dataprev's answer as rule facts (value objects). */
export function marginFacts(p: MarginCheckedPayload): MarginFacts {
  return {
    benefit: { number: p.benefit.number, startDate: valid(IsoDate.parse(p.benefit.startDate, 'benefit.startDate'), 'benefit.startDate') },
    available: valid(Money.parse(p.margins.loan.available, 'margins.loan.available'), 'margins.loan.available'),
    restrictions: p.restrictions,
  };
}

/** What the analysis keeps of the answer for audit. */
export function marginSnapshot(p: MarginCheckedPayload): MarginSnapshot {
  return { benefitNumber: p.benefitNumber, loan: { ...p.margins.loan }, restrictions: [...p.restrictions], checkedAt: p.checkedAt, fromCache: p.fromCache };
}
