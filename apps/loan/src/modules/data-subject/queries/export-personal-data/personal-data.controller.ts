import { Controller, Get, Inject, Param } from '@nestjs/common';
import { ApiBadRequestResponse, ApiNotFoundResponse, ApiOkResponse, ApiTags } from '@nestjs/swagger';
import { IsUUID } from 'class-validator';
import { CurrentPrincipal, type Principal, Secured } from '@consignado/auth';
import { Audited, PersonalDataSection } from '@consignado/service-kit';
import { CUSTOMER_RECORDS, type CustomerRecords } from '../../database/customer-records';
import { ERASURE_DECISIONS, type ErasureDecisions } from '../../database/erasure-decision.repository';
import { personalDataOf } from './personal-data.query';

export class PersonalDataParams {
  @IsUUID()
  customerId!: string;
}

/** The data subject's access right (LGPD art. 18 II): the privacy officer, or the customer themself. */
@ApiTags('personal-data')
@Secured({ scopes: ['privacy'], roles: ['PRIVACY_OFFICER'], dataSubject: true })
@Controller('v1/personal-data')
export class PersonalDataController {
  constructor(
    @Inject(CUSTOMER_RECORDS) private readonly records: CustomerRecords,
    @Inject(ERASURE_DECISIONS) private readonly decisions: ErasureDecisions,
  ) {}

  /** Everything loan keeps on a customer, personal data opened, and the erasures applied. Audited. */
  @Get(':customerId')
  @Audited('personal-data.export')
  @ApiOkResponse({ type: PersonalDataSection })
  @ApiBadRequestResponse({ description: 'REQUEST.INVALID_BODY — customerId is not a uuid' })
  @ApiNotFoundResponse({ description: "PERSONAL_DATA.NOT_FOUND — Titular não encontrado (a customer asking for someone else's data)" })
  export(@Param() params: PersonalDataParams, @CurrentPrincipal() caller: Principal): Promise<PersonalDataSection> {
    return personalDataOf(this.records, this.decisions, params.customerId, caller);
  }
}
