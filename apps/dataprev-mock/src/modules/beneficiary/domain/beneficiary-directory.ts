import { fail, ok, type Result } from '@consignado/core';
import { Cpf, InssBenefitNumber, type IsoDate } from '@consignado/finance';
import type { Beneficiary } from './beneficiary';
import { benefitNotFound, DataprevError } from './dataprev-error';
import type { BeneficiaryFixture } from './fixture';
import { syntheticBeneficiary } from './synthetic-beneficiary';

/** The identity Dataprev checks on every call: a valid CPF holding the benefit. */
export interface BenefitHolder {
  benefitNumber: string;
  cpf: string;
}

/**
 * Who holds which benefit: the fixture's documented people first, deterministic synthetic data
 * for any other valid CPF and benefit number. A fixture benefit asked for with another CPF is
 * "not found" (Dataprev does not tell a stranger that the benefit exists).
 */
export class BeneficiaryDirectory {
  constructor(private readonly fixture: BeneficiaryFixture) {}

  find(holder: BenefitHolder, today: IsoDate): Result<Beneficiary, DataprevError> {
    const benefit = InssBenefitNumber.parse(holder.benefitNumber);
    if (!benefit.ok) return fail(new DataprevError('DATAPREV.BENEFIT_NUMBER_INVALID', 'Número de benefício inválido: informe os 10 dígitos.'));
    const cpf = Cpf.parse(holder.cpf);
    if (!cpf.ok) return fail(new DataprevError('DATAPREV.CPF_INVALID', 'CPF inválido.'));
    const number = benefit.value.toString();
    if (this.fixture.notFound.has(number)) return fail(benefitNotFound());
    const known = this.fixture.beneficiaries.get(number);
    if (!known) return ok(syntheticBeneficiary(number));
    return known.holderCpf === cpf.value.toString() ? ok(known.on(today)) : fail(benefitNotFound());
  }
}
