import type { EntityManager } from 'typeorm';
import { examplePayload } from '@consignado/contracts';
import { DEV_PII_KEY_RING, FieldCipher } from '@consignado/core';
import { DEFAULT_PARAMETERS } from '@consignado/finance';
import type { IdempotencyClaim, IdempotentCommands } from '@consignado/service-kit';
import { Clock } from '../../../../shared/clock';
import type { Principal } from '../../../access/domain/principal';
import type { CustomerRepository } from '../../../customer/database/customer.repository';
import { ProductPricing } from '../../../simulation/domain/product-pricing';
import type { CreditOfferRepository } from '../../database/credit-offer.repository';
import type { ProposalRepository } from '../../database/proposal.repository';
import { offersOf, type StoredCreditOffer } from '../../domain/credit-offer';
import type { Proposal } from '../../domain/proposal';
import { applicant } from '../../testing/applicant.fixture';
import { CreateProposalHandler } from '../create-proposal/create-proposal.handler';
import type { ProposalEventsPublisher } from '../proposal-events.publisher';
import { CreateProposalFromOfferHandler } from './create-proposal-from-offer.handler';

const CUSTOMER = '5d2a7e10-3b4c-4d8e-9f01-2a3b4c5d6e7f';
const NOW = new Date('2026-03-10T12:00:00.000Z');
const corban: Principal = { channel: 'CORBAN', partnerId: '6f1c2d3e-0000-4000-8000-00000000a1fa' };

class FixedClock extends Clock {
  now(): Date {
    return NOW;
  }
}

function offer(changes: Partial<StoredCreditOffer> = {}): StoredCreditOffer {
  const payload = examplePayload('RecommendationMade');
  const recommendation = { ...payload, customerId: CUSTOMER, validUntil: '2026-03-10', offers: [{ ...payload.offers[0], contractDate: '2026-03-10', firstDueDate: '2026-04-10' }] };
  return { ...offersOf(recommendation, NOW)[0], ...changes };
}

/** The real CreateProposalHandler over fakes; `calls` records the order the transaction did things in. */
function setUp(stored: StoredCreditOffer | undefined) {
  const calls: string[] = [];
  const manager = {} as EntityManager;
  const claims: Array<IdempotencyClaim | undefined> = [];
  const commands = { run: jest.fn(async (claim: IdempotencyClaim | undefined, work: (m: EntityManager) => Promise<Proposal>) => (claims.push(claim), { result: await work(manager), replayed: false })) } as unknown as IdempotentCommands;
  const customers = {
    findById: jest.fn(async (id: string) => (calls.push('customer'), id === CUSTOMER ? applicant(CUSTOMER) : undefined)),
    grantPartner: jest.fn(async () => void calls.push('grant')),
  } as unknown as CustomerRepository;
  const inserted: Proposal[] = [];
  const proposals = { insert: jest.fn(async (_m: EntityManager, p: Proposal) => void (calls.push('insert'), inserted.push(p))) } as unknown as ProposalRepository;
  const events = { publishRaised: jest.fn(async () => void calls.push('publish')) } as unknown as ProposalEventsPublisher;
  const offers = {
    lock: jest.fn(async () => (calls.push('lock offer'), stored)),
    markUsed: jest.fn(async (_m: EntityManager, offerId: string, proposalId: string) => void calls.push(`mark ${offerId} ${proposalId}`)),
  } as unknown as CreditOfferRepository;
  const clock = new FixedClock();
  const create = new CreateProposalHandler(commands, customers, proposals, new ProductPricing(DEFAULT_PARAMETERS), events, clock, new FieldCipher(DEV_PII_KEY_RING));
  return { handler: new CreateProposalFromOfferHandler(create, offers, clock), calls, claims, inserted };
}

describe('CreateProposalFromOfferHandler (seed 004)', () => {
  it('locks the offer, creates the proposal as POST proposals would with its terms, and marks the offer with it — in one transaction', async () => {
    const stored = offer();
    const { handler, calls, inserted } = setUp(stored);
    const { result } = await handler.execute({ offerId: stored.offerId, withInsurance: false }, corban);
    expect(inserted).toEqual([result]);
    const p = result.props;
    expect([p.offerId, p.customerId, p.state, p.request.product, p.request.operationType, p.request.requestedAmount?.toString(), p.request.termMonths, p.request.monthlyRate?.toString(), p.request.contractDate.toString(), p.request.firstDueDate.toString()])
      .toEqual([stored.offerId, CUSTOMER, 'PENDING_MARGIN_CHECK', 'INSS_CONSIGNADO', 'NEW', '10000.00', 24, '0.0166', '2026-03-10', '2026-04-10']);
    expect(calls).toEqual(['lock offer', 'customer', 'insert', 'grant', 'publish', `mark ${stored.offerId} ${result.id}`]);
  });

  it('the Idempotency-Key is create-proposal\'s, vouching for the offer and the body', async () => {
    const stored = offer();
    const { handler, claims } = setUp(stored);
    await handler.execute({ offerId: stored.offerId, withInsurance: false, idempotency: { key: 'k-1', body: {} } }, corban);
    expect(claims[0]).toMatchObject({ scope: `create-proposal:CORBAN:${corban.channel === 'CORBAN' ? corban.partnerId : ''}`, key: 'k-1', content: { offerId: stored.offerId, body: {} } });
  });

  it.each([
    ['an unknown offer', undefined, corban, 'PROPOSAL.OFFER_NOT_FOUND'],
    ["another customer's offer (DIGITAL)", offer(), { channel: 'DIGITAL', customerId: '0d2a7e10-3b4c-4d8e-9f01-2a3b4c5d6e7f' }, 'PROPOSAL.OFFER_NOT_FOUND'],
    ['a used offer', offer({ proposalId: '7a1b2c3d-4e5f-4a6b-8c7d-9e0f1a2b3c4d' }), corban, 'PROPOSAL.OFFER_ALREADY_USED'],
    ['an expired offer', offer({ validUntil: offer().validUntil.plusDays(-1) }), corban, 'PROPOSAL.OFFER_EXPIRED'],
  ] as const)('refuses %s before anything is read or written', async (_name, stored, by, code) => {
    const { handler, calls, inserted } = setUp(stored);
    await expect(handler.execute({ offerId: stored?.offerId ?? '1b2c3d4e-5f6a-4b7c-8d9e-0f1a2b3c4d5e', withInsurance: false }, by as Principal)).rejects.toMatchObject({ code });
    expect([calls, inserted]).toEqual([['lock offer'], []]);
  });
});
