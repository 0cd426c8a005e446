import { retentionOf, type SimulatedContract } from '../domain/simulated-bank';

/** A simulated origin's contract as the admin API shows it: amounts and rates as text. */
export function simulatedContractView(c: SimulatedContract): Record<string, unknown> {
  const retention = c.behaviour === 'RETAIN' ? retentionOf(c) : undefined;
  return {
    ispb: c.ispb,
    contractNumber: c.contractNumber,
    cpf: c.cpf.toString(),
    balance: c.balance.toString(),
    remainingInstallments: c.remainingInstallments,
    installment: c.installment.toString(),
    monthlyRate: c.monthlyRate.toString(),
    behaviour: c.behaviour,
    ...(c.refusalReason ? { refusalReason: c.refusalReason } : {}),
    ...(retention ? { retentionOffer: { monthlyRate: retention.monthlyRate.toString(), installment: retention.installment.toString(), termMonths: retention.termMonths } } : {}),
    answerDelayMs: c.answerDelayMs,
    settlementDelayMs: c.settlementDelayMs,
  };
}
