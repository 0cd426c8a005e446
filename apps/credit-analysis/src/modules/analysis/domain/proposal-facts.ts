import type { LinkType, ProposalOperationType, PortabilityOrigin, ProposalCreatedPayload } from '@consignado/contracts';
import { Cpf, IsoDate, LoanDates, LoanTerm, Money, MonthlyRate, type ProductCode, type Result } from '@consignado/finance';
import { completedYears } from './age';
import { InconsistentEventError } from './analysis.errors';

/** The INSS benefit as the proposal (or Dataprev) describes it. */
export interface BenefitFacts {
  readonly number: string;
  readonly startDate: IsoDate;
}

/** A proposal's data as value objects: what every rule reads (never JS numbers for money). */
export interface ProposalFacts {
  readonly customerId: string;
  readonly product: ProductCode;
  readonly operationType: ProposalOperationType;
  readonly linkType: LinkType;
  /** NEW: the amount asked (> 0). REFINANCING: the troco (≥ 0). PORTABILITY: 0 (the balance comes from the origin). */
  readonly amount: Money;
  readonly term: LoanTerm;
  readonly dates: LoanDates;
  /** The rate the channel quoted, when it showed one. */
  readonly quotedRate?: MonthlyRate;
  readonly withInsurance: boolean;
  /** Completed years on the contract date (D-9). */
  readonly age: number;
  readonly income: Money;
  readonly expenses: Money;
  readonly benefit?: BenefitFacts;
  readonly benefitPaidByOwnBank: boolean;
  /** REFINANCING: the contract to replace. */
  readonly refinancedContractId?: string;
  /** PORTABILITY: where the contract to bring in is. */
  readonly portabilityOrigin?: PortabilityOrigin;
}

/**
 * Reads a ProposalCreated into facts. The schema already checked shapes; what it cannot check
 * (check digits, real dates, their order) makes the event inconsistent: a retry cannot fix it.
 */
export function proposalFacts(p: ProposalCreatedPayload): ProposalFacts {
  valid(Cpf.parse(p.cpf), 'cpf');
  const contractDate = valid(IsoDate.parse(p.contractDate, 'contractDate'), 'contractDate');
  const birthDate = valid(IsoDate.parse(p.birthDate, 'birthDate'), 'birthDate');
  if (!birthDate.isBefore(contractDate)) throw new InconsistentEventError('birthDate', 'A data de nascimento deve ser anterior à data do contrato');
  const firstDueDate = valid(IsoDate.parse(p.firstDueDate, 'firstDueDate'), 'firstDueDate');
  return {
    customerId: p.customerId,
    product: p.product,
    operationType: p.operationType,
    linkType: p.linkType,
    amount: requestedAmount(p),
    term: valid(LoanTerm.parse(p.termMonths, 'termMonths'), 'termMonths'),
    dates: valid(LoanDates.create(contractDate, firstDueDate), 'firstDueDate'),
    quotedRate: p.monthlyRate === undefined ? undefined : valid(MonthlyRate.parse(p.monthlyRate), 'monthlyRate'),
    withInsurance: p.withInsurance,
    age: completedYears(birthDate, contractDate),
    income: valid(Money.parse(p.monthlyIncome, 'monthlyIncome'), 'monthlyIncome'),
    expenses: p.monthlyExpenses === undefined ? Money.ZERO : valid(Money.parse(p.monthlyExpenses, 'monthlyExpenses'), 'monthlyExpenses'),
    benefit: p.benefit && { number: p.benefit.number, startDate: valid(IsoDate.parse(p.benefit.startDate, 'benefit.startDate'), 'benefit.startDate') },
    benefitPaidByOwnBank: p.benefitPaidByOwnBank ?? false,
    refinancedContractId: p.refinancedContractId,
    portabilityOrigin: p.portability,
  };
}

/** Only a NEW loan asks for an amount; a refinancing's troco may be zero, a portability's is ignored. */
function requestedAmount(p: ProposalCreatedPayload): Money {
  if (p.operationType === 'NEW') return valid(Money.parsePositive(p.requestedAmount, 'requestedAmount'), 'requestedAmount');
  const amount = valid(Money.parse(p.requestedAmount, 'requestedAmount'), 'requestedAmount');
  if (amount.isNegative()) throw new InconsistentEventError('requestedAmount', 'O troco do refinanciamento não pode ser negativo');
  return p.operationType === 'PORTABILITY' ? Money.ZERO : amount;
}

/** The value of a finance parse, or InconsistentEventError naming the field (never echoing the value). */
export function valid<T>(result: Result<T>, field: string): T {
  if (!result.ok) throw new InconsistentEventError(field, result.error.message);
  return result.value;
}
