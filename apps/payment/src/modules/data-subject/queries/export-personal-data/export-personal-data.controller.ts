import { Inject, Param } from '@nestjs/common';
import { CurrentPrincipal, type Principal } from '@consignado/auth';
import { assertMayActFor, PersonalDataController, PersonalDataExport, PersonalDataParams, type PersonalDataSection } from '@consignado/service-kit';
import { PersonalDataQuery } from './personal-data.query';

/** The data subject's access to what payment holds on them (LGPD art. 18 II, R-SEC-3): a privacy officer, or the customer themself. */
@PersonalDataController()
export class ExportPersonalDataController {
  constructor(@Inject(PersonalDataQuery) private readonly query: PersonalDataQuery) {}

  @PersonalDataExport('payment', 'billings, installments, payments, payroll deductions, reminders, refinancing holds, payout account, disbursements, regret returns')
  async export(@Param() params: PersonalDataParams, @CurrentPrincipal() caller: Principal): Promise<PersonalDataSection> {
    const customerId = params.customerId;
    assertMayActFor(caller, customerId);
    return this.query.execute(customerId);
  }
}
