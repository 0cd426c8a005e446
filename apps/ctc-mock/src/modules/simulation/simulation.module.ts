import { Module } from '@nestjs/common';
import { PortabilityModule } from '../portability/portability.module';
import { OpenIncomingPortabilityController } from './commands/open-incoming-portability/open-incoming-portability.controller';
import { OpenIncomingPortabilityHandler } from './commands/open-incoming-portability/open-incoming-portability.handler';
import { RegisterOriginContractController } from './commands/register-origin-contract/register-origin-contract.controller';
import { RegisterOriginContractHandler } from './commands/register-origin-contract/register-origin-contract.handler';
import { SCHEDULED_ACTIONS, TypeOrmScheduledActionRepository } from './database/scheduled-action.repository';
import { SIMULATED_BANKS, TypeOrmSimulatedBankRepository } from './database/simulated-bank.repository';
import { CounterpartsReader } from './worker/counterparts.reader';
import { PerformActionHandler } from './worker/perform-action.handler';
import { SimulationReactor } from './worker/simulation.reactor';
import { SimulationWorker } from './worker/simulation.worker';

/** The other banks, inside the mock: scripted through the admin API, moving on their own when due. */
@Module({
  imports: [PortabilityModule],
  controllers: [RegisterOriginContractController, OpenIncomingPortabilityController],
  providers: [
    { provide: SIMULATED_BANKS, useClass: TypeOrmSimulatedBankRepository },
    { provide: SCHEDULED_ACTIONS, useClass: TypeOrmScheduledActionRepository },
    CounterpartsReader,
    SimulationReactor,
    PerformActionHandler,
    SimulationWorker,
    RegisterOriginContractHandler,
    OpenIncomingPortabilityHandler,
  ],
})
export class SimulationModule {}
