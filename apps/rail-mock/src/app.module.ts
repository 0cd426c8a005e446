import { type DynamicModule, Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { ServiceConfigModule } from '@consignado/config';
import { ServiceKitModule } from '@consignado/service-kit';
import { RailMockConfig } from './config';
import { databaseOptions } from './database';
import { ChaosModule } from './modules/chaos/chaos.module';
import { TransfersModule } from './modules/transfers/transfers.module';

/** The mock payment rail (PIX/SPI): an HTTP server of its own, no Kafka; ready when PostgreSQL answers. */
@Module({})
export class AppModule {
  static register(config: RailMockConfig): DynamicModule {
    return {
      module: AppModule,
      imports: [
        ServiceConfigModule.forRoot(config),
        TypeOrmModule.forRootAsync({ useFactory: () => databaseOptions(config) }),
        ServiceKitModule.forRoot({
          service: 'rail-mock',
          readiness: { inject: [DataSource], useFactory: (ds: DataSource) => [{ name: 'postgres', check: async () => void (await ds.query('SELECT 1')) }] },
        }),
        ChaosModule,
        TransfersModule,
      ],
    };
  }
}
