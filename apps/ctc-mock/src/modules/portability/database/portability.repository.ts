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
  /** Fails on a unique index (see uniqueViolation) when the contract is busy or the key was used. */
  insert(manager: EntityManager, portability: Portability, idempotency?: IdempotencyInput): Promise<void>;
  /** The portability, its row locked until the transaction ends. */
  lock(manager: EntityManager, nu: string): Promise<Portability | undefined>;
  save(manager: EntityManager, portability: Portability): Promise<void>;
  find(nu: string): Promise<Portability | undefined>;
  findByIdempotencyKey(destinationIspb: string, key: string): Promise<{ nu: string; fingerprint: string } | undefined>;
  /** Open portabilities past a deadline on `today`, locked, skipping those another worker holds. */
  lockOverdue(manager: EntityManager, today: IsoDate, limit: number): Promise<Portability[]>;
  list(filter: PortabilityFilter): Promise<Portability[]>;
}

/** Which unique index an insert failed on, if any. */
export function uniqueViolation(error: unknown): 'CONTRACT_BUSY' | 'KEY_USED' | undefined {
  const driver = (error as { driverError?: { code?: string; constraint?: string } }).driverError;
  if (driver?.code !== '23505') return undefined;
  if (driver.constraint === 'portability_one_open_per_contract') return 'CONTRACT_BUSY';
  return driver.constraint === 'portability_idempotency_key' ? 'KEY_USED' : undefined;
}
