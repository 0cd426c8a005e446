import { Controller, Get, Inject, Param } from '@nestjs/common';
import { ApiBadRequestResponse, ApiNotFoundResponse, ApiOkResponse, ApiOperation, ApiProperty, ApiTags } from '@nestjs/swagger';
import { IsUUID } from 'class-validator';
import { CurrentPrincipal, mayActFor, type Principal, Secured } from '@consignado/auth';
import { Audited, PersonalDataSection } from '@consignado/service-kit';
import { PersonalDataNotFoundError } from '../../domain/data-subject.errors';
import { PersonalDataQuery } from './personal-data.query';

export class CustomerParam {
  @ApiProperty({ format: 'uuid' })
  @IsUUID()
  customerId!: string;
}

@ApiTags('personal data (LGPD)')
@Secured({ scopes: ['privacy'], roles: ['PRIVACY_OFFICER'], dataSubject: true })
@Controller('v1/personal-data')
export class ExportPersonalDataController {
  constructor(@Inject(PersonalDataQuery) private readonly query: PersonalDataQuery) {}

  /** LGPD art. 18 II: what payment holds on the customer, for a privacy officer or the customer themself; audited. */
  @Get(':customerId')
  @Audited('personal-data.export')
  @ApiOperation({ summary: 'Dados do titular guardados pelo payment (exportação LGPD)' })
  @ApiOkResponse({ type: PersonalDataSection })
  @ApiBadRequestResponse({ description: 'REQUEST.INVALID_BODY — customerId não é um UUID' })
  @ApiNotFoundResponse({ description: "PERSONAL_DATA.NOT_FOUND — another customer's data, for a customer's token" })
  async export(@Param() { customerId }: CustomerParam, @CurrentPrincipal() caller: Principal): Promise<PersonalDataSection> {
    if (!mayActFor(caller, customerId)) throw new PersonalDataNotFoundError();
    return this.query.execute(customerId);
  }
}
