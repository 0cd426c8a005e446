import { Inject, Param } from '@nestjs/common';
import { CurrentPrincipal, type Principal } from '@consignado/auth';
import { PersonalDataController as PersonalDataRoutes, PersonalDataExport, PersonalDataParams, type PersonalDataSection } from '@consignado/service-kit';
import { CUSTOMER_RECORDS, type CustomerRecords } from '../../database/customer-records';
import { ERASURE_DECISIONS, type ErasureDecisions } from '../../database/erasure-decision.repository';
import { personalDataOf } from './personal-data.query';

/** The data subject's access right (LGPD art. 18 II): the privacy officer, or the customer themself. */
@PersonalDataRoutes()
export class PersonalDataController {
  constructor(
    @Inject(CUSTOMER_RECORDS) private readonly records: CustomerRecords,
    @Inject(ERASURE_DECISIONS) private readonly decisions: ErasureDecisions,
  ) {}

  @PersonalDataExport('loan', 'contracts (opened), installments, payments, portability-out and cancellation requests, erasure decisions')
  export(@Param() params: PersonalDataParams, @CurrentPrincipal() caller: Principal): Promise<PersonalDataSection> {
    return personalDataOf(this.records, this.decisions, params.customerId, caller);
  }
}
