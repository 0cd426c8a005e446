import { Controller, Get, Headers, Inject, Param } from '@nestjs/common';
import { ApiNotFoundResponse, ApiOkResponse, ApiServiceUnavailableResponse, ApiTags } from '@nestjs/swagger';
import { CurrentPrincipal, type Principal, Secured } from '@consignado/auth';
import { assertMayActFor, Audited, DATA_SUBJECT_RULE } from '@consignado/service-kit';
import { customerIdPipe } from '../../customer-id.pipe';
import { PersonalDataExport, ExportPersonalDataQuery } from './export-personal-data.query';

@ApiTags('personal data (LGPD)')
@Secured(DATA_SUBJECT_RULE)
@Controller('v1/customers/:customerId/personal-data')
export class ExportPersonalDataController {
  constructor(@Inject(ExportPersonalDataQuery) private readonly query: ExportPersonalDataQuery) {}

  /** LGPD art. 18 II: everything the platform holds on the customer, one section per service. */
  @Get()
  @Audited('personal-data.export-all')
  @ApiOkResponse({ type: PersonalDataExport })
  @ApiNotFoundResponse({ description: 'PERSONAL_DATA.NOT_FOUND — Titular não encontrado' })
  @ApiServiceUnavailableResponse({ description: 'PERSONAL_DATA.SOURCE_UNAVAILABLE — a service did not answer; nothing partial is returned' })
  async export(@Param('customerId', customerIdPipe()) customerId: string, @CurrentPrincipal() caller: Principal, @Headers('authorization') authorization: string): Promise<PersonalDataExport> {
    assertMayActFor(caller, customerId);
    return this.query.export(customerId, authorization);
  }
}
