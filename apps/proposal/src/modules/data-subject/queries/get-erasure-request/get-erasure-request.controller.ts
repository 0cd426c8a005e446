import { Controller, Get, Inject, Param } from '@nestjs/common';
import { ApiNotFoundResponse, ApiOkResponse, ApiTags } from '@nestjs/swagger';
import { CurrentPrincipal, type Principal, Secured } from '@consignado/auth';
import { assertMayActFor, DATA_SUBJECT_RULE, PersonalDataNotFoundError } from '@consignado/service-kit';
import { customerIdPipe } from '../../customer-id.pipe';
import { ErasureRequests } from '../../database/erasure-request.repository';
import { ErasureRequestView, erasureRequestView } from './erasure-request.view';

@ApiTags('personal data (LGPD)')
@Secured(DATA_SUBJECT_RULE)
@Controller('v1/customers/:customerId/personal-data/erasure-requests')
export class GetErasureRequestController {
  constructor(@Inject(ErasureRequests) private readonly requests: ErasureRequests) {}

  @Get(':requestId')
  @ApiOkResponse({ type: ErasureRequestView })
  @ApiNotFoundResponse({ description: 'PERSONAL_DATA.NOT_FOUND' })
  async get(@Param('customerId', customerIdPipe()) customerId: string, @Param('requestId', customerIdPipe()) requestId: string, @CurrentPrincipal() caller: Principal): Promise<ErasureRequestView> {
    assertMayActFor(caller, customerId);
    const request = await this.requests.find(customerId, requestId);
    if (!request) throw new PersonalDataNotFoundError();
    return erasureRequestView(request);
  }
}
