import { dec, IsoDate, Money, MonthlyRate } from '@consignado/finance';
import type { AnswerRecord } from '../domain/portability-state';
import type { DestinationOffer, RetentionOffer } from '../domain/terms';

/* The offer and the answer as stored in jsonb: amounts, rates and dates as text, never numbers. */

export interface OfferJson {
  monthlyRate: string;
  termMonths: number;
  installment: string;
  annualCet: string;
}

export interface RetentionJson {
  monthlyRate: string;
  installment: string;
  termMonths: number;
}

export interface AnswerJson {
  balance: string;
  balanceDate: string;
  remainingInstallments: number;
  installment: string;
  monthlyRate: string;
  retentionOffer?: RetentionJson;
  answeredAt: string;
  answerDate: string;
  dueBalanceLimitDate?: string;
}

export const offerToJson = (o: DestinationOffer): OfferJson => ({ monthlyRate: o.monthlyRate.toString(), termMonths: o.termMonths, installment: o.installment.toString(), annualCet: o.annualCet.toString() });

export const offerOf = (j: OfferJson): DestinationOffer => ({ monthlyRate: MonthlyRate.of(j.monthlyRate), termMonths: j.termMonths, installment: Money.of(j.installment), annualCet: dec(j.annualCet) });

const retentionToJson = (r: RetentionOffer): RetentionJson => ({ monthlyRate: r.monthlyRate.toString(), installment: r.installment.toString(), termMonths: r.termMonths });

const retentionOf = (j: RetentionJson): RetentionOffer => ({ monthlyRate: MonthlyRate.of(j.monthlyRate), installment: Money.of(j.installment), termMonths: j.termMonths });

export const answerToJson = (a: AnswerRecord): AnswerJson => ({
  balance: a.balance.toString(),
  balanceDate: a.balanceDate.toString(),
  remainingInstallments: a.remainingInstallments,
  installment: a.installment.toString(),
  monthlyRate: a.monthlyRate.toString(),
  ...(a.retentionOffer ? { retentionOffer: retentionToJson(a.retentionOffer) } : {}),
  answeredAt: a.answeredAt.toISOString(),
  answerDate: a.answerDate.toString(),
  ...(a.dueBalanceLimitDate ? { dueBalanceLimitDate: a.dueBalanceLimitDate.toString() } : {}),
});

export const answerOf = (j: AnswerJson): AnswerRecord => ({
  balance: Money.of(j.balance),
  balanceDate: IsoDate.of(j.balanceDate),
  remainingInstallments: j.remainingInstallments,
  installment: Money.of(j.installment),
  monthlyRate: MonthlyRate.of(j.monthlyRate),
  ...(j.retentionOffer ? { retentionOffer: retentionOf(j.retentionOffer) } : {}),
  answeredAt: new Date(j.answeredAt),
  answerDate: IsoDate.of(j.answerDate),
  ...(j.dueBalanceLimitDate ? { dueBalanceLimitDate: IsoDate.of(j.dueBalanceLimitDate) } : {}),
});
