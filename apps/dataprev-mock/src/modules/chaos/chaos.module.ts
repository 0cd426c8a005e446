import { Module } from '@nestjs/common';
import { ChaosService } from './chaos.service';
import { ScriptChaosController } from './commands/script-chaos/script-chaos.controller';
import { UpdateChaosController } from './commands/update-chaos/update-chaos.controller';
import { CountCallsController } from './queries/count-calls/count-calls.controller';
import { GetChaosController } from './queries/get-chaos/get-chaos.controller';

/** Slowness and instability of the mock (R-AV-1), and the admin API that steers them. */
@Module({
  controllers: [GetChaosController, UpdateChaosController, ScriptChaosController, CountCallsController],
  providers: [ChaosService],
  exports: [ChaosService],
})
export class ChaosModule {}
