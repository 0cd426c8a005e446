import type { Money } from '@consignado/finance';
import type { ProposalFacts } from '../proposal-facts';
import { freedMarginRule } from '../rules/freed-margin-rules';
import { marginRule, portabilityMarginRule } from '../rules/margin-rules';
import type { DecisionReason } from '../rules/reason';
import type { MarginFacts } from './evaluate-inss';
import type { OperationInputs } from './operation-inputs';

/**
 * INSS.MARGIN by operation: a portability needs no new margin (seed 003 §3.2: the ported
 * installment is already deducted); a refinancing of an INSS contract on the same benefit frees
 * the old installment (Dataprev swaps the deduction in one registration); anything else must fit
 * Dataprev's available margin.
 */
export function inssMarginRule(facts: ProposalFacts, installment: Money, margin: MarginFacts, inputs: OperationInputs, version: string): DecisionReason {
  if (facts.operationType === 'PORTABILITY') return portabilityMarginRule('INSS.MARGIN', installment, version);
  const old = facts.operationType === 'REFINANCING' ? inputs.refinanced : undefined;
  if (old && old.product === 'INSS_CONSIGNADO' && old.benefitNumber === margin.benefit.number) {
    return freedMarginRule('INSS.MARGIN', installment, margin.available, old.installment, version);
  }
  return marginRule('INSS.MARGIN', installment, margin.available, version);
}
