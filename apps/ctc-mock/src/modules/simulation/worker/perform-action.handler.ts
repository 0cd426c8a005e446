import { Inject, Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { PortabilityWork } from '../../portability/commands/portability-work';
import { PORTABILITY_REPOSITORY, type PortabilityRepository } from '../../portability/database/portability.repository';
import { DeadlinePolicy } from '../../portability/domain/deadline-policy';
import { SCHEDULED_ACTIONS, type DueAction, type ScheduledActionRepository } from '../database/scheduled-action.repository';
import { perform } from '../domain/perform';
import { type PlannedAction, sideOf } from '../domain/simulated-action';
import { CounterpartsReader } from './counterparts.reader';

/**
 * A simulated bank's due move, through the same unit of work as a participant's (lock, deadlines,
 * rules, feed), in the transaction that took the action. A refused move is done too: its outcome
 * says why (the destination cancelled meanwhile, a deadline passed).
 */
@Injectable()
export class PerformActionHandler {
  constructor(
    private readonly work: PortabilityWork,
    private readonly counterparts: CounterpartsReader,
    private readonly policy: DeadlinePolicy,
    @Inject(PORTABILITY_REPOSITORY) private readonly portabilities: PortabilityRepository,
    @Inject(SCHEDULED_ACTIONS) private readonly actions: ScheduledActionRepository,
  ) {}

  async execute(manager: EntityManager, due: DueAction, now: Date): Promise<string> {
    const outcome = await this.performed(manager, due, now);
    await this.actions.finish(manager, due.id, outcome, now);
    return outcome;
  }

  private async performed(manager: EntityManager, due: DueAction, now: Date): Promise<string> {
    // The two sides of a portability never change: read before the unit of work locks it.
    const current = await this.portabilities.find(due.nu);
    if (!current) return 'REFUSED: CTC.PORTABILITY.NOT_FOUND';
    const counterparts = await this.counterparts.of(manager, current);
    const ispb = sideOf(due.action) === 'ORIGIN' ? current.state.originIspb : current.state.destinationIspb;
    let followUps: readonly PlannedAction[] = [];
    const done = await this.work.run(
      due.nu,
      ispb,
      (p, _role, time) => {
        const { result, followUps: next } = perform(due.action, p, counterparts, time, this.policy);
        if (result.ok && result.value) followUps = next;
        return result;
      },
      manager,
    );
    await this.actions.schedule(manager, due.nu, followUps, now);
    return done.ok ? `DONE: ${done.value.state.status}` : `REFUSED: ${done.error.code}`;
  }
}
