import { Inject, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, QueryFailedError } from 'typeorm';
import { fail, ok, type Result } from '@consignado/core';
import { BeneficiaryDirectory } from '../../../beneficiary/domain/beneficiary-directory';
import { brasiliaDate } from '../../../beneficiary/domain/brasilia-date';
import { DataprevError } from '../../../beneficiary/domain/dataprev-error';
import { REGISTRATION_REPOSITORY, type RegistrationRepository } from '../../database/registration.repository';
import { BenefitAccount } from '../../domain/benefit-account';
import type { Registration, RegistrationRequest } from '../../domain/registration';

export interface RegisterOutcome {
  registration: Registration;
  /** False when the same contract was already registered: the bank retried (idempotent). */
  created: boolean;
}

const UNIQUE_VIOLATION = '23505';

const conflict = (protocol?: string) =>
  new DataprevError(
    'DATAPREV.REGISTRATION.CONFLICT',
    protocol ? `Contrato já averbado com outros dados ou cancelado (protocolo ${protocol}).` : 'Contrato em averbação em outro benefício.',
    protocol ? { protocol } : {},
  );

/**
 * "Averbar Contrato" (seed 003 §5.1, R-AV-3): under a lock on the benefit, so concurrent
 * registrations of one benefit run one after the other and each sees the margin the previous
 * one took. Idempotent by contract: the same request again returns the same protocol.
 */
@Injectable()
export class RegisterHandler {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly directory: BeneficiaryDirectory,
    @Inject(REGISTRATION_REPOSITORY) private readonly registry: RegistrationRepository,
  ) {}

  async execute(request: RegistrationRequest): Promise<Result<RegisterOutcome, DataprevError>> {
    const now = new Date();
    const found = this.directory.find(request, brasiliaDate(now));
    if (!found.ok) return found;
    try {
      return await this.dataSource.transaction(async (manager) => {
        await this.registry.lockBenefit(manager, request.benefitNumber);
        const existing = await this.registry.findByContract(manager, request.contractId);
        if (existing) return existing.isActive && existing.sameAs(request) ? ok({ registration: existing, created: false }) : fail(conflict(existing.snapshot.protocol));
        const account = new BenefitAccount(found.value, await this.registry.activeByBenefit(request.benefitNumber, manager), brasiliaDate(now));
        const registered = account.register(request, await this.registry.nextProtocol(manager, now), now);
        if (!registered.ok) return registered;
        await this.registry.save(manager, [...registered.value.replaced, registered.value.created]);
        return ok({ registration: registered.value.created, created: true });
      });
    } catch (error) {
      // The same contract registered at the same moment on another benefit (another lock).
      if (error instanceof QueryFailedError && (error.driverError as { code?: string }).code === UNIQUE_VIOLATION) return fail(conflict());
      throw error;
    }
  }
}
