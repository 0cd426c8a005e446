import { Inject, Injectable, Logger } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { runWithContext } from '@consignado/service-kit';
import { AverbationConnectorConfig } from '../../../../config';
import { INSURER_GATEWAY, type InsurerGateway } from '../../../insurer/insurer.gateway';
import type { RetryPolicy } from '../../../jobs/domain/retry-policy';
import type { Leased } from '../../../jobs/lease';
import { INSURER_RETRY } from '../../../jobs/retry-policies';
import { INSURANCE_CLAIM_REPOSITORY, type InsuranceClaimRepository } from '../../database/insurance-claim.repository';
import type { InsuranceClaim } from '../../domain/insurance-claim';
import { ClaimEventsPublisher } from '../claim-events.publisher';

/**
 * One insurer call for a leased claim (file it, or ask how it stands), then, in one transaction
 * that holds only while the lease does, the claim's new state and the event it raised (paid or
 * denied): the job ends with its event, so a claim is reported once, whoever runs it.
 */
@Injectable()
export class RunClaimHandler {
  private readonly logger = new Logger('RunInsuranceClaim');

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    @Inject(INSURANCE_CLAIM_REPOSITORY) private readonly claims: InsuranceClaimRepository,
    @Inject(INSURER_GATEWAY) private readonly insurer: InsurerGateway,
    @Inject(INSURER_RETRY) private readonly policy: RetryPolicy,
    private readonly events: ClaimEventsPublisher,
    private readonly config: AverbationConnectorConfig,
  ) {}

  execute(leased: Leased<InsuranceClaim>, signal: AbortSignal): Promise<void> {
    const { request } = leased.job.snapshot;
    return runWithContext({ correlationId: request.metadata.correlationId, causationId: request.eventId }, () => this.run(leased, signal));
  }

  private async run(leased: Leased<InsuranceClaim>, signal: AbortSignal): Promise<void> {
    const step = leased.job.dueStep;
    if (!step) return this.claims.release(leased);
    const outcome = step === 'FILE' ? await this.insurer.file(leased.job.fileOrder, signal) : await this.insurer.get(leased.job.snapshot.id, signal);
    if (!outcome.ok && outcome.failure.kind === 'ABORTED') return this.claims.release(leased);
    await this.dataSource.transaction(async (manager) => {
      const claim = await this.claims.lockLeased(manager, leased);
      if (!claim) return; // lease lost: another instance owns it now
      claim.record(step, outcome, new Date(), { policy: this.policy, pollIntervalMs: this.config.INSURER_POLL_INTERVAL_MS });
      await this.claims.complete(manager, claim);
      await this.events.publish(manager, claim);
      const s = claim.snapshot;
      if (s.attempts >= this.config.INSURER_ALERT_AFTER_ATTEMPTS) this.logger.error(`claim ${s.id} of contract ${s.contractId}: ${s.attempts} insurer calls failed in a row (${s.lastError?.code}); still retrying`);
    });
  }
}
