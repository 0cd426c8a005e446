import { Money } from '@consignado/finance';
import { fail, ok, type Result } from '@consignado/core';
import { averbationRequested, contractActivated, type ContractEvent, portabilityTransferRequested } from './contract-events';
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

/** Where an accepted contract goes (R-LN-9): the portability's transfer, the averbação, or in force. */
export function acceptedStatus(c: Pick<ContractProps, 'operationType' | 'product'>): ContractStatus {
  if (c.operationType === 'PORTABILITY') return 'PENDING_PORTABILITY';
  return requiresAverbation(c.product) ? 'PENDING_AVERBATION' : 'ACTIVE';
}

/**
 * The state of a contract booked from an approval (R-LN-1): terms validated, schedule computed and
 * its installment checked against the approved one, AWAITING_ACCEPTANCE of its CCB (R-LN-9). A
 * refinancing loan refuses (see refinancing.ts) is still booked — so the proposal ends on a
 * contract — but CANCELLED, with no CCB.
 */
export function openContract(approval: CreditApproval, id: string, now: Date, refusal?: RefinancingRefusedError, partnerId?: string): Result<ContractProps, BookingError> {
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
  const status: ContractStatus = refusal ? 'CANCELLED' : 'AWAITING_ACCEPTANCE';
  if (status === 'CANCELLED') installments.forEach((i) => i.cancel());
  const { proposalId, customerId, product, operationType, channel, benefitNumber, parameterVersion } = approval;
  // Each operation keeps only its own terms: a stray `portability` on a NEW loan must not reach Dataprev.
  const refinancing = operationType === 'REFINANCING' ? approval.refinancing : undefined;
  const portability = operationType === 'PORTABILITY' ? approval.portability : undefined;
  return ok({
    id, proposalId, customerId, product, operationType, channel, benefitNumber, parameterVersion, terms, status, installments, refinancing, portability, partnerId,
    refinancedContractId: refinancing?.contractId ?? approval.refinancedContractId,
    plan: bookedPlan(terms),
    averbation: { failures: [] },
    blocks: [],
    // A refused refinancing is never in force: no policy is issued for it.
    policy: refusal ? undefined : issuePolicy(id, terms),
    // Dataprev needs the CPF only once accepted (and a portability transferred): kept until then (contract-props.ts).
    pendingAverbationCpf: status === 'AWAITING_ACCEPTANCE' && inss ? approval.cpf : undefined,
    revision: 0,
    bookedAt: now,
    ...(refusal ? { cancelledAt: now, cancellationReason: 'REFINANCING_REFUSED' as const, cancellationMessage: refusal.message } : {}),
  });
}

/**
 * What an accepted contract asks for, by the status it moved to (R-LN-9): the transfer of a
 * portability in, the averbação of an INSS contract (the CPF goes to Dataprev through the event
 * only: the caller erases it from the contract, LGPD minimisation), or the activation of the others.
 */
export function openingEvents(c: ContractProps, cpf: string | undefined, at: Date): ContractEvent[] {
  switch (c.status) {
    case 'PENDING_PORTABILITY':
      return [portabilityTransferRequested(c, at)];
    case 'PENDING_AVERBATION':
      if (!cpf || !c.benefitNumber) throw new Error(`contract ${c.id}: INSS contract without CPF or benefit`);
      return [averbationRequested(c, { cpf, benefitNumber: c.benefitNumber })];
    case 'ACTIVE':
      return [contractActivated(c, at)];
    default:
      throw new Error(`a contract is never accepted into ${c.status}`);
  }
}
