import { Inject, Param } from '@nestjs/common';
import { CurrentPrincipal, type Principal } from '@consignado/auth';
import { assertMayActFor, PersonalDataController, PersonalDataExport, PersonalDataParams, type PersonalDataSection } from '@consignado/service-kit';
import { ExportPersonalDataQuery } from './export-personal-data.query';

/** The data subject's access to what notification holds on them (LGPD art. 18 II, R-SEC-3): a privacy officer, or the customer themself. */
@PersonalDataController()
export class ExportPersonalDataController {
  constructor(@Inject(ExportPersonalDataQuery) private readonly query: ExportPersonalDataQuery) {}

  @PersonalDataExport('notification', 'contact, notifications (with deliveries)')
  async export(@Param() params: PersonalDataParams, @CurrentPrincipal() caller: Principal): Promise<PersonalDataSection> {
    const customerId = params.customerId.toLowerCase();
    assertMayActFor(caller, customerId);
    return this.query.execute(customerId);
  }
}
