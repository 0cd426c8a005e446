import type { DataprevGateway } from '../../../dataprev/dataprev.gateway';
import type { Averbation, StepOutcome } from '../../domain/averbation';

/** Registers the contract's deduction (idempotent at Dataprev by contract id): NEW, REFINANCING (refinanced contract) or PORTABILITY (origin). */
export async function registerAtDataprev(dataprev: DataprevGateway, averbation: Averbation, signal: AbortSignal): Promise<StepOutcome> {
  const p = averbation.snapshot.request.payload;
  const result = await dataprev.register(
    {
      contractId: p.contractId,
      benefitNumber: p.benefitNumber,
      cpf: p.cpf,
      installmentAmount: p.installmentAmount,
      termMonths: p.termMonths,
      firstDueDate: p.firstDueDate,
      operationType: p.operationType,
      refinancedContractId: p.refinancedContractId,
      // PORTABILITY: Dataprev moves the deduction from this contract of the origin institution.
      portabilityOrigin: p.portability,
    },
    signal,
  );
  return result.ok ? { ok: true, protocol: result.value.protocol, registeredAt: result.value.registeredAt } : result;
}

/**
 * Ends the contract's deduction. Without a protocol (the registration never answered, or timed
 * out) Dataprev's list of the benefit's registrations tells whether one exists. Nothing to
 * cancel, or already gone, counts as cancelled.
 */
export async function cancelAtDataprev(dataprev: DataprevGateway, averbation: Averbation, signal: AbortSignal): Promise<StepOutcome> {
  const p = averbation.snapshot.request.payload;
  let protocol = averbation.snapshot.protocol;
  if (!protocol) {
    const listed = await dataprev.listRegistrations({ benefitNumber: p.benefitNumber, cpf: p.cpf }, signal);
    if (!listed.ok) return listed;
    protocol = listed.value.find((r) => r.contractId === p.contractId && r.active)?.protocol;
    if (!protocol) return { ok: true };
  }
  const cancelled = await dataprev.cancel(protocol, signal);
  if (cancelled.ok || cancelled.failure.dataprevCode === 'DATAPREV.REGISTRATION.NOT_FOUND') return { ok: true };
  return cancelled;
}
