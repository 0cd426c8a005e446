import { Money } from '@consignado/finance';
import { fail, ok, type Result } from '@consignado/core';
import { averbationRequested, contractActivated, contractCancelled, type ContractEvent, portabilityTransferRequested } from './contract-events';
import { bookedPlan } from './contract-plan';
import type { ContractProps, CreditApproval } from './contract-props';
import type { ContractStatus } from './contract-status';
import { ContractTerms } from './contract-terms';
import { requiresAverbation } from './contract-vocabulary';
import { type InstallmentMismatchError, InvalidContractTermsError } from './contract.errors';
import type { RefinancingRefusedError } from './life-cycle.errors';
import { operationTermsError } from './operation-terms';
import { bookedSchedule } from './schedule';
import { issuePolicy } from './insurance-policy';

export type BookingError = InvalidContractTermsError | InstallmentMismatchError;

/** Where a contract starts: refused refinancing, portability, averbação, or in force. */
function openingStatus(approval: CreditApproval, refusal: RefinancingRefusedError | undefined): ContractStatus {
  if (refusal) return 'CANCELLED';
  if (approval.operationType === 'PORTABILITY') return 'PENDING_PORTABILITY';
  return requiresAverbation(approval.product) ? 'PENDING_AVERBATION' : 'ACTIVE';
}

/**
 * The state of a contract booked from an approval (R-LN-1): terms validated, schedule computed and
 * its installment checked against the approved one, and the opening status. A refinancing loan
 * refuses (see refinancing.ts) is still booked — so the proposal ends on a contract — but CANCELLED.
 */
export function openContract(approval: CreditApproval, id: string, now: Date, refusal?: RefinancingRefusedError): Result<ContractProps, BookingError> {
  const parsed = ContractTerms.parse(approval);
  if (!parsed.ok) return parsed;
  const invalid = operationTermsError(approval);
  if (invalid) return fail(invalid);
  const inss = requiresAverbation(approval.product);
  if (inss && !approval.benefitNumber) return fail(new InvalidContractTermsError('benefitNumber', 'Número do benefício obrigatório para o consignado INSS.'));
  const schedule = bookedSchedule(parsed.value);
  if (!schedule.ok) return schedule;
  const installments = schedule.value;
  const terms = parsed.value.withTotalPayable(Money.sum(installments.map((i) => i.snapshot.amount)));
  const status = openingStatus(approval, refusal);
  if (status === 'CANCELLED') installments.forEach((i) => i.cancel());
  const { proposalId, customerId, product, operationType, channel, benefitNumber, parameterVersion } = approval;
  // Each operation keeps only its own terms: a stray `portability` on a NEW loan must not reach Dataprev.
  const refinancing = operationType === 'REFINANCING' ? approval.refinancing : undefined;
  const portability = operationType === 'PORTABILITY' ? approval.portability : undefined;
  return ok({
    id, proposalId, customerId, product, operationType, channel, benefitNumber, parameterVersion, terms, status, installments, refinancing, portability,
    refinancedContractId: refinancing?.contractId ?? approval.refinancedContractId,
    plan: bookedPlan(terms),
    averbation: { failures: [] },
    blocks: [],
    // A refused refinancing is never in force: no policy is issued for it.
    policy: refusal ? undefined : issuePolicy(id, terms),
    // Dataprev needs the CPF only once the transfer completes: kept until then (contract-props.ts).
    pendingAverbationCpf: status === 'PENDING_PORTABILITY' && inss ? approval.cpf : undefined,
    revision: 0,
    bookedAt: now,
    activatedAt: status === 'ACTIVE' ? now : undefined,
    ...(refusal ? { cancelledAt: now, cancellationReason: 'REFINANCING_REFUSED' as const, cancellationMessage: refusal.message } : {}),
  });
}

/**
 * What a newly booked contract asks for, by its opening status: the transfer of a portability in,
 * the averbação of an INSS contract (the CPF goes to Dataprev through the event only: the contract
 * does not keep it, LGPD minimisation), the activation of the others, or the end of a refused
 * refinancing.
 */
export function openingEvents(c: ContractProps, cpf: string): ContractEvent[] {
  switch (c.status) {
    case 'PENDING_PORTABILITY':
      return [portabilityTransferRequested(c, c.bookedAt)];
    case 'PENDING_AVERBATION':
      return [averbationRequested(c, { cpf, benefitNumber: c.benefitNumber ?? '' })];
    case 'ACTIVE':
      return [contractActivated(c, c.bookedAt)];
    case 'CANCELLED':
      return [contractCancelled(c, 'REFINANCING_REFUSED', c.bookedAt)];
    default:
      throw new Error(`a contract is never booked ${c.status}`);
  }
}
