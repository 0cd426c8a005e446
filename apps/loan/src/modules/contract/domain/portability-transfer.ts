import { Money } from '@consignado/finance';
import type { ContractProps } from './contract-props';
import { PortabilityMismatchError, PortabilityTransferConflictError } from './life-cycle.errors';

/** What the connector reports about a transfer: its portability number and, once completed, the amount. */
interface TransferReport {
  portabilityNumber: string;
  amount?: string;
}

/**
 * A transfer report must be this contract's portability (same NU; a completed transfer moved the
 * stated balance), else CONTRACT.PORTABILITY_MISMATCH. Money that moved for a contract that has
 * moved on — completed after a cancellation, failed after it came into force — is
 * CONTRACT.PORTABILITY_TRANSFER_CONFLICT: an operator must reconcile it with the exchange.
 */
export function assertTransferMatches(contract: ContractProps, outcome: 'COMPLETED' | 'FAILED', report: TransferReport): void {
  const ours = contract.portability;
  if (!ours) throw new PortabilityMismatchError('portabilityNumber', 'nenhuma', report.portabilityNumber);
  if (ours.portabilityNumber !== report.portabilityNumber) throw new PortabilityMismatchError('portabilityNumber', ours.portabilityNumber, report.portabilityNumber);
  if (report.amount !== undefined && !Money.of(report.amount).eq(Money.of(ours.balance))) throw new PortabilityMismatchError('amount', ours.balance, report.amount);
  const { status } = contract;
  const movedOn = outcome === 'COMPLETED' ? status === 'CANCELLED' : status !== 'PENDING_PORTABILITY' && status !== 'CANCELLED';
  if (movedOn) throw new PortabilityTransferConflictError(ours.portabilityNumber, outcome, status);
}
