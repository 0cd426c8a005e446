import { Inject, Injectable } from '@nestjs/common';
import type { Result } from '@consignado/core';
import { type BenefitHolder, BeneficiaryDirectory } from '../../../beneficiary/domain/beneficiary-directory';
import { brasiliaDate } from '../../../beneficiary/domain/brasilia-date';
import type { DataprevError } from '../../../beneficiary/domain/dataprev-error';
import { REGISTRATION_REPOSITORY, type RegistrationRepository } from '../../database/registration.repository';
import type { Registration } from '../../domain/registration';

/** "Consultar Averbações" (seed 003 §5.1): the benefit's active registrations. */
@Injectable()
export class ListRegistrationsHandler {
  constructor(
    private readonly directory: BeneficiaryDirectory,
    @Inject(REGISTRATION_REPOSITORY) private readonly registry: RegistrationRepository,
  ) {}

  async execute(holder: BenefitHolder): Promise<Result<{ benefitNumber: string; registrations: Registration[] }, DataprevError>> {
    const found = this.directory.find(holder, brasiliaDate(new Date()));
    if (!found.ok) return found;
    const benefitNumber = found.value.benefitNumber;
    return { ok: true, value: { benefitNumber, registrations: await this.registry.activeByBenefit(benefitNumber) } };
  }
}
