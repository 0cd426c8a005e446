import { randomUUID } from 'node:crypto';
import { Inject, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import type { PayloadOf } from '@consignado/contracts';
import { EventPublisher } from '@consignado/eventing';
import type { IsoDate } from '@consignado/finance';
import { PaymentConfig } from '../../../../config';
import { BUSINESS_CLOCK, type BusinessClock } from '../../../business-clock/domain/business-clock';
import { type ReminderCandidate, reminderFor } from '../../domain/installment-reminder';
import { type CandidateCursor, INSTALLMENT_REMINDER_REPOSITORY, type InstallmentReminderRepository } from '../../database/installment-reminder.repository';

export interface InstallmentDueRun {
  date: string;
  /** Reminders this run emitted (not those an earlier or concurrent run already had). */
  upcoming: number;
  overdue: number;
}

/** Candidates per transaction. */
const BATCH = 500;

/**
 * The daily InstallmentDue job for business date D (R-PA-1): UPCOMING for PENDING installments of
 * ACTIVE billings due in [D, D + REMINDER_DAYS_AHEAD], OVERDUE (with fine and mora on D) for those
 * due before D. Exactly once per (contract, installment, kind), however many runs overlap: the
 * reminder row and its event commit together, and only rows this run inserted are emitted.
 */
@Injectable()
export class RunInstallmentDueHandler {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    @Inject(INSTALLMENT_REMINDER_REPOSITORY) private readonly reminders: InstallmentReminderRepository,
    @Inject(EventPublisher) private readonly publisher: EventPublisher,
    @Inject(BUSINESS_CLOCK) private readonly clock: BusinessClock,
    @Inject(PaymentConfig) private readonly config: PaymentConfig,
  ) {}

  async execute(date: IsoDate): Promise<InstallmentDueRun> {
    const run: InstallmentDueRun = { date: date.toString(), upcoming: 0, overdue: 0 };
    const until = date.plusDays(this.config.REMINDER_DAYS_AHEAD);
    let cursor: CandidateCursor | undefined;
    for (;;) {
      const batch = await this.reminders.candidates(date, until, cursor, BATCH);
      for (const payload of await this.emit(batch, date)) run[payload.kind === 'UPCOMING' ? 'upcoming' : 'overdue'] += 1;
      if (batch.length < BATCH) return run;
      const last = batch[batch.length - 1];
      cursor = { contractId: last.contractId, installmentNumber: last.installmentNumber };
    }
  }

  private async emit(batch: readonly ReminderCandidate[], date: IsoDate): Promise<PayloadOf<'InstallmentDue'>[]> {
    const due = batch.flatMap((candidate) => {
      const payload = reminderFor(candidate, date, this.config.REMINDER_DAYS_AHEAD);
      return payload ? [{ payload, claim: { contractId: payload.contractId, installmentNumber: payload.installmentNumber, kind: payload.kind, referenceDate: date, eventId: randomUUID() } }] : [];
    });
    if (due.length === 0) return [];
    return this.dataSource.transaction(async (manager) => {
      const claimed = new Set((await this.reminders.claim(manager, due.map((d) => d.claim), this.clock.now())).map((c) => c.eventId));
      const emitted = due.filter((d) => claimed.has(d.claim.eventId));
      await this.publisher.publishAll(manager, 'InstallmentDue', emitted.map(({ payload, claim }) => ({ payload, eventId: claim.eventId, metadata: { channel: 'SYSTEM' as const } })));
      return emitted.map((d) => d.payload);
    });
  }
}
