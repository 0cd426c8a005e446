import { Inject, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, type EntityManager } from 'typeorm';
import { fail, ok, type Result } from '@consignado/core';
import { ExchangeClock } from '../../../clock/domain/exchange-clock';
import { type IdempotencyInput, PORTABILITY_REPOSITORY, type PortabilityRepository } from '../../database/portability.repository';
import { CtcError } from '../../domain/ctc-error';
import { DeadlinePolicy } from '../../domain/deadline-policy';
import { Portability } from '../../domain/portability';
import { PortabilityNumber } from '../../domain/portability-number';
import { PortabilityJournal } from '../portability-journal';
import type { RequestPortability } from './request-portability.command';

export interface Requested {
  readonly portability: Portability;
  /** False when an Idempotency-Key replays an earlier request. */
  readonly created: boolean;
}

/** Runs in the creation's transaction after the insert (the admin's simulated destination). */
export type AlongWith = (manager: EntityManager, portability: Portability) => Promise<void>;

const busy = () => new CtcError('CTC.PORTABILIDADE_EM_ANDAMENTO', 'Já existe uma portabilidade em andamento para este contrato; vale o pedido mais antigo.');

/**
 * Opens a portability (RECEIVED → PENDING) with its NU. One open portability per origin contract:
 * the first insert wins (unique index), concurrent ones are refused. With an Idempotency-Key the
 * same body again answers the first portability; another body is a conflict.
 */
@Injectable()
export class RequestPortabilityHandler {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    @Inject(PORTABILITY_REPOSITORY) private readonly portabilities: PortabilityRepository,
    private readonly journal: PortabilityJournal,
    private readonly clock: ExchangeClock,
    private readonly policy: DeadlinePolicy,
  ) {}

  async execute(command: RequestPortability, alongWith?: AlongWith): Promise<Result<Requested, CtcError>> {
    const { request, idempotency } = command;
    const earlier = idempotency && (await this.replay(request.destinationIspb, idempotency));
    if (earlier) return earlier;
    if (request.originIspb === request.destinationIspb) return fail(new CtcError('CTC.SAME_INSTITUTION', 'A origem e o destino da portabilidade devem ser instituições diferentes.'));
    const portability = await this.open(command, alongWith);
    if (portability) return ok({ portability, created: true });
    // Refused by a unique index: a concurrent twin with the same key committed first (answer as
    // it did), or the contract has an open portability (the oldest request wins).
    const twin = idempotency && (await this.replay(request.destinationIspb, idempotency));
    return twin ?? fail(busy());
  }

  /** The new portability, or undefined when a unique index refused it (nothing written). */
  private open(command: RequestPortability, alongWith?: AlongWith): Promise<Portability | undefined> {
    return this.dataSource.transaction(async (manager) => {
      const time = await this.clock.time();
      const nu = PortabilityNumber.issue(time.today, await this.portabilities.nextSequence(manager)).toString();
      const portability = Portability.request(command.request, nu, time, this.policy);
      if (!(await this.portabilities.insert(manager, portability, command.idempotency))) return undefined;
      await alongWith?.(manager, portability);
      await this.journal.record(manager, portability);
      return portability;
    });
  }

  private async replay(destinationIspb: string, idempotency: IdempotencyInput): Promise<Result<Requested, CtcError> | undefined> {
    const stored = await this.portabilities.findByIdempotencyKey(destinationIspb, idempotency.key);
    if (!stored) return undefined;
    if (stored.fingerprint !== idempotency.fingerprint) return fail(new CtcError('CTC.IDEMPOTENCY_CONFLICT', 'ERRO_IDEMPOTENCIA: esta Idempotency-Key já foi usada com outro pedido.'));
    const portability = await this.portabilities.find(stored.nu);
    return portability ? ok({ portability, created: false }) : undefined;
  }
}
