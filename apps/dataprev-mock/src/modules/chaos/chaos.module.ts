import { Module } from '@nestjs/common';
import type { Registry } from 'prom-client';
import { ChaosService } from '@consignado/mock-kit';
import { METRICS_REGISTRY } from '@consignado/service-kit';
import { DataprevMockConfig } from '../../config';
import { ScriptChaosController } from './commands/script-chaos/script-chaos.controller';
import { UpdateChaosController } from './commands/update-chaos/update-chaos.controller';
import { dataprevChaos } from './dataprev-chaos';
import { CountCallsController } from './queries/count-calls/count-calls.controller';
import { GetChaosController } from './queries/get-chaos/get-chaos.controller';

/** Slowness and instability of the mock (R-AV-1), and the admin API that steers them. */
@Module({
  controllers: [GetChaosController, UpdateChaosController, ScriptChaosController, CountCallsController],
  providers: [{ provide: ChaosService, inject: [DataprevMockConfig, METRICS_REGISTRY], useFactory: (config: DataprevMockConfig, registry: Registry) => dataprevChaos(config, registry) }],
  exports: [ChaosService],
})
export class ChaosModule {}
