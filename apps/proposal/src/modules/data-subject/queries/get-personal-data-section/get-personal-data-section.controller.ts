import { Controller, Get, Inject, Param } from '@nestjs/common';
import { ApiNotFoundResponse, ApiOkResponse, ApiTags } from '@nestjs/swagger';
import { CurrentPrincipal, type Principal, Secured } from '@consignado/auth';
import { Audited, PersonalDataSection } from '@consignado/service-kit';
import { customerIdPipe } from '../../customer-id.pipe';
import { assertMayActFor, DATA_SUBJECT_RULE } from '../../data-subject.rule';
import { ProposalSectionQuery } from './proposal-section.query';

@ApiTags('personal data (LGPD)')
@Secured(DATA_SUBJECT_RULE)
@Controller('v1/personal-data')
export class GetPersonalDataSectionController {
  constructor(@Inject(ProposalSectionQuery) private readonly query: ProposalSectionQuery) {}

  /** What proposal alone holds on the customer (every service answers this route for its own data). */
  @Get(':customerId')
  @Audited('personal-data.export')
  @ApiOkResponse({ type: PersonalDataSection })
  @ApiNotFoundResponse({ description: "PERSONAL_DATA.NOT_FOUND — another customer's data" })
  section(@Param('customerId', customerIdPipe()) customerId: string, @CurrentPrincipal() caller: Principal): Promise<PersonalDataSection> {
    assertMayActFor(caller, customerId);
    return this.query.section(customerId);
  }
}
