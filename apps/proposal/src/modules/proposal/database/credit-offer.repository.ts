import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import type { CreditOffer } from '@consignado/contracts';
import { IsoDate } from '@consignado/finance';
import type { StoredCreditOffer } from '../domain/credit-offer';
import { CreditOfferRow } from './credit-offer.orm-entity';

export const CREDIT_OFFER_REPOSITORY = Symbol('CREDIT_OFFER_REPOSITORY');

/** Port: where credit offers live. Every call takes the caller's transaction. */
export interface CreditOfferRepository {
  /** Stores the offers not stored yet (insert … on conflict (offer_id) do nothing); returns how many were new. */
  record(manager: EntityManager, offers: readonly StoredCreditOffer[]): Promise<number>;
  /** Reads and row-locks the offer for the rest of the transaction: proposals from one offer queue on it. */
  lock(manager: EntityManager, offerId: string): Promise<StoredCreditOffer | undefined>;
  /** Records the proposal made from the offer. */
  markUsed(manager: EntityManager, offerId: string, proposalId: string): Promise<void>;
}

@Injectable()
export class TypeOrmCreditOfferRepository implements CreditOfferRepository {
  async record(manager: EntityManager, offers: readonly StoredCreditOffer[]): Promise<number> {
    if (offers.length === 0) return 0;
    const result = await manager.createQueryBuilder().insert().into(CreditOfferRow).values(offers.map(toRow)).orIgnore().returning('offer_id').execute();
    return (result.raw as unknown[]).length;
  }

  async lock(manager: EntityManager, offerId: string): Promise<StoredCreditOffer | undefined> {
    const row = await manager.getRepository(CreditOfferRow).findOne({ where: { offerId }, lock: { mode: 'pessimistic_write' } });
    return row ? toDomain(row) : undefined;
  }

  async markUsed(manager: EntityManager, offerId: string, proposalId: string): Promise<void> {
    await manager.getRepository(CreditOfferRow).update({ offerId }, { proposalId });
  }
}

function toRow(offer: StoredCreditOffer): CreditOfferRow {
  const t = offer.terms;
  return Object.assign(new CreditOfferRow(), {
    offerId: offer.offerId,
    recommendationId: offer.recommendationId,
    customerId: offer.customerId,
    round: offer.round,
    seedProduct: t.seedProduct,
    product: t.product,
    operationType: t.operationType,
    requestedAmount: t.requestedAmount,
    termMonths: t.termMonths,
    monthlyRate: t.monthlyRate,
    contractDate: t.contractDate,
    firstDueDate: t.firstDueDate,
    refinancedContractId: t.refinancedContractId?.toLowerCase() ?? null,
    portability: t.portability ?? null,
    terms: t,
    validUntil: offer.validUntil.toString(),
    receivedAt: offer.receivedAt,
    proposalId: offer.proposalId ?? null,
  });
}

function toDomain(row: CreditOfferRow): StoredCreditOffer {
  return {
    offerId: row.offerId,
    recommendationId: row.recommendationId,
    customerId: row.customerId,
    round: row.round,
    terms: row.terms as CreditOffer,
    validUntil: IsoDate.of(row.validUntil),
    receivedAt: row.receivedAt,
    ...(row.proposalId ? { proposalId: row.proposalId } : {}),
  };
}
