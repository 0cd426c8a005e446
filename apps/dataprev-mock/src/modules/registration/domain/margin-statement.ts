import { DEFAULT_PARAMETERS, inssMargin, type IsoDate, Money, type ParameterRegistry } from '@consignado/finance';
import type { Beneficiary } from '../../beneficiary/domain/beneficiary';

/** Limit, used and available of one kind of margin (seed 003 §5.1 "margem"). */
export interface MarginBalance {
  readonly limit: Money;
  readonly used: Money;
  readonly available: Money;
}

/** The benefit's margins by product: loan 35%, card 5%, benefit card 5% (seed 003 §2, D-1). */
export interface MarginStatement {
  readonly loan: MarginBalance;
  readonly card: MarginBalance;
  readonly benefitCard: MarginBalance;
}

const unused = (limit: Money): MarginBalance => ({ limit, used: Money.ZERO, available: limit });

/**
 * Margins on `date`, with libs/finance's inssMargin and the margin parameters in force then. The
 * loan margin is used by other banks' installments and by this registry's active registrations;
 * card margins are not registered by this mock, so they are always fully available.
 */
export function marginStatement(
  beneficiary: Beneficiary,
  activeInstallments: readonly Money[],
  date: IsoDate,
  parameters: ParameterRegistry = DEFAULT_PARAMETERS,
): MarginStatement {
  const version = parameters.inssMargin.at(date);
  if (!version.ok) throw version.error;
  const committed = [beneficiary.externalCommitments, ...activeInstallments];
  const margin = inssMargin({ income: beneficiary.value, activeInstallments: committed }, version.value.value);
  return {
    loan: { limit: margin.loanLimit, used: Money.sum(committed), available: margin.loanAvailable },
    card: unused(margin.cardLimit),
    benefitCard: unused(margin.benefitCardLimit),
  };
}
