import { Inject, Injectable, type OnModuleInit } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { type PortabilityListener, PortabilityListeners } from '../../portability/commands/portability-listeners';
import type { Portability } from '../../portability/domain/portability';
import type { StatusChange } from '../../portability/domain/portability-state';
import { SCHEDULED_ACTIONS, type ScheduledActionRepository } from '../database/scheduled-action.repository';
import { planAfter } from '../domain/plan';
import { CounterpartsReader } from './counterparts.reader';

/** Plans the simulated banks' moves after each status change, in the transaction that made it. */
@Injectable()
export class SimulationReactor implements PortabilityListener, OnModuleInit {
  constructor(
    private readonly listeners: PortabilityListeners,
    private readonly counterparts: CounterpartsReader,
    @Inject(SCHEDULED_ACTIONS) private readonly actions: ScheduledActionRepository,
  ) {}

  onModuleInit(): void {
    this.listeners.register(this);
  }

  async changed(manager: EntityManager, portability: Portability, changes: readonly StatusChange[]): Promise<void> {
    const counterparts = await this.counterparts.of(manager, portability);
    for (const change of changes) {
      await this.actions.schedule(manager, change.nu, planAfter(change, portability.state.cpf, counterparts), change.at);
    }
  }
}
