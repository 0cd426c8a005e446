import { Inject, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { ExchangeClock } from '../../../clock/domain/exchange-clock';
import { PORTABILITY_REPOSITORY, type PortabilityRepository } from '../../database/portability.repository';
import type { ExchangeTime } from '../../domain/deadline-policy';
import { PortabilityJournal } from '../portability-journal';

export interface SweepReport {
  readonly today: string;
  readonly expired: Array<{ portabilityNumber: string; reason: string }>;
}

const BATCH = 100;

/**
 * Rejects what is late on the exchange's date: PENDING past the answer deadline
 * (DECURSO_DO_PRAZO), unpaid past the due-balance limit (DECURSO_DO_PRAZO_PARA_PAGAMENTO). In
 * batches under SKIP LOCKED, so instances sweep side by side and never wait on a busy row.
 */
@Injectable()
export class SweepDeadlinesHandler {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    @Inject(PORTABILITY_REPOSITORY) private readonly portabilities: PortabilityRepository,
    private readonly journal: PortabilityJournal,
    private readonly clock: ExchangeClock,
  ) {}

  async execute(): Promise<SweepReport> {
    const time = await this.clock.time();
    const expired: SweepReport['expired'] = [];
    for (let done = false; !done; ) {
      const batch = await this.sweepBatch(time);
      expired.push(...batch.expired);
      done = batch.seen < BATCH || batch.expired.length === 0;
    }
    return { today: time.today.toString(), expired };
  }

  private sweepBatch(time: ExchangeTime): Promise<{ seen: number; expired: SweepReport['expired'] }> {
    return this.dataSource.transaction(async (manager) => {
      const overdue = await this.portabilities.lockOverdue(manager, time.today, BATCH);
      const expired: SweepReport['expired'] = [];
      for (const portability of overdue) {
        if (!portability.expire(time)) continue;
        await this.portabilities.save(manager, portability);
        await this.journal.record(manager, portability);
        expired.push({ portabilityNumber: portability.state.nu, reason: portability.state.closure?.reason ?? '' });
      }
      return { seen: overdue.length, expired };
    });
  }
}
