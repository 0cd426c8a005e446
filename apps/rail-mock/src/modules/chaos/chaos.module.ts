import { Module } from '@nestjs/common';
import type { Registry } from 'prom-client';
import { CHAOS_SUBJECT, ChaosService } from '@consignado/mock-kit';
import { METRICS_REGISTRY } from '@consignado/service-kit';
import { RailMockConfig } from '../../config';
import { ScriptChaosController } from './commands/script-chaos/script-chaos.controller';
import { UpdateChaosController } from './commands/update-chaos/update-chaos.controller';
import { railChaos, railSubject } from './rail-chaos';
import { CountCallsController } from './queries/count-calls/count-calls.controller';
import { GetChaosController } from './queries/get-chaos/get-chaos.controller';

/** Slowness and instability of the transfers API (libs/mock-kit), and the admin API that steers them. */
@Module({
  controllers: [GetChaosController, UpdateChaosController, ScriptChaosController, CountCallsController],
  providers: [
    { provide: ChaosService, inject: [RailMockConfig, METRICS_REGISTRY], useFactory: (config: RailMockConfig, registry: Registry) => railChaos(config, registry) },
    { provide: CHAOS_SUBJECT, useValue: railSubject },
  ],
  exports: [ChaosService, CHAOS_SUBJECT],
})
export class ChaosModule {}
