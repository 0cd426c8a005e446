import type { DecisionReason, LoanTerms, ProposalCreatedPayload } from '@consignado/contracts';
import { type IsoDate, Money } from '@consignado/finance';
import { type Evaluation, isApprovable } from '../../analysis/domain/evaluation/evaluation';
import { evaluateOffer, type PolicyContext } from './evaluate-offer';
import { offerApplication, type OfferRequest } from './offer-request';
import { declaredBalance } from './portable-debt';

/** Amounts move in steps of R$ 100: an offer reads as a round figure. */
const STEP = 10_000n;

export type FittedOffer =
  | { readonly ok: true; readonly request: OfferRequest; readonly terms: LoanTerms; readonly parameterVersion: string }
  | { readonly ok: false; readonly request: OfferRequest; readonly reasons: readonly DecisionReason[] };

/**
 * The largest loan the policy approves for the request: its amount as asked, else the largest
 * round amount below it (installment, margin and capacity grow with the amount, so the approved
 * amounts are the ones below a bound, found by bisection). A refinancing (troco zero) is tried
 * as asked only. Refused at every amount: the failed reasons of the amount asked.
 */
export function fitOffer(latest: ProposalCreatedPayload, request: OfferRequest, ctx: PolicyContext, today: IsoDate): FittedOffer {
  const balance = request.portability && declaredBalance(request.portability, today);
  const attempt = (amount: Money) => evaluateOffer(offerApplication(latest, { ...request, amount }, today), ctx, balance);
  const asked = attempt(request.amount);
  if (asked && isApprovable(asked)) return approved(request, asked);
  const refused: FittedOffer = { ok: false, request, reasons: asked ? asked.reasons.filter((r) => !r.passed) : [] };
  if (request.operationType !== 'NEW') return refused;
  let [low, high] = [0n, request.amount.cents / STEP];
  let best: { amount: Money; evaluation: Evaluation } | undefined;
  while (low < high) {
    const mid = (low + high + 1n) / 2n;
    const amount = Money.ofCents(mid * STEP);
    const evaluation = attempt(amount);
    if (evaluation && isApprovable(evaluation)) [low, best] = [mid, { amount, evaluation }];
    else if (evaluation && belowMinimum(evaluation)) low = mid;
    else high = mid - 1n;
  }
  return best ? approved({ ...request, amount: best.amount }, best.evaluation) : refused;
}

function approved(request: OfferRequest, evaluation: Evaluation): FittedOffer {
  return { ok: true, request, terms: evaluation.terms as LoanTerms, parameterVersion: evaluation.parameterVersion };
}

/** Only the product's minimum amount failed against this amount: a larger one may pass. */
function belowMinimum(evaluation: Evaluation): boolean {
  const failed = evaluation.reasons.filter((r) => !r.passed);
  return failed.length > 0 && failed.every((r) => r.rule.endsWith('.AMOUNT') && Money.of(r.measured).lt(Money.of(r.limit.replace(/^>= /, '').split(' ')[0])));
}
