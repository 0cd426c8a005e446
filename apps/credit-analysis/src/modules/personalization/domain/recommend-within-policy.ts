import type { DecisionReason, ProposalCreatedPayload, SeedProduct } from '@consignado/contracts';
import type { IsoDate } from '@consignado/finance';
import { type Feedback, type Recommendation, recommendProduct } from '@consignado/profile';
import type { PolicyContext } from './evaluate-offer';
import { type FittedOffer, fitOffer } from './fit-offer';
import { offerRequests } from './offer-requests';
import type { PortableDebt } from './portable-debt';
import { withheldReason } from './withheld';

/** Loans the platform grants; the other seed products are advice without an offer. */
const LOANS: readonly SeedProduct[] = ['emprestimo_pessoal', 'credito_consiginado', 'refinanciamento', 'portabilidade_divida'];

/** Loans that ride on the payroll: priced on the latest consignado application (its benefit or servant link). */
const PAYROLL: readonly SeedProduct[] = ['credito_consiginado', 'refinanciamento', 'portabilidade_divida'];

/** The applications on file: the latest (who the customer is), and the latest consignado one. */
export interface Applications {
  readonly latest?: ProposalCreatedPayload;
  readonly consignado?: ProposalCreatedPayload;
}

export type ApprovedOffer = Extract<FittedOffer, { ok: true }>;

export interface PolicyBoundRecommendation {
  readonly seed: Recommendation;
  readonly offers: readonly ApprovedOffer[];
  /** Loans the seed's rules chose that credit analysis would refuse (or the platform cannot grant), with why. */
  readonly withheld: ReadonlyMap<SeedProduct, readonly DecisionReason[]>;
}

/**
 * Seed 004 RF2 within the credit policy (R-CA-3: never recommend what credit analysis would
 * reject): each loan the rules name — the principal and the alternatives — is priced and run
 * through the analysis's rules; one that fails is withheld like a product the customer refused
 * and the rules run again, until every loan named has an approved offer. The customer's own
 * refusals and preference go in as they are.
 */
export function recommendWithinPolicy(base: Record<string, unknown>, feedback: Feedback, applicant: Applications, ctx: PolicyContext, today: IsoDate, portable: readonly PortableDebt[] = []): PolicyBoundRecommendation {
  const withheld = new Map<SeedProduct, readonly DecisionReason[]>();
  for (;;) {
    const seed = recommend(base, { ...feedback, produto_recusado: [...(feedback.produto_recusado ?? []), ...withheld.keys()] });
    const named = [...(seed.elegibilidade_preliminar.aprovado && seed.produto_recomendado ? [seed.produto_recomendado] : []), ...seed.alternativas];
    const offers: ApprovedOffer[] = [];
    let changed = false;
    for (const product of named.filter((p) => LOANS.includes(p))) {
      const params = product === seed.produto_recomendado ? seed.parametros_oferta : recommend(base, { ...feedback, produto_preferido: product }).parametros_oferta;
      const on = PAYROLL.includes(product) ? (applicant.consignado ?? applicant.latest) : applicant.latest;
      const fitted = on ? offerRequests(product, { amount: params.valor_credito, termMonths: params.prazo_meses }, on, ctx.contracts, portable).map((r) => fitOffer(on, r, ctx, today)) : [];
      const approved = fitted.find((f): f is ApprovedOffer => f.ok);
      if (approved) {
        offers.push(approved);
      } else {
        withheld.set(product, withheldReason(product, on, fitted));
        changed = true;
      }
    }
    if (!changed) return { seed, offers, withheld };
  }
}

/** The rules on inputs this service built: an input error is a bug here, not the customer's. */
function recommend(base: Record<string, unknown>, feedback: Feedback): Recommendation {
  const result = recommendProduct({ ...base, feedback });
  if ('error' in result) throw new Error(`recommendProduct refused the service's own input: ${result.error.code}`);
  return result;
}
