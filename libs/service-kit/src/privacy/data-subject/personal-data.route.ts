import { applyDecorators, Controller, Get } from '@nestjs/common';
import { ApiBadRequestResponse, ApiNotFoundResponse, ApiOkResponse, ApiOperation, ApiProperty, ApiTags } from '@nestjs/swagger';
import { IsUUID } from 'class-validator';
import { type AccessRule, mayActFor, type Principal, Secured } from '@consignado/auth';
import { DomainError } from '@consignado/core';
import { Audited } from '../../audit/audited.decorator';
import { PersonalDataSection } from './personal-data.view';

/** The data subject's routes (LGPD art. 18, R-SEC-3): a privacy officer, or the DIGITAL customer for themself. */
export const DATA_SUBJECT_RULE: AccessRule = { scopes: ['privacy'], roles: ['PRIVACY_OFFICER'], dataSubject: true };

export class PersonalDataParams {
  @ApiProperty({ format: 'uuid' })
  @IsUUID()
  customerId!: string;
}

/** Another customer's data answers as a missing customer's does. */
export class PersonalDataNotFoundError extends DomainError {
  constructor() {
    super('PERSONAL_DATA.NOT_FOUND', 'Titular não encontrado');
  }
}

export function assertMayActFor(caller: Principal, customerId: string): void {
  if (!mayActFor(caller, customerId)) throw new PersonalDataNotFoundError();
}

/** A service's `v1/personal-data` controller, under the data subject's rule. */
export const PersonalDataController = (): ClassDecorator => applyDecorators(ApiTags('personal data (LGPD)'), Secured(DATA_SUBJECT_RULE), Controller('v1/personal-data'));

/** Its `GET :customerId`: the service's section of a customer's export, audited as `personal-data.export`. */
export const PersonalDataExport = (service: string, records: string): MethodDecorator =>
  applyDecorators(
    Get(':customerId'),
    Audited('personal-data.export'),
    ApiOperation({ summary: `Dados do titular guardados pelo ${service} (exportação LGPD)` }),
    ApiOkResponse({ type: PersonalDataSection, description: `records: ${records}; erasures applied` }),
    ApiBadRequestResponse({ description: 'REQUEST.INVALID_BODY — customerId não é um UUID' }),
    ApiNotFoundResponse({ description: "PERSONAL_DATA.NOT_FOUND — Titular não encontrado (another customer's data, for a customer's token)" }),
  );
