import type { PayloadOf } from '@consignado/contracts';

/** The words the contract shares with the event catalogue (libs/contracts). */
export type Product = PayloadOf<'CreditApproved'>['product'];
/** NEW, REFINANCING, PORTABILITY as proposed, or RENEGOTIATION: the contract a workout puts in a late one's place (R-LN-8). */
export type OperationType = PayloadOf<'ContractActivated'>['operationType'];
export type Channel = PayloadOf<'CreditApproved'>['channel'];
export type ProposalCancellationReason = PayloadOf<'ProposalCancelled'>['reason'];
export type ContractCancellationReason = PayloadOf<'ContractCancelled'>['reason'];

/**
 * Products whose deduction is registered at Dataprev before the contract is in force (R-LN-1).
 * SERVIDOR_CONSIGNADO deductions go through each public employer's payroll system, which this
 * platform does not integrate, and PERSONAL loans have no deduction: both are active at booking.
 */
export function requiresAverbation(product: Product): boolean {
  return product === 'INSS_CONSIGNADO';
}
