import { Money, MonthlyRate } from '@consignado/finance';
import type { DeclaredData } from '../../domain/declared-data';
import type { ComputeProfileRequestDto } from './compute-profile.request.dto';

const money = (v?: string) => (v === undefined ? undefined : Money.of(v));

/** The validated body as value objects (the DTO checked every shape; the values are decimal strings). */
export function declaredData(b: ComputeProfileRequestDto): DeclaredData {
  return {
    grossMonthlyIncome: money(b.grossMonthlyIncome),
    monthlyExpenses: money(b.monthlyExpenses),
    cardLimitTotal: money(b.cardLimitTotal),
    cardBalance: money(b.cardBalance),
    estimatedCardLimit: money(b.estimatedCardLimit),
    formalIncome: b.formalIncome,
    employmentMonths: b.employmentMonths,
    externalLoans: (b.externalLoans ?? []).map((l) => ({
      institution: l.institution,
      installment: money(l.installment) as Money,
      balance: money(l.balance),
      monthlyRate: l.monthlyRate === undefined ? undefined : MonthlyRate.of(l.monthlyRate),
      remainingInstallments: l.remainingInstallments,
      portability: l.originInstitutionIspb && l.originContractNumber ? { originInstitutionIspb: l.originInstitutionIspb, originContractNumber: l.originContractNumber } : undefined,
    })),
    externalPaymentRecords: b.externalPaymentRecords ?? [],
    creditInquiries6m: b.creditInquiries6m,
    defaults5y: b.defaults5y,
  };
}
