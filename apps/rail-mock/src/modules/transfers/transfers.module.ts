import { Module } from '@nestjs/common';
import { ChaosModule } from '../chaos/chaos.module';
import { CreateTransferController } from './commands/create-transfer/create-transfer.controller';
import { CreateTransferHandler } from './commands/create-transfer/create-transfer.handler';
import { ScriptOutcomeController } from './commands/script-outcome/script-outcome.controller';
import { TransferSettlements } from './commands/transfer-settlements';
import { OUTCOME_SCRIPTS, TypeOrmOutcomeScripts } from './database/outcome-script.repository';
import { TRANSFER_REPOSITORY } from './database/transfer.repository';
import { TypeOrmTransferRepository } from './database/typeorm-transfer.repository';
import { GetTransferController } from './queries/get-transfer/get-transfer.controller';
import { ListTransfersController } from './queries/list-transfers/list-transfers.controller';

/** The rail's transfers: filing, settlement or rejection when due, and the admin's outcome scripts. */
@Module({
  imports: [ChaosModule],
  controllers: [CreateTransferController, GetTransferController, ListTransfersController, ScriptOutcomeController],
  providers: [
    { provide: TRANSFER_REPOSITORY, useClass: TypeOrmTransferRepository },
    { provide: OUTCOME_SCRIPTS, useClass: TypeOrmOutcomeScripts },
    TransferSettlements,
    CreateTransferHandler,
  ],
})
export class TransfersModule {}
