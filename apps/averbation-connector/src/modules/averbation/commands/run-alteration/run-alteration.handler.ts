import { Inject, Injectable, Logger } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { runWithContext } from '@consignado/service-kit';
import { DATAPREV_GATEWAY, type DataprevGateway } from '../../../dataprev/dataprev.gateway';
import type { RetryPolicy } from '../../../jobs/domain/retry-policy';
import type { Leased } from '../../../jobs/lease';
import { AVERBATION_RETRY } from '../../../jobs/retry-policies';
import { MARGIN_CACHE, type MarginCache } from '../../../margin-cache/margin-cache';
import { ALTERATION_REPOSITORY, type AlterationRepository } from '../../database/alteration.repository';
import { AVERBATION_REPOSITORY, type AverbationRepository } from '../../database/averbation.repository';
import type { AlterationOutcome, AverbationAlteration } from '../../domain/averbation-alteration';

/**
 * One "Alterar contrato" call for a leased alteration: the installment and installments left of
 * the plan it holds, with its reason (EXTRA_AMORTIZATION, R-LN-5; RENEGOTIATION, R-LN-8); then the
 * benefit's cached margin is invalidated (the deduction changed, or may have) and the outcome
 * recorded for that plan.
 */
@Injectable()
export class RunAlterationHandler {
  private readonly logger = new Logger('RunAlteration');

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    @Inject(ALTERATION_REPOSITORY) private readonly alterations: AlterationRepository,
    @Inject(AVERBATION_REPOSITORY) private readonly averbations: AverbationRepository,
    @Inject(DATAPREV_GATEWAY) private readonly dataprev: DataprevGateway,
    @Inject(MARGIN_CACHE) private readonly cache: MarginCache,
    @Inject(AVERBATION_RETRY) private readonly policy: RetryPolicy,
  ) {}

  execute(leased: Leased<AverbationAlteration>, signal: AbortSignal): Promise<void> {
    const request = leased.job.snapshot.request;
    return runWithContext({ correlationId: request.metadata.correlationId, causationId: request.eventId }, () => this.run(leased, signal));
  }

  private async run(leased: Leased<AverbationAlteration>, signal: AbortSignal): Promise<void> {
    const { contractId, protocol, plan, revision, benefitNumber } = leased.job.snapshot;
    const status = (await this.averbations.findRow(contractId))?.status;
    if (status !== 'REGISTERED') return this.finish(leased, (a) => a.drop(revision, `Averbação em ${status ?? 'estado desconhecido'}: não há desconto a alterar.`));
    const order = { protocol, installmentAmount: plan.installmentAmount, termMonths: plan.remainingInstallments, reason: plan.reason };
    const result = await this.dataprev.alter(order, signal);
    if (!result.ok && result.failure.kind === 'ABORTED') return this.alterations.release(leased);
    if (benefitNumber && (result.ok || result.failure.kind === 'TRANSIENT')) await this.cache.invalidate(benefitNumber);
    const outcome: AlterationOutcome = result.ok ? { ok: true } : result;
    await this.finish(leased, (a) => a.record(revision, outcome, new Date(), this.policy));
  }

  private finish(leased: Leased<AverbationAlteration>, apply: (a: AverbationAlteration) => void): Promise<void> {
    return this.dataSource.transaction(async (manager) => {
      const alteration = await this.alterations.lockLeased(manager, leased);
      if (!alteration) return; // lease lost: another instance owns it now
      apply(alteration);
      await this.alterations.complete(manager, alteration);
      const s = alteration.snapshot;
      if (s.status === 'REFUSED' || s.status === 'FAILED') {
        this.logger.error(`deduction of contract ${s.contractId} not altered at Dataprev (installment ${s.plan.installmentAmount} × ${s.plan.remainingInstallments}): ${s.lastError?.code} — ${s.lastError?.message}; it keeps deducting the previous plan until an operator acts`);
      }
    });
  }
}
