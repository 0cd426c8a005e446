import type { ProposalCreatedPayload, SeedProduct } from '@consignado/contracts';
import { dec, Money } from '@consignado/finance';
import type { ProjectedContract } from '../../contract-projection/domain/projected-contract';
import type { OfferRequest } from './offer-request';
import type { PortableDebt } from './portable-debt';

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
 * largest consignado here; a portability of the largest consignado elsewhere the customer
 * declared with its origin, balance and installments left. Cards, overdraft and a limit raise are
 * advice: the platform grants none, so they have no offer. Empty: nothing on the platform to offer.
 */
export function offerRequests(product: SeedProduct, seed: SeedLoan, latest: ProposalCreatedPayload, contracts: readonly ProjectedContract[], portable: readonly PortableDebt[] = []): OfferRequest[] {
  const amount = seed.amount ? Money.round(dec(String(seed.amount))) : undefined; // PROFILE.md: a JSON number is the decimal it is written as
  const termMonths = seed.termMonths ?? 24;
  if (product === 'emprestimo_pessoal' && amount) {
    return personalTerms(termMonths).map((t) => ({ seedProduct: product, product: 'PERSONAL', operationType: 'NEW', amount, termMonths: t }));
  }
  const consignado = latest.benefit ? 'INSS_CONSIGNADO' : latest.linkType === 'SERVIDOR' ? 'SERVIDOR_CONSIGNADO' : undefined;
  if (product === 'credito_consiginado' && amount) return consignado ? [{ seedProduct: product, product: consignado, operationType: 'NEW', amount, termMonths }] : [];
  if (product === 'portabilidade_divida') {
    // The largest debt elsewhere, at its own installments left: the saving is a lower installment for the same time.
    const debt = [...portable].sort((a, b) => Money.of(b.balance).compare(Money.of(a.balance)))[0];
    return consignado && debt ? [{ seedProduct: product, product: consignado, operationType: 'PORTABILITY', amount: Money.ZERO, termMonths: debt.remainingInstallments, portability: debt }] : [];
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
