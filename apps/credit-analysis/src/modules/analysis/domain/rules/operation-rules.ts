import type { ProposalOperationType } from '@consignado/contracts';
import { type DecisionReason, reason } from './reason';

const NAMES: Record<ProposalOperationType, string> = { NEW: 'Contratação nova', REFINANCING: 'Refinanciamento', PORTABILITY: 'Portabilidade' };

/** Refinancing and portability are consignado operations (R-LN-6, R-LN-7): the personal loan offers only NEW. */
export function operationOfferedRule(rule: string, operationType: ProposalOperationType, offered: readonly ProposalOperationType[], version: string): DecisionReason {
  return reason({
    rule,
    passed: offered.includes(operationType),
    measured: operationType,
    limit: offered.join(', '),
    parameterVersion: version,
    failure: { code: 'CREDIT.OPERATION_NOT_OFFERED', message: `${NAMES[operationType]} não é oferecido para este produto.` },
    success: `${NAMES[operationType]} oferecido para este produto.`,
  });
}

/** A refinancing or a portability is priced without credit-life insurance (finance `refinance`, `portabilityQuote`). */
export function noInsuranceOnOperationRule(rule: string, withInsurance: boolean, operationType: ProposalOperationType, version: string): DecisionReason {
  return reason({
    rule,
    passed: !withInsurance,
    measured: withInsurance ? 'com seguro' : 'sem seguro',
    limit: 'sem seguro',
    parameterVersion: version,
    failure: { code: 'CREDIT.INSURANCE_NOT_ALLOWED', message: `${NAMES[operationType]} não admite seguro prestamista.` },
    success: `${NAMES[operationType]} sem seguro prestamista.`,
  });
}
