import { Cpf, Money, MonthlyRate } from '@consignado/finance';
import type { RejectionReason } from '../../portability/domain/rejection-reason';
import type { OriginBehaviour, SimulatedContract } from '../domain/simulated-bank';
import type { SimulatedContractRow } from './simulation.orm-entities';

export function contractOf(row: SimulatedContractRow): SimulatedContract {
  const r = row.retentionOffer;
  return {
    ispb: row.ispb,
    contractNumber: row.contractNumber,
    cpf: Cpf.of(row.cpf),
    balance: Money.of(row.balance),
    remainingInstallments: row.remainingInstallments,
    installment: Money.of(row.installment),
    monthlyRate: MonthlyRate.of(row.monthlyRate),
    behaviour: row.behaviour as OriginBehaviour,
    ...(row.refusalReason ? { refusalReason: row.refusalReason as RejectionReason } : {}),
    ...(r ? { retentionOffer: { monthlyRate: MonthlyRate.of(r.monthlyRate), installment: Money.of(r.installment), termMonths: r.termMonths } } : {}),
    answerDelayMs: row.answerDelayMs,
    settlementDelayMs: row.settlementDelayMs,
  };
}

export function contractRow(c: SimulatedContract, at: Date): SimulatedContractRow {
  const r = c.retentionOffer;
  return {
    ispb: c.ispb,
    contractNumber: c.contractNumber,
    cpf: c.cpf.toString(),
    balance: c.balance.toString(),
    remainingInstallments: c.remainingInstallments,
    installment: c.installment.toString(),
    monthlyRate: c.monthlyRate.toString(),
    behaviour: c.behaviour,
    refusalReason: c.refusalReason ?? null,
    retentionOffer: r ? { monthlyRate: r.monthlyRate.toString(), installment: r.installment.toString(), termMonths: r.termMonths } : null,
    answerDelayMs: c.answerDelayMs,
    settlementDelayMs: c.settlementDelayMs,
    updatedAt: at,
  };
}
