import type { ContractProps, CreditApproval } from './contract-props';
import type { ContractStatus } from './contract-status';
import { currentBlock } from './contract-block';
import { RefinancingRefusedError } from './life-cycle.errors';

/** A contract recorded as replacing the old one still counts while it may come into force. */
const LIVE: readonly ContractStatus[] = ['AWAITING_ACCEPTANCE', 'PENDING_AVERBATION', 'ACTIVE', 'SETTLED'];

/**
 * Whether loan books a refinancing of `old` (R-LN-6, docs/life-cycle.md): the contract it replaces
 * must be the same customer's, ACTIVE and not blocked by staff, and not already being replaced by another contract that
 * may still come into force (`replacing`: the one recorded on it). Credit analysis checked the
 * rest (20% paid, 90 days, no overdue row) on its projection; loan checks what may have changed
 * since. Returns the refusal, or undefined to book. Checked again when the customer accepts the
 * CCB (R-LN-9): the old contract may have been settled or blocked while the new one waited.
 */
export function refinancingRefusal(approval: Pick<CreditApproval, 'customerId' | 'proposalId' | 'refinancing' | 'refinancedContractId'>, old: ContractProps | undefined, replacing: ContractProps | undefined): RefinancingRefusedError | undefined {
  const contractId = approval.refinancing?.contractId ?? approval.refinancedContractId ?? '';
  if (!old || old.customerId !== approval.customerId) {
    return new RefinancingRefusedError('CONTRACT.REFINANCED_CONTRACT_NOT_FOUND', 'Contrato a refinanciar não encontrado para este cliente.', contractId);
  }
  if (old.status !== 'ACTIVE') {
    return new RefinancingRefusedError('CONTRACT.REFINANCED_CONTRACT_NOT_ACTIVE', `Contrato a refinanciar não está ativo (situação ${old.status}).`, contractId);
  }
  // Why it is blocked (a death, a suspected fraud) is not for the proposal's channel to read.
  if (currentBlock(old.blocks)) {
    return new RefinancingRefusedError('CONTRACT.REFINANCED_CONTRACT_BLOCKED', 'Contrato a refinanciar está bloqueado: refinanciamento suspenso até o desbloqueio.', contractId);
  }
  if (replacing && replacing.proposalId !== approval.proposalId && LIVE.includes(replacing.status)) {
    return new RefinancingRefusedError('CONTRACT.REFINANCING_IN_PROGRESS', `Contrato a refinanciar já está sendo refinanciado pelo contrato ${replacing.id}.`, contractId);
  }
  return undefined;
}
