import { examplePayload } from '@consignado/contracts';
import { IsoDate } from '@consignado/finance';
import type { Principal } from '../../access/domain/principal';
import { offersOf, proposalFromOffer, type StoredCreditOffer } from './credit-offer';

const CUSTOMER = '5d2a7e10-3b4c-4d8e-9f01-2a3b4c5d6e7f';
const TODAY = IsoDate.of('2026-03-10');
const RECEIVED = new Date('2026-03-10T11:00:00.000Z');
const corban: Principal = { channel: 'CORBAN', partnerId: '6f1c2d3e-0000-4000-8000-00000000a1fa' };

/** The catalogue's example recommendation for CUSTOMER, its offer dated TODAY, valid until `validUntil`. */
function recommendation(offer: object = {}, validUntil = '2026-03-12') {
  const payload = examplePayload('RecommendationMade');
  return { ...payload, customerId: CUSTOMER, validUntil, offers: [{ ...payload.offers[0], contractDate: '2026-03-10', firstDueDate: '2026-04-10', ...offer }] };
}
const stored = (offer: object = {}, changes: Partial<StoredCreditOffer> = {}): StoredCreditOffer => ({ ...offersOf(recommendation(offer), RECEIVED)[0], ...changes });
const code = (fn: () => unknown): string => {
  try {
    fn();
    return 'accepted';
  } catch (e) {
    return (e as { code: string }).code;
  }
};

describe('credit offers of a recommendation (seed 004)', () => {
  it('keeps each offer as received, with the recommendation, round and last day', () => {
    const payload = recommendation();
    const [offer] = offersOf({ ...payload, recommendationId: payload.recommendationId.toUpperCase(), offers: [{ ...payload.offers[0], offerId: payload.offers[0].offerId.toUpperCase() }] }, RECEIVED);
    expect(offer).toMatchObject({ offerId: payload.offers[0].offerId, recommendationId: payload.recommendationId, customerId: CUSTOMER, round: 1, receivedAt: RECEIVED });
    expect(offer.validUntil.toString()).toBe('2026-03-12');
    expect(offer.terms.totalPayable).toBe('12655.20');
    expect(offer.proposalId).toBeUndefined();
  });

  it('becomes the request POST proposals would take: amount, term, quoted rate (INSS), dates', () => {
    const { customerId, request } = proposalFromOffer(stored(), corban, TODAY, false);
    expect(customerId).toBe(CUSTOMER);
    expect({ ...request, requestedAmount: request.requestedAmount?.toString(), monthlyRate: request.monthlyRate?.toString(), contractDate: request.contractDate.toString(), firstDueDate: request.firstDueDate.toString() }).toEqual({
      product: 'INSS_CONSIGNADO', operationType: 'NEW', requestedAmount: '10000.00', termMonths: 24, monthlyRate: '0.0166', withInsurance: false, contractDate: '2026-03-10', firstDueDate: '2026-04-10',
    });
  });

  it('a portability asks no amount and keeps the origin; a refinancing keeps its contract and troco; other products price themselves', () => {
    const portability = { originInstitutionIspb: '12345678', originContractNumber: 'X-1' };
    const ported = proposalFromOffer(stored({ operationType: 'PORTABILITY', requestedAmount: '0.00', portability }), corban, TODAY, false).request;
    expect([ported.requestedAmount, ported.portability, ported.refinancedContractId]).toEqual([undefined, portability, undefined]);
    const refinancing = proposalFromOffer(stored({ operationType: 'REFINANCING', requestedAmount: '0.00', refinancedContractId: '9C1F2E3D-4B5A-4C6D-8E7F-0A1B2C3D4E5F' }), corban, TODAY, true).request;
    expect([refinancing.requestedAmount?.toString(), refinancing.refinancedContractId, refinancing.withInsurance]).toEqual(['0.00', '9c1f2e3d-4b5a-4c6d-8e7f-0a1b2c3d4e5f', true]);
    const personal = proposalFromOffer(stored({ product: 'PERSONAL', seedProduct: 'emprestimo_pessoal', monthlyRate: '0.0450' }), corban, TODAY, false).request;
    expect([personal.product, personal.monthlyRate]).toEqual(['PERSONAL', undefined]);
  });

  it('unknown and another customer\'s offer are the same "not found"; the customer\'s own, a partner and an operator may use it', () => {
    expect(code(() => proposalFromOffer(undefined, corban, TODAY, false))).toBe('PROPOSAL.OFFER_NOT_FOUND');
    expect(code(() => proposalFromOffer(stored(), { channel: 'DIGITAL', customerId: '0d2a7e10-3b4c-4d8e-9f01-2a3b4c5d6e7f' }, TODAY, false))).toBe('PROPOSAL.OFFER_NOT_FOUND');
    expect(code(() => proposalFromOffer(stored(), { channel: 'DIGITAL', customerId: CUSTOMER }, TODAY, false))).toBe('accepted');
    expect(code(() => proposalFromOffer(stored(), { channel: 'INTERNAL', operatorId: 'op-1' }, TODAY, false))).toBe('accepted');
  });

  it('expires after its last day, or once its contract date has gone by; valid on the last day', () => {
    expect(code(() => proposalFromOffer(stored(), corban, IsoDate.of('2026-03-10'), false))).toBe('accepted');
    expect(code(() => proposalFromOffer(stored({ contractDate: '2026-03-12', firstDueDate: '2026-04-12' }), corban, IsoDate.of('2026-03-12'), false))).toBe('accepted');
    expect(code(() => proposalFromOffer(stored({ contractDate: '2026-03-20', firstDueDate: '2026-04-20' }), corban, IsoDate.of('2026-03-13'), false))).toBe('PROPOSAL.OFFER_EXPIRED');
    expect(code(() => proposalFromOffer(stored(), corban, IsoDate.of('2026-03-11'), false))).toBe('PROPOSAL.OFFER_EXPIRED');
  });

  it('one proposal per offer: once used it answers with the proposal made from it', () => {
    const proposalId = '7a1b2c3d-4e5f-4a6b-8c7d-9e0f1a2b3c4d';
    let error: unknown;
    try {
      proposalFromOffer(stored({}, { proposalId }), corban, IsoDate.of('2026-04-01'), false);
    } catch (e) {
      error = e;
    }
    expect(error).toMatchObject({ code: 'PROPOSAL.OFFER_ALREADY_USED', details: { proposalId }, exposeDetails: true });
    expect((error as Error).message).toBe(`Esta oferta de crédito já foi usada na proposta ${proposalId}.`);
  });
});
