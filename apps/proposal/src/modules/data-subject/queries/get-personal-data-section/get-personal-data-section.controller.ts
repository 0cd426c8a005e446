import { Inject, Param } from '@nestjs/common';
import { CurrentPrincipal, type Principal } from '@consignado/auth';
import { assertMayActFor, PersonalDataController, PersonalDataExport, PersonalDataParams, type PersonalDataSection } from '@consignado/service-kit';
import { ProposalSectionQuery } from './proposal-section.query';

/** What proposal alone holds on the customer (every service answers this route for its own data). */
@PersonalDataController()
export class GetPersonalDataSectionController {
  constructor(@Inject(ProposalSectionQuery) private readonly query: ProposalSectionQuery) {}

  @PersonalDataExport('proposal', 'customer (opened), proposals, timelines, erasure requests')
  section(@Param() params: PersonalDataParams, @CurrentPrincipal() caller: Principal): Promise<PersonalDataSection> {
    assertMayActFor(caller, params.customerId);
    return this.query.section(params.customerId);
  }
}
