import { Module } from '@nestjs/common';
import { AverbationModule } from '../averbation/averbation.module';
import { PortabilityModule } from '../portability/portability.module';
import { ContractEndedEventHandler } from './commands/contract-ended/contract-ended.event-handler';

/** Loan's contract endings, fanned out to the averbation and portability modules in one transaction. */
@Module({
  imports: [AverbationModule, PortabilityModule],
  providers: [ContractEndedEventHandler],
})
export class ContractEventsModule {}
