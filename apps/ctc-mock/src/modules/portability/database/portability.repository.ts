import type { EntityManager } from 'typeorm';
import type { IsoDate } from '@consignado/finance';
import type { Portability } from '../domain/portability';
import type { PortabilityStatus } from '../domain/portability-status';

export const PORTABILITY_REPOSITORY = Symbol('PORTABILITY_REPOSITORY');

/** A creation's Idempotency-Key and the fingerprint of the body that used it first. */
export interface IdempotencyInput {
  readonly key: string;
  readonly fingerprint: string;
}

export interface PortabilityFilter {
  nu?: string;
  status?: PortabilityStatus;
  originIspb?: string;
  destinationIspb?: string;
  originContractNumber?: string;
  limit: number;
}

/** Port: the exchange's portabilities. Methods taking a manager run in the caller's transaction. */
export interface PortabilityRepository {
  /** The next NU sequence value. */
  nextSequence(manager: EntityManager): Promise<bigint>;
  /**
   * False, writing nothing, when a unique index refuses it: the contract has an open portability,
   * or the destination used the key before. A concurrent insert waits for the other to end.
   */
  insert(manager: EntityManager, portability: Portability, idempotency?: IdempotencyInput): Promise<boolean>;
  /** The portability, its row locked until the transaction ends. */
  lock(manager: EntityManager, nu: string): Promise<Portability | undefined>;
  save(manager: EntityManager, portability: Portability): Promise<void>;
  find(nu: string): Promise<Portability | undefined>;
  findByIdempotencyKey(destinationIspb: string, key: string): Promise<{ nu: string; fingerprint: string } | undefined>;
  /** Open portabilities past a deadline on `today`, locked, skipping those another worker holds. */
  lockOverdue(manager: EntityManager, today: IsoDate, limit: number): Promise<Portability[]>;
  list(filter: PortabilityFilter): Promise<Portability[]>;
}
