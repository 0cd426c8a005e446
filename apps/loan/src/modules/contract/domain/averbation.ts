import type { PayloadOf } from '@consignado/contracts';
import { AverbationMismatchError } from './contract.errors';
import type { ContractProps } from './contract-props';

/** Dataprev registration of the deduction and the failed attempts reported before it (seed 003 §7.1 Averbation). */
export interface Averbation {
  protocol?: string;
  averbationId?: string;
  registeredAt?: string;
  failures: AverbationFailure[];
}

export interface AverbationFailure {
  code: string;
  message: string;
  retryable: boolean;
  attempts: number;
  at: string;
}

/** What Dataprev registered, as AverbationCompleted reports it. */
export type AverbationRegistration = Pick<
  PayloadOf<'AverbationCompleted'>,
  'proposalId' | 'protocol' | 'averbationId' | 'registeredAt' | 'installmentAmount' | 'termMonths' | 'firstDueDate'
>;

/** The registered deduction must be this contract's: same proposal, installment, term and first due date. */
export function assertRegistrationMatches(contract: ContractProps, registration: AverbationRegistration): void {
  const t = contract.terms.toInput();
  const pairs: Array<[string, string, string]> = [
    ['proposalId', contract.proposalId, registration.proposalId],
    ['installmentAmount', t.installmentAmount, registration.installmentAmount],
    ['termMonths', String(t.termMonths), String(registration.termMonths)],
    ['firstDueDate', t.firstDueDate, registration.firstDueDate],
  ];
  const wrong = pairs.find(([, ours, theirs]) => ours !== theirs);
  if (wrong) throw new AverbationMismatchError(...wrong);
}
