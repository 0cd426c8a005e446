import type { LinkType, OperationType, ProposalCreatedPayload } from '@consignado/contracts';
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
  readonly product: ProductCode;
  readonly operationType: OperationType;
  readonly linkType: LinkType;
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
    product: p.product,
    operationType: p.operationType,
    linkType: p.linkType,
    amount: valid(Money.parsePositive(p.requestedAmount, 'requestedAmount'), 'requestedAmount'),
    term: valid(LoanTerm.parse(p.termMonths, 'termMonths'), 'termMonths'),
    dates: valid(LoanDates.create(contractDate, firstDueDate), 'firstDueDate'),
    quotedRate: p.monthlyRate === undefined ? undefined : valid(MonthlyRate.parse(p.monthlyRate), 'monthlyRate'),
    withInsurance: p.withInsurance,
    age: completedYears(birthDate, contractDate),
    income: valid(Money.parse(p.monthlyIncome, 'monthlyIncome'), 'monthlyIncome'),
    expenses: p.monthlyExpenses === undefined ? Money.ZERO : valid(Money.parse(p.monthlyExpenses, 'monthlyExpenses'), 'monthlyExpenses'),
    benefit: p.benefit && { number: p.benefit.number, startDate: valid(IsoDate.parse(p.benefit.startDate, 'benefit.startDate'), 'benefit.startDate') },
    benefitPaidByOwnBank: p.benefitPaidByOwnBank ?? false,
  };
}

/** The value of a finance parse, or InconsistentEventError naming the field (never echoing the value). */
export function valid<T>(result: Result<T>, field: string): T {
  if (!result.ok) throw new InconsistentEventError(field, result.error.message);
  return result.value;
}
