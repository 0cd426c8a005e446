import { type DynamicModule, Module } from '@nestjs/common';
import { CLOCK, type Clock } from '../contract/domain/clock';
import { DecideErasureHandler } from './commands/decide-erasure/decide-erasure.handler';
import { ErasureRequestedEventHandler } from './commands/decide-erasure/erasure-requested.event-handler';
import { CUSTOMER_CONTRACTS, SqlCustomerContracts } from './database/customer-contracts';
import { CUSTOMER_RECORDS, TypeOrmCustomerRecords } from './database/customer-records';
import { ERASURE_DECISIONS, SqlErasureDecisions } from './database/erasure-decision.repository';
import { PersonalDataController } from './queries/export-personal-data/personal-data.controller';

/** The data subject's rights at loan (LGPD art. 16, 18; R-SEC-3): the erasure decision every service follows, and the export. */
@Module({})
export class DataSubjectModule {
  static register(clock: Clock): DynamicModule {
    return {
      module: DataSubjectModule,
      controllers: [PersonalDataController],
      providers: [
        { provide: CLOCK, useValue: clock },
        { provide: CUSTOMER_CONTRACTS, useClass: SqlCustomerContracts },
        { provide: ERASURE_DECISIONS, useClass: SqlErasureDecisions },
        { provide: CUSTOMER_RECORDS, useClass: TypeOrmCustomerRecords },
        DecideErasureHandler,
        ErasureRequestedEventHandler,
      ],
    };
  }
}
