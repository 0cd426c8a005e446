import { Inject, Injectable, Logger } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { DomainError } from '@consignado/core';
import { ProposalConfig } from '../../../../config';
import { Clock } from '../../../../shared/clock';
import { isDueForRetentionErasure, retentionCutoff } from '../../domain/retention-policy';
import { retentionCandidates } from '../../database/retention-candidates.query';
import { RequestErasureHandler } from '../request-erasure/request-erasure.handler';

export interface RetentionRun {
  readonly asOf: string;
  readonly retentionDays: number;
  readonly examined: number;
  /** Erasure requests opened (origin RETENTION), one per due customer; loan decides each. */
  readonly opened: string[];
  /** Customers passed over: held by loan, a request pending, a proposal in progress, or refused while opening. */
  readonly skipped: number;
}

/**
 * The retention job (R-SEC-3): every customer quiet for longer than the retention period gets an
 * erasure request of origin RETENTION, in its own transaction; loan then anonymizes them or keeps
 * them while a contract obliges. Safe to run again: a pending request is not doubled and a
 * customer loan holds is not asked again before the hold ends.
 */
@Injectable()
export class RunRetentionHandler {
  private readonly logger = new Logger('PersonalDataRetention');

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    @Inject(RequestErasureHandler) private readonly erasures: RequestErasureHandler,
    @Inject(ProposalConfig) private readonly config: ProposalConfig,
    @Inject(Clock) private readonly clock: Clock,
  ) {}

  async execute(requestedBy: string, limit: number): Promise<RetentionRun> {
    const now = this.clock.now();
    const days = this.config.PERSONAL_DATA_RETENTION_DAYS;
    const candidates = await retentionCandidates(this.dataSource.manager, retentionCutoff(now, days), limit);
    const opened: string[] = [];
    for (const candidate of candidates.filter((c) => isDueForRetentionErasure(c, now, days))) {
      try {
        const request = await this.dataSource.transaction((manager) => this.erasures.open(manager, { customerId: candidate.customerId, origin: 'RETENTION', requestedBy, channel: 'INTERNAL' }));
        opened.push(request.props.id);
      } catch (error) {
        if (!(error instanceof DomainError)) throw error;
        this.logger.warn({ message: 'retention erasure not opened', customerId: candidate.customerId, code: error.code });
      }
    }
    this.logger.log({ examined: candidates.length, opened: opened.length, retentionDays: days });
    return { asOf: now.toISOString(), retentionDays: days, examined: candidates.length, opened, skipped: candidates.length - opened.length };
  }
}
