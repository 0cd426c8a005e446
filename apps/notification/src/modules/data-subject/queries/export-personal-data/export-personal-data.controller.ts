import { Controller, Get, Inject, Param } from '@nestjs/common';
import { ApiBadRequestResponse, ApiNotFoundResponse, ApiOkResponse, ApiOperation, ApiProperty, ApiTags } from '@nestjs/swagger';
import { IsUUID } from 'class-validator';
import { CurrentPrincipal, mayActFor, type Principal, Secured } from '@consignado/auth';
import { Audited, PersonalDataSection } from '@consignado/service-kit';
import { PersonalDataNotFoundError } from '../../domain/data-subject.errors';
import { ExportPersonalDataQuery } from './export-personal-data.query';

export class PersonalDataParams {
  @ApiProperty({ format: 'uuid' })
  @IsUUID()
  customerId!: string;
}

/** The data subject's access to what notification holds on them (LGPD art. 18 II, R-SEC-3). */
@ApiTags('personal data (LGPD)')
@Secured({ scopes: ['privacy'], roles: ['PRIVACY_OFFICER'], dataSubject: true })
@Controller('v1/personal-data')
export class ExportPersonalDataController {
  constructor(@Inject(ExportPersonalDataQuery) private readonly query: ExportPersonalDataQuery) {}

  @Get(':customerId')
  @Audited('personal-data.export')
  @ApiOperation({ summary: 'Dados pessoais do titular guardados pelo serviço de notificações' })
  @ApiOkResponse({ type: PersonalDataSection, description: 'records: contact, notifications (with deliveries); erasures applied' })
  @ApiBadRequestResponse({ description: 'REQUEST.INVALID_BODY — customerId deve ser um UUID' })
  @ApiNotFoundResponse({ description: "PERSONAL_DATA.NOT_FOUND — a customer asking for another customer's data" })
  async export(@Param() params: PersonalDataParams, @CurrentPrincipal() caller: Principal): Promise<PersonalDataSection> {
    const customerId = params.customerId.toLowerCase();
    if (!mayActFor(caller, customerId)) throw new PersonalDataNotFoundError();
    return this.query.execute(customerId);
  }
}
