import type { EntityManager } from 'typeorm';
import { examplePayload } from '@consignado/contracts';
import { Clock } from '../../../../shared/clock';
import type { CreditOfferRepository } from '../../database/credit-offer.repository';
import type { StoredCreditOffer } from '../../domain/credit-offer';
import { RecordCreditOffersHandler } from './record-credit-offers.handler';

const NOW = new Date('2026-03-10T12:00:00.000Z');

class FixedClock extends Clock {
  now(): Date {
    return NOW;
  }
}

describe('RecordCreditOffersHandler (RecommendationMade)', () => {
  it('hands every offer of the recommendation to the repository in the consumer\'s transaction, received now', async () => {
    const recorded: StoredCreditOffer[][] = [];
    const offers = { record: jest.fn(async (_m: EntityManager, o: StoredCreditOffer[]) => (recorded.push(o), o.length)) } as unknown as CreditOfferRepository;
    const payload = examplePayload('RecommendationMade');
    const second = { ...payload.offers[0], offerId: '2b3c4d5e-6f7a-4b8c-9d0e-1f2a3b4c5d6e', product: 'PERSONAL' as const, seedProduct: 'emprestimo_pessoal' as const };
    const manager = {} as EntityManager;
    await new RecordCreditOffersHandler(offers, new FixedClock()).execute(manager, { ...payload, offers: [payload.offers[0], second] });
    expect(recorded[0].map((o) => [o.offerId, o.recommendationId, o.customerId, o.round, o.terms.product, o.validUntil.toString(), o.receivedAt]))
      .toEqual([payload.offers[0], second].map((o) => [o.offerId, payload.recommendationId, payload.customerId, 1, o.product, payload.validUntil, NOW]));
    expect((offers.record as jest.Mock).mock.calls[0][0]).toBe(manager);
  });

  it('a recommendation without priced loans (advice only) records nothing', async () => {
    const offers = { record: jest.fn(async () => 0) } as unknown as CreditOfferRepository;
    await new RecordCreditOffersHandler(offers, new FixedClock()).execute({} as EntityManager, { ...examplePayload('RecommendationMade'), offers: [] });
    expect((offers.record as jest.Mock).mock.calls[0][1]).toEqual([]);
  });
});
