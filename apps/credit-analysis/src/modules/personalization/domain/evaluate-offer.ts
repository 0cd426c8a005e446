import type { ProposalCreatedPayload } from '@consignado/contracts';
import { Money } from '@consignado/finance';
import type { ProjectedContract } from '../../contract-projection/domain/projected-contract';
import { InconsistentEventError } from '../../analysis/domain/analysis.errors';
import type { MarginSnapshot } from '../../analysis/domain/analysis.props';
import { evaluateInss, type MarginFacts } from '../../analysis/domain/evaluation/evaluate-inss';
import { evaluatePersonal } from '../../analysis/domain/evaluation/evaluate-personal';
import { evaluateServant } from '../../analysis/domain/evaluation/evaluate-servant';
import type { Evaluation } from '../../analysis/domain/evaluation/evaluation';
import type { PortabilityBalanceFacts } from '../../analysis/domain/evaluation/operation-inputs';
import type { AnalysisParameters } from '../../analysis/domain/parameters/analysis-parameters';
import { type ProposalFacts, proposalFacts } from '../../analysis/domain/proposal-facts';

/** What the analysis would read besides the application: the policy, the score, the projected contracts and the last margin. */
export interface PolicyContext {
  readonly parameters: AnalysisParameters;
  readonly score?: number;
  readonly contracts: readonly ProjectedContract[];
  readonly margin?: MarginSnapshot;
  /** The INSS margin to assume when Dataprev was never asked for this benefit (35% of the income, less our deductions). */
  readonly estimatedInssMargin: Money;
}

/**
 * Runs the analysis's own rules on an offer's application (R-CA-1, R-CA-2, R-LN-6, R-LN-7): a
 * recommended loan is one credit analysis would approve today, never more. A portability is
 * judged on the balance the customer declared, as the analysis will on the origin's. An application the rules cannot
 * even read (a birth date after today…) is undefined: no offer.
 */
export function evaluateOffer(application: ProposalCreatedPayload, ctx: PolicyContext, portability?: PortabilityBalanceFacts): Evaluation | undefined {
  let facts: ProposalFacts;
  try {
    facts = proposalFacts(application);
  } catch (error) {
    if (error instanceof InconsistentEventError) return undefined;
    throw error;
  }
  const refinanced = facts.refinancedContractId ? ctx.contracts.find((c) => c.contractId === facts.refinancedContractId) : undefined;
  const inputs = { refinanced, customerContracts: ctx.contracts, portability };
  if (facts.product === 'INSS_CONSIGNADO') return evaluateInss(facts, ctx.parameters, marginOf(facts, ctx), inputs);
  if (facts.product === 'SERVIDOR_CONSIGNADO') return evaluateServant(facts, ctx.parameters, inputs);
  return ctx.score === undefined ? undefined : evaluatePersonal(facts, ctx.score, ctx.parameters);
}

/**
 * Dataprev's last answer for this benefit, less the installments of our contracts on it activated
 * since (Dataprev counts them now: the answer predates them); else the estimate. A margin is
 * never invented for another benefit.
 */
function marginOf(facts: ProposalFacts, ctx: PolicyContext): MarginFacts | undefined {
  const benefit = facts.benefit;
  if (!benefit) return undefined;
  const known = ctx.margin?.benefitNumber === benefit.number ? ctx.margin : undefined;
  if (!known) return { benefit, available: ctx.estimatedInssMargin, restrictions: [] };
  const since = ctx.contracts.filter((c) => c.status === 'ACTIVE' && c.benefitNumber === benefit.number && (c.payload.activatedAt ?? '') > known.checkedAt);
  const available = Money.max(Money.ZERO, Money.of(known.loan.available).minus(Money.sum(since.map((c) => c.installment))));
  return { benefit, available, restrictions: known.restrictions };
}
