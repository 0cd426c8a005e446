import { Inject, Injectable } from '@nestjs/common';
import type { Result } from '@consignado/core';
import type { Beneficiary } from '../../../beneficiary/domain/beneficiary';
import { type BenefitHolder, BeneficiaryDirectory } from '../../../beneficiary/domain/beneficiary-directory';
import { brasiliaDate } from '../../../beneficiary/domain/brasilia-date';
import type { DataprevError } from '../../../beneficiary/domain/dataprev-error';
import { REGISTRATION_REPOSITORY, type RegistrationRepository } from '../../database/registration.repository';
import { BenefitAccount } from '../../domain/benefit-account';
import type { MarginStatement } from '../../domain/margin-statement';

export interface MarginAnswer {
  beneficiary: Beneficiary;
  statement: MarginStatement;
  at: Date;
}

/** "Consultar Margem" (seed 003 §5.1): the benefit, its margins by product and restrictions. */
@Injectable()
export class QueryMarginHandler {
  constructor(
    private readonly directory: BeneficiaryDirectory,
    @Inject(REGISTRATION_REPOSITORY) private readonly registry: RegistrationRepository,
  ) {}

  async execute(holder: BenefitHolder): Promise<Result<MarginAnswer, DataprevError>> {
    const at = new Date();
    const found = this.directory.find(holder, brasiliaDate(at));
    if (!found.ok) return found;
    const active = await this.registry.activeByBenefit(found.value.benefitNumber);
    const account = new BenefitAccount(found.value, active, brasiliaDate(at));
    return { ok: true, value: { beneficiary: found.value, statement: account.statement(), at } };
  }
}
