import { Inject, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, type EntityManager } from 'typeorm';
import { type DomainError, fail, ok, type Result } from '@consignado/core';
import { ExchangeClock } from '../../clock/domain/exchange-clock';
import { PORTABILITY_REPOSITORY, type PortabilityRepository } from '../database/portability.repository';
import { portabilityNotFound } from '../domain/ctc-error';
import type { ExchangeTime } from '../domain/deadline-policy';
import type { Portability } from '../domain/portability';
import type { Role } from '../domain/rejection-reason';
import { PortabilityJournal } from './portability-journal';

export type PortabilityMove = (portability: Portability, role: Role, time: ExchangeTime) => Result<boolean, DomainError>;

/**
 * One move of one institution on one portability, under its row lock: a deadline that passed is
 * applied first (and kept even when the move is then refused), the move runs, and what changed is
 * saved and journaled in the same transaction. An institution that is neither side sees nothing.
 */
@Injectable()
export class PortabilityWork {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    @Inject(PORTABILITY_REPOSITORY) private readonly portabilities: PortabilityRepository,
    private readonly journal: PortabilityJournal,
    private readonly clock: ExchangeClock,
  ) {}

  /** In `manager`'s transaction when given (the simulation worker), else in a new one. */
  run(nu: string, ispb: string, move: PortabilityMove, manager?: EntityManager): Promise<Result<Portability, DomainError>> {
    return manager ? this.inTransaction(manager, nu, ispb, move) : this.dataSource.transaction((m) => this.inTransaction(m, nu, ispb, move));
  }

  private async inTransaction(manager: EntityManager, nu: string, ispb: string, move: PortabilityMove): Promise<Result<Portability, DomainError>> {
    const portability = await this.portabilities.lock(manager, nu);
    const role = portability?.roleOf(ispb);
    if (!portability || !role) return fail(portabilityNotFound());
    const time = await this.clock.time();
    const expired = portability.expire(time);
    const moved = move(portability, role, time);
    if (expired || (moved.ok && moved.value)) {
      await this.portabilities.save(manager, portability);
      await this.journal.record(manager, portability);
    }
    return moved.ok ? ok(portability) : moved;
  }
}
