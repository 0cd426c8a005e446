import { Module } from '@nestjs/common';
import { CHAOS_SUBJECT } from '@consignado/mock-kit';
import { BeneficiaryModule } from '../beneficiary/beneficiary.module';
import { ChaosModule } from '../chaos/chaos.module';
import { benefitOfCall } from '../chaos/dataprev-chaos';
import { AlterController } from './commands/alter/alter.controller';
import { AlterHandler } from './commands/alter/alter.handler';
import { CancelController } from './commands/cancel/cancel.controller';
import { CancelHandler } from './commands/cancel/cancel.handler';
import { RegisterController } from './commands/register/register.controller';
import { RegisterHandler } from './commands/register/register.handler';
import { REGISTRATION_REPOSITORY, type RegistrationRepository, TypeOrmRegistrationRepository } from './database/registration.repository';
import { ListRegistrationsController } from './queries/list-registrations/list-registrations.controller';
import { ListRegistrationsHandler } from './queries/list-registrations/list-registrations.handler';
import { QueryMarginController } from './queries/query-margin/query-margin.controller';
import { QueryMarginHandler } from './queries/query-margin/query-margin.handler';

/** The four Dataprev operations of seed 003 §5.1 and "Alterar contrato" over the registry of averbações. */
@Module({
  imports: [BeneficiaryModule, ChaosModule],
  controllers: [QueryMarginController, RegisterController, AlterController, CancelController, ListRegistrationsController],
  providers: [
    QueryMarginHandler,
    RegisterHandler,
    AlterHandler,
    CancelHandler,
    ListRegistrationsHandler,
    { provide: REGISTRATION_REPOSITORY, useClass: TypeOrmRegistrationRepository },
    // Chaos scripts name a benefit; a cancellation or an alteration names only its protocol.
    { provide: CHAOS_SUBJECT, inject: [REGISTRATION_REPOSITORY], useFactory: (r: RegistrationRepository) => benefitOfCall((p) => r.benefitOfProtocol(p)) },
  ],
})
export class RegistrationModule {}
