import type { PayloadOf } from '@consignado/contracts';

/** The words the contract shares with the event catalogue (libs/contracts). */
export type Product = PayloadOf<'CreditApproved'>['product'];
export type OperationType = PayloadOf<'CreditApproved'>['operationType'];
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
