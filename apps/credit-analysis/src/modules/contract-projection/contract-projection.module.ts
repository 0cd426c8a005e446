import { Module } from '@nestjs/common';
import { CLOCK, systemClock } from '../analysis/domain/clock';
import { ContractPositionChangedEventHandler } from './commands/project-position/contract-position-changed.event-handler';
import { ProjectPositionHandler } from './commands/project-position/project-position.handler';
import { CONTRACT_POSITIONS, TypeOrmContractPositions } from './database/contract-position.repository';
import { GetContractPositionController } from './queries/get-contract-position/get-contract-position.controller';

/**
 * The customers' contracts as loan publishes them (ContractPositionChanged, event-carried state):
 * what refinancing and the public-servant margin read, never loan's tables (docs/life-cycle.md).
 */
@Module({
  controllers: [GetContractPositionController],
  providers: [
    { provide: CLOCK, useValue: systemClock },
    { provide: CONTRACT_POSITIONS, useClass: TypeOrmContractPositions },
    ProjectPositionHandler,
    ContractPositionChangedEventHandler,
  ],
  exports: [CONTRACT_POSITIONS],
})
export class ContractProjectionModule {}
