import type { EntityManager } from 'typeorm';
import type { Claim } from '../domain/claim';

export const CLAIM_REPOSITORY = Symbol('CLAIM_REPOSITORY');

export interface ClaimFilter {
  claimId?: string;
  contractId?: string;
  policyNumber?: string;
  limit: number;
}

/** Port: the desk's claims. Methods taking a manager run in the caller's transaction. */
export interface ClaimRepository {
  /** The next value of the desk-wide claim number sequence. */
  nextSequence(manager: EntityManager): Promise<bigint>;
  /** False, writing nothing, when a unique key refuses it: the claim id or the policy has a claim (a concurrent insert waits for the other). */
  insert(manager: EntityManager, claim: Claim): Promise<boolean>;
  /** The claim, its row locked until the transaction ends. */
  lock(manager: EntityManager, claimId: string): Promise<Claim | undefined>;
  save(manager: EntityManager, claim: Claim): Promise<void>;
  find(claimId: string): Promise<Claim | undefined>;
  findByPolicy(policyNumber: string): Promise<Claim | undefined>;
  /** Newest first. */
  list(filter: ClaimFilter): Promise<Claim[]>;
}
