import type { ProposalCreatedPayload, SeedProduct } from '@consignado/contracts';
import { dec, Money } from '@consignado/finance';
import type { ProjectedContract } from '../../contract-projection/domain/projected-contract';
import type { OfferRequest } from './offer-request';

/** The seed's parameters for a loan product (PROFILE.md RF2 rule 3): amount and term. */
export interface SeedLoan {
  readonly amount?: number | null;
  readonly termMonths?: number | null;
}

/** A score band may cap the term below the seed's (seed 002 §11.2: 12 or 18 months): shorter terms are tried next. */
const PERSONAL_TERMS = [18, 12, 6];
const personalTerms = (asked: number): number[] => [asked, ...PERSONAL_TERMS.filter((t) => t < asked)];

/** Terms a refinancing tries, longest first: the aim is a lower installment (seed 004: reduzir parcela). */
const REFINANCING_TERMS = [96, 84, 72, 60, 48, 36, 24];

/**
 * What each recommended loan becomes on this platform, in the order to try (the first the policy
 * approves is offered): a personal loan, at the seed's term then shorter; a consignado on the INSS
 * benefit or the servant payroll the latest application names; a refinancing of the customer's
 * largest consignado here. Cards, overdraft and a limit raise are advice: the platform grants
 * none, so they have no offer. A portability needs the origin's balance (the exchange), so it is
 * not priced here either. Undefined: nothing on the platform to offer.
 */
export function offerRequests(product: SeedProduct, seed: SeedLoan, latest: ProposalCreatedPayload, contracts: readonly ProjectedContract[]): OfferRequest[] {
  const amount = seed.amount ? Money.round(dec(String(seed.amount))) : undefined; // PROFILE.md: a JSON number is the decimal it is written as
  const termMonths = seed.termMonths ?? 24;
  if (product === 'emprestimo_pessoal' && amount) {
    return personalTerms(termMonths).map((t) => ({ seedProduct: product, product: 'PERSONAL', operationType: 'NEW', amount, termMonths: t }));
  }
  if (product === 'credito_consiginado' && amount) {
    const consignado = latest.benefit ? 'INSS_CONSIGNADO' : latest.linkType === 'SERVIDOR' ? 'SERVIDOR_CONSIGNADO' : undefined;
    return consignado ? [{ seedProduct: product, product: consignado, operationType: 'NEW', amount, termMonths }] : [];
  }
  if (product !== 'refinanciamento') return [];
  const target = largestConsignado(contracts);
  if (!target) return [];
  return REFINANCING_TERMS.filter((t) => t >= termMonths).map((t) => ({
    seedProduct: product, product: target.product, operationType: 'REFINANCING', amount: Money.ZERO, termMonths: t, refinancedContractId: target.contractId,
  }));
}

function largestConsignado(contracts: readonly ProjectedContract[]): ProjectedContract | undefined {
  const candidates = contracts.filter((c) => c.status === 'ACTIVE' && !c.block && c.product !== 'PERSONAL');
  return candidates.sort((a, b) => b.installment.compare(a.installment))[0];
}
