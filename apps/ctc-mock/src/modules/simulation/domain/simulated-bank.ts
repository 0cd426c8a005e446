import { type Cpf, dec, type IsoDate, type Money, MonthlyRate } from '@consignado/finance';
import type { RejectionReason } from '../../portability/domain/rejection-reason';
import type { OriginAnswer, RetentionOffer } from '../../portability/domain/terms';

/**
 * How a simulated origin bank treats a request for its contract: answer the balance; refuse with
 * a reason; offer a retention and then refuse RETENCAO_DO_CLIENTE (the customer took it); never
 * answer (the request expires); answer, then return the transfer (PAYMENT_ISSUE).
 */
export const ORIGIN_BEHAVIOURS = ['ANSWER', 'REFUSE', 'RETAIN', 'SILENT', 'RETURN_FUNDS'] as const;
export type OriginBehaviour = (typeof ORIGIN_BEHAVIOURS)[number];

/** What a simulated destination bank does once its request is answered. */
export const DESTINATION_BEHAVIOURS = ['TRANSFER', 'CANCEL', 'NO_TRANSFER'] as const;
export type DestinationBehaviour = (typeof DESTINATION_BEHAVIOURS)[number];

/** A contract at a simulated bank that participants' requests may target. */
export interface SimulatedContract {
  readonly ispb: string;
  readonly contractNumber: string;
  readonly cpf: Cpf;
  readonly balance: Money;
  readonly remainingInstallments: number;
  readonly installment: Money;
  readonly monthlyRate: MonthlyRate;
  readonly behaviour: OriginBehaviour;
  /** REFUSE: the reason given. */
  readonly refusalReason?: RejectionReason;
  /** RETAIN: the counter-offer (default: 80% of the rate, 90% of the installment, same term). */
  readonly retentionOffer?: RetentionOffer;
  /** How long the bank takes to answer, and to confirm (or return) a transfer. */
  readonly answerDelayMs: number;
  readonly settlementDelayMs: number;
}

/** A simulated destination bank's request for a participant's contract. */
export interface SimulatedDestination {
  readonly nu: string;
  readonly ispb: string;
  readonly behaviour: DestinationBehaviour;
  readonly delayMs: number;
}

export function retentionOf(contract: SimulatedContract): RetentionOffer {
  return (
    contract.retentionOffer ?? {
      monthlyRate: MonthlyRate.fromDecimal(contract.monthlyRate.toDecimal().times(dec('0.8'))),
      installment: contract.installment.timesRounded(dec('0.9')),
      termMonths: contract.remainingInstallments,
    }
  );
}

/** The bank's answer on `today`: its balance, dated today, with the retention offer when it retains. */
export function answerOf(contract: SimulatedContract, today: IsoDate): OriginAnswer {
  const { balance, remainingInstallments, installment, monthlyRate } = contract;
  return { balance, balanceDate: today, remainingInstallments, installment, monthlyRate, ...(contract.behaviour === 'RETAIN' ? { retentionOffer: retentionOf(contract) } : {}) };
}
