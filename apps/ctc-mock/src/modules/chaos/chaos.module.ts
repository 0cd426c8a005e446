import { Module } from '@nestjs/common';
import type { Registry } from 'prom-client';
import { CHAOS_SUBJECT, ChaosService } from '@consignado/mock-kit';
import { METRICS_REGISTRY } from '@consignado/service-kit';
import { CtcMockConfig } from '../../config';
import { ScriptChaosController } from './commands/script-chaos/script-chaos.controller';
import { UpdateChaosController } from './commands/update-chaos/update-chaos.controller';
import { ctcChaos, ctcSubject } from './ctc-chaos';
import { CountCallsController } from './queries/count-calls/count-calls.controller';
import { GetChaosController } from './queries/get-chaos/get-chaos.controller';

/** Slowness and instability of the participant API (libs/mock-kit), and the admin API that steers them. */
@Module({
  controllers: [GetChaosController, UpdateChaosController, ScriptChaosController, CountCallsController],
  providers: [
    { provide: ChaosService, inject: [CtcMockConfig, METRICS_REGISTRY], useFactory: (config: CtcMockConfig, registry: Registry) => ctcChaos(config, registry) },
    { provide: CHAOS_SUBJECT, useValue: ctcSubject },
  ],
  exports: [ChaosService, CHAOS_SUBJECT],
})
export class ChaosModule {}
