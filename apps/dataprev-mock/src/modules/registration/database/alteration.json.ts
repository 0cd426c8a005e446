import { Money } from '@consignado/finance';
import type { Alteration, AlterationReason } from '../domain/alteration';

/** One alteration as stored in `registration.alterations` (jsonb): money as decimal strings, never numbers. */
export interface AlterationJson {
  previousInstallment: string;
  previousTermMonths: number;
  installment: string;
  termMonths: number;
  reason: string;
  alteredAt: string;
}

export const alterationToJson = (a: Alteration): AlterationJson => ({
  previousInstallment: a.previousInstallment.toString(),
  previousTermMonths: a.previousTermMonths,
  installment: a.installment.toString(),
  termMonths: a.termMonths,
  reason: a.reason,
  alteredAt: a.alteredAt.toISOString(),
});

export const alterationFromJson = (j: AlterationJson): Alteration => ({
  previousInstallment: Money.of(j.previousInstallment),
  previousTermMonths: j.previousTermMonths,
  installment: Money.of(j.installment),
  termMonths: j.termMonths,
  reason: j.reason as AlterationReason,
  alteredAt: new Date(j.alteredAt),
});
