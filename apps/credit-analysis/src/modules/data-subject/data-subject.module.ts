import { Module } from '@nestjs/common';
import { ContractProjectionModule } from '../contract-projection/contract-projection.module';
import { PersonalizationModule } from '../personalization/personalization.module';
import { AnonymizeCustomerHandler } from './commands/anonymize-customer/anonymize-customer.handler';
import { ErasureDecidedEventHandler } from './commands/anonymize-customer/erasure-decided.event-handler';
import { CUSTOMER_ANONYMIZER, SqlCustomerAnonymizer } from './database/customer-anonymizer';
import { CUSTOMER_RECORDS, TypeOrmCustomerRecords } from './database/customer-records';
import { PersonalDataController } from './queries/export-personal-data/personal-data.controller';

/** The data subject's rights here (LGPD art. 18, R-SEC-3): the export of what the service holds, and the anonymization loan decides. */
@Module({
  imports: [ContractProjectionModule, PersonalizationModule],
  controllers: [PersonalDataController],
  providers: [
    { provide: CUSTOMER_RECORDS, useClass: TypeOrmCustomerRecords },
    { provide: CUSTOMER_ANONYMIZER, useClass: SqlCustomerAnonymizer },
    AnonymizeCustomerHandler,
    ErasureDecidedEventHandler,
  ],
})
export class DataSubjectModule {}
