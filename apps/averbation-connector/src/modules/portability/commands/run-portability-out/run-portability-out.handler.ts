import { Inject, Injectable, Logger } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { runWithContext } from '@consignado/service-kit';
import { CTC_GATEWAY, type CtcGateway } from '../../../exchange/ctc.gateway';
import type { RetryPolicy } from '../../../jobs/domain/retry-policy';
import type { Leased } from '../../../jobs/lease';
import { CTC_RETRY } from '../../../jobs/retry-policies';
import { PORTABILITY_OUT_REPOSITORY, type PortabilityOutRepository } from '../../database/portability.repositories';
import type { PortabilityOut } from '../../domain/portability-out';
import { PortabilityEventsPublisher } from '../portability-events.publisher';
import { callExchange } from './out-steps';

/**
 * One exchange call for a leased portability out (refuse, answer the balance, or confirm the
 * settlement), then, in one transaction, its new state and any event it raised. An answer or
 * confirmation the exchange will not take is logged at error level: the deadline will pass, or
 * the destination waits for a confirmation, until an operator acts.
 */
@Injectable()
export class RunPortabilityOutHandler {
  private readonly logger = new Logger('RunPortabilityOut');

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    @Inject(PORTABILITY_OUT_REPOSITORY) private readonly portabilities: PortabilityOutRepository,
    @Inject(CTC_GATEWAY) private readonly ctc: CtcGateway,
    @Inject(CTC_RETRY) private readonly policy: RetryPolicy,
    private readonly events: PortabilityEventsPublisher,
  ) {}

  execute(leased: Leased<PortabilityOut>, signal: AbortSignal): Promise<void> {
    const s = leased.job.snapshot;
    const cause = s.settlementCause ?? s.answerCause;
    return runWithContext({ correlationId: cause?.metadata.correlationId ?? s.correlationId, causationId: cause?.eventId }, () => this.run(leased, signal));
  }

  private async run(leased: Leased<PortabilityOut>, signal: AbortSignal): Promise<void> {
    const step = leased.job.dueStep;
    if (!step) return this.portabilities.release(leased);
    const outcome = await callExchange(this.ctc, step, leased.job, signal);
    if (!outcome.ok && outcome.failure.kind === 'ABORTED') return this.portabilities.release(leased);
    await this.dataSource.transaction(async (manager) => {
      const portability = await this.portabilities.lockLeased(manager, leased);
      if (!portability) return; // lease lost: another instance owns it now
      portability.record(step, outcome, new Date(), this.policy);
      await this.portabilities.complete(manager, portability);
      const s = portability.snapshot;
      if (s.status === 'ANSWER_FAILED' || s.status === 'CONFIRMATION_FAILED') {
        this.logger.error(`portability out ${s.portabilityNumber} of contract ${s.contractId ?? s.originContractNumber}: ${s.status} — ${s.lastError?.code} ${s.lastError?.message}; an operator must act at the exchange`);
      }
      await this.events.publishOut(manager, portability);
    });
  }
}
