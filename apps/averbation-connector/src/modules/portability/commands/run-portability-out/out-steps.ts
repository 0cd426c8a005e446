import type { CtcGateway } from '../../../exchange/ctc.gateway';
import type { CallOutcome } from '../../domain/portability-in';
import { type PortabilityOut, UNKNOWN_CONTRACT } from '../../domain/portability-out';
import type { OutStep } from '../../domain/portability-out-state';
import { asOutcome } from '../run-portability-in/in-steps';

/** Our payoff receipt for a contract ported out (the exchange shows it to the destination). */
export const receiptOf = (contractId: string): string => `QUIT-${contractId}`;

const missing = (what: string): CallOutcome => ({ ok: false, failure: { kind: 'REFUSED', code: 'CTC.REQUEST_INCOMPLETE', message: `Portabilidade sem ${what}: chamada não enviada à câmara.` } });

/** One exchange call of a portability out's due step. Every one is idempotent at the exchange. */
export async function callExchange(ctc: CtcGateway, step: OutStep, portability: PortabilityOut, signal: AbortSignal): Promise<CallOutcome> {
  const s = portability.snapshot;
  const a = s.answer;
  if (step === 'CONFIRM') return s.contractId ? asOutcome(await ctc.confirmSettlement(s.portabilityNumber, receiptOf(s.contractId), signal)) : missing('contrato');
  if (step === 'REJECT') {
    const order = s.status === 'REFUSING_UNKNOWN' || !a?.refusalCode ? UNKNOWN_CONTRACT : { reason: a.refusalCode, ...(a.refusalMessage ? { detail: a.refusalMessage } : {}) };
    return asOutcome(await ctc.reject(s.portabilityNumber, order, signal));
  }
  if (!a?.balance || !a.balanceDate || !a.remainingInstallments || !a.installmentAmount || !a.monthlyRate) return missing('saldo informado');
  const offer = a.retentionOffer;
  const order = {
    balance: a.balance,
    balanceDate: a.balanceDate,
    remainingInstallments: a.remainingInstallments,
    installment: a.installmentAmount,
    monthlyRate: a.monthlyRate,
    ...(offer ? { retentionOffer: { monthlyRate: offer.monthlyRate, installment: offer.installmentAmount, termMonths: offer.termMonths } } : {}),
  };
  return asOutcome(await ctc.answerBalance(s.portabilityNumber, order, signal));
}
