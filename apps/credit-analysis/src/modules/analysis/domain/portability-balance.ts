import type { PortabilityBalanceReceivedPayload, PortabilityOrigin } from '@consignado/contracts';
import { LoanTerm, Money } from '@consignado/finance';
import type { PortabilityBalance } from './analysis.props';
import { PortabilityMismatchError } from './analysis.errors';
import type { PortabilityBalanceFacts } from './evaluation/operation-inputs';
import { valid } from './proposal-facts';

/**
 * The origin's answer as the analysis keeps it. It must be for the contract the proposal named
 * (same institution and contract number): another is a permanent ANALYSIS.PORTABILITY_MISMATCH.
 */
export function portabilityBalance(proposalId: string, origin: PortabilityOrigin | undefined, p: PortabilityBalanceReceivedPayload): PortabilityBalance {
  const { terms } = p;
  if (!origin) throw new PortabilityMismatchError(proposalId, 'Saldo de portabilidade recebido para uma proposta que não é de portabilidade');
  if (origin.originInstitutionIspb !== terms.originInstitutionIspb || origin.originContractNumber !== terms.originContractNumber) {
    throw new PortabilityMismatchError(proposalId, 'O saldo recebido é de outro contrato de origem que o da proposta');
  }
  const balance = { terms: { ...terms }, dueBalanceLimitDate: p.dueBalanceLimitDate, receivedAt: p.receivedAt };
  portabilityFacts(balance);
  return balance;
}

/** The balance as value objects (checked when it arrives: an impossible amount is an inconsistent event). */
export function portabilityFacts(b: PortabilityBalance): PortabilityBalanceFacts {
  return {
    balance: valid(Money.parsePositive(b.terms.balance, 'terms.balance'), 'terms.balance'),
    remaining: valid(LoanTerm.parse(b.terms.remainingInstallments, 'terms.remainingInstallments'), 'terms.remainingInstallments'),
    originInstallment: valid(Money.parsePositive(b.terms.originInstallment, 'terms.originInstallment'), 'terms.originInstallment'),
    terms: b.terms,
  };
}
