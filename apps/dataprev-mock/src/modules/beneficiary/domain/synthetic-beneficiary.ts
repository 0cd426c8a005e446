import { createHash } from 'node:crypto';
import { IsoDate, Money } from '@consignado/finance';
import type { Beneficiary } from './beneficiary';

/** Kinds a synthetic benefit may have (Dataprev's names). */
export const SYNTHETIC_KINDS = [
  'APOSENTADORIA_POR_IDADE',
  'APOSENTADORIA_POR_TEMPO_DE_CONTRIBUICAO',
  'APOSENTADORIA_POR_INVALIDEZ',
  'PENSAO_POR_MORTE',
] as const;

/** Minimum wage and INSS ceiling of 2025: every benefit value lies between them. */
export const SYNTHETIC_MIN_VALUE = Money.of('1518.00');
export const SYNTHETIC_MAX_VALUE = Money.of('8157.41');
/** Start dates between these days (all long before today, so the 90-day rule never applies). */
const FIRST_START = IsoDate.of('2000-01-01');
const LAST_START = IsoDate.of('2024-06-30');

/**
 * A benefit for any valid number that is not in the fixture: value, kind and start date derived
 * from a SHA-256 of the number, so the same number always gives the same benefit on every machine
 * and load tests need no fixtures. Synthetic benefits have no restrictions and no other banks'
 * installments.
 */
export function syntheticBeneficiary(benefitNumber: string): Beneficiary {
  const hash = createHash('sha256').update(`dataprev-mock:${benefitNumber}`).digest();
  const valueSpan = SYNTHETIC_MAX_VALUE.cents - SYNTHETIC_MIN_VALUE.cents + 1n;
  const dateSpan = FIRST_START.daysUntil(LAST_START) + 1;
  return {
    benefitNumber,
    kind: SYNTHETIC_KINDS[hash[0] % SYNTHETIC_KINDS.length],
    value: Money.ofCents(SYNTHETIC_MIN_VALUE.cents + (hash.readBigUInt64BE(1) % valueSpan)),
    startDate: FIRST_START.plusDays(hash.readUInt32BE(9) % dateSpan),
    externalCommitments: Money.ZERO,
    restrictions: [],
  };
}
