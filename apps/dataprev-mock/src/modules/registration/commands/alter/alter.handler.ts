import { Inject, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { fail, ok, type Result } from '@consignado/core';
import { BeneficiaryDirectory } from '../../../beneficiary/domain/beneficiary-directory';
import { brasiliaDate } from '../../../beneficiary/domain/brasilia-date';
import { type DataprevError, registrationNotFound } from '../../../beneficiary/domain/dataprev-error';
import { REGISTRATION_REPOSITORY, type RegistrationRepository } from '../../database/registration.repository';
import type { AlterationRequest } from '../../domain/alteration';
import { BenefitAccount } from '../../domain/benefit-account';
import type { Registration } from '../../domain/registration';

/**
 * "Alterar contrato": new installment and term for an ACTIVE registration. Under the same lock on
 * the benefit as a registration, so an increase and a concurrent registration never share one
 * margin; the registration's row is locked too, against a concurrent cancellation.
 */
@Injectable()
export class AlterHandler {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly directory: BeneficiaryDirectory,
    @Inject(REGISTRATION_REPOSITORY) private readonly registry: RegistrationRepository,
  ) {}

  execute(request: AlterationRequest): Promise<Result<Registration, DataprevError>> {
    const now = new Date();
    return this.dataSource.transaction(async (manager) => {
      const benefitNumber = (await this.registry.findByProtocol(manager, request.protocol, false))?.snapshot.benefitNumber;
      if (!benefitNumber) return fail(registrationNotFound());
      await this.registry.lockBenefit(manager, benefitNumber);
      const registration = await this.registry.findByProtocol(manager, request.protocol, true);
      if (!registration) return fail(registrationNotFound());
      const found = this.directory.find(registration.snapshot, brasiliaDate(now));
      if (!found.ok) return found;
      const account = new BenefitAccount(found.value, await this.registry.activeByBenefit(benefitNumber, manager), brasiliaDate(now));
      const altered = account.alter(registration, request, now);
      if (!altered.ok) return altered;
      if (altered.value.altered) await this.registry.save(manager, [registration]);
      return ok(registration);
    });
  }
}
