import { IsoDate } from '@consignado/finance';
import type { PayloadOf } from '@consignado/contracts';
import { currentBlock } from './contract-block';
import type { ContractProps } from './contract-props';
import { retentionOffer } from './retention-offer';
import { settlementQuote } from './settlement-quote';

export type PortabilityOutRequest = PayloadOf<'PortabilityOutRequested'>;
export type PortabilityOutAnswer = PayloadOf<'PortabilityOutAnswered'>;

/** The exchange's origin rejection reasons loan uses (CTC / Open Finance payroll portability), with pt-BR messages. */
export const PORTABILITY_OUT_REFUSALS = {
  CONTRATO_NAO_ENCONTRADO: 'Contrato não encontrado ou não vigente nesta instituição.',
  CONTRATO_LIQUIDADO: 'Contrato já liquidado nesta instituição.',
  CONTRATO_BLOQUEADO: 'Contrato bloqueado nesta instituição; portabilidade suspensa até o desbloqueio.',
  OUTROS: 'Saldo não pode ser informado na data pedida',
} as const;
type RefusalCode = keyof typeof PORTABILITY_OUT_REFUSALS;

/**
 * Loan's answer to another bank's request for one of its contracts (R-LN-7, R-LN-11): an ACTIVE
 * contract states finance's `settlementAmount` on the balance date (the payoff, or the consolidated
 * debt when rows are overdue — what a settlement that day must pay), its remaining installments,
 * installment and rate, and a retention offer when the bank makes one (`rateCut` > 0). Unknown or
 * not in force (pending, cancelled, failed averbação) → CONTRATO_NAO_ENCONTRADO; SETTLED →
 * CONTRATO_LIQUIDADO; blocked by staff → CONTRATO_BLOQUEADO; a balance date the contract cannot be valued on (before its last paid due
 * date or its plan's start) → OUTROS with finance's reason.
 */
export function answerPortabilityOut(request: PortabilityOutRequest, contract: ContractProps | undefined, rateCut: string, now: Date): PortabilityOutAnswer {
  const base = { contractId: request.contractId, portabilityNumber: request.portabilityNumber, answeredAt: now.toISOString() };
  const refuse = (code: RefusalCode, detail?: string): PortabilityOutAnswer => ({
    ...base, outcome: 'REFUSED', refusalCode: code, refusalMessage: detail ? `${PORTABILITY_OUT_REFUSALS[code]}: ${detail}` : PORTABILITY_OUT_REFUSALS[code],
  });
  if (contract?.status === 'SETTLED') return refuse('CONTRATO_LIQUIDADO');
  if (contract?.status !== 'ACTIVE') return refuse('CONTRATO_NAO_ENCONTRADO');
  // The reason of a block (a court order, a suspected fraud, a death) is not the other bank's to learn.
  if (currentBlock(contract.blocks)) return refuse('CONTRATO_BLOQUEADO');
  const quote = settlementQuote(contract, IsoDate.of(request.balanceDate));
  if (!quote.ok) return refuse('OUTROS', quote.error.message);
  const offer = retentionOffer(contract, quote.value, rateCut);
  return {
    ...base, outcome: 'BALANCE', balance: quote.value.amount.toString(), balanceDate: request.balanceDate,
    remainingInstallments: contract.installments.filter((i) => i.status === 'PENDING').length,
    installmentAmount: contract.plan.installment.toString(), monthlyRate: contract.terms.monthlyRate.toString(),
    ...(offer ? { retentionOffer: offer } : {}),
  };
}
