import { type DynamicModule, Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { ServiceConfigModule } from '@consignado/config';
import { ServiceKitModule } from '@consignado/service-kit';
import { CtcMockConfig } from './config';
import { databaseOptions } from './database';
import { ChaosModule } from './modules/chaos/chaos.module';
import { ClockModule } from './modules/clock/clock.module';
import { PortabilityModule } from './modules/portability/portability.module';
import { SimulationModule } from './modules/simulation/simulation.module';

/** The mock CTC (R-LN-11): an HTTP server of its own, no Kafka; ready when PostgreSQL answers. */
@Module({})
export class AppModule {
  static register(config: CtcMockConfig): DynamicModule {
    return {
      module: AppModule,
      imports: [
        ServiceConfigModule.forRoot(config),
        TypeOrmModule.forRootAsync({ useFactory: () => databaseOptions(config) }),
        ServiceKitModule.forRoot({
          service: 'ctc-mock',
          readiness: { inject: [DataSource], useFactory: (ds: DataSource) => [{ name: 'postgres', check: async () => void (await ds.query('SELECT 1')) }] },
        }),
        ChaosModule,
        ClockModule,
        PortabilityModule,
        SimulationModule,
      ],
    };
  }
}
