import type { ProposalCreatedPayload } from '@consignado/contracts';
import type { MarginSnapshot } from '../../analysis/domain/analysis.props';

/** Seed 004 counts the credit inquiries of six months: the analyses created since this instant. */
export const inquiriesSince = (now: Date): Date => new Date(now.getTime() - 183 * 24 * 3600 * 1000);

/**
 * What credit analysis learnt of a customer from their proposals: the latest application (income,
 * expenses, link, benefit, birth date), how many analyses (credit inquiries) the last six months
 * saw, the latest Dataprev margin of the benefit and the risk provider's score.
 */
export interface ApplicantHistory {
  readonly latest?: ProposalCreatedPayload;
  /** The latest consignado application (INSS benefit or servant payroll), which a later personal loan's does not describe. */
  readonly consignado?: ProposalCreatedPayload;
  readonly inquiries6m: number;
  readonly margin?: MarginSnapshot;
  readonly score?: number;
  /** Corban partners that brought the customer: each may ask for their profile (R-SEC-1). */
  readonly partnerIds: readonly string[];
}
