import { type DynamicModule, Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { ServiceConfigModule } from '@consignado/config';
import { ServiceKitModule } from '@consignado/service-kit';
import { InsurerMockConfig } from './config';
import { databaseOptions } from './database';
import { ChaosModule } from './modules/chaos/chaos.module';
import { ClaimsModule } from './modules/claims/claims.module';

/** The mock insurer's claims desk: an HTTP server of its own, no Kafka; ready when PostgreSQL answers. */
@Module({})
export class AppModule {
  static register(config: InsurerMockConfig): DynamicModule {
    return {
      module: AppModule,
      imports: [
        ServiceConfigModule.forRoot(config),
        TypeOrmModule.forRootAsync({ useFactory: () => databaseOptions(config) }),
        ServiceKitModule.forRoot({
          service: 'insurer-mock',
          readiness: { inject: [DataSource], useFactory: (ds: DataSource) => [{ name: 'postgres', check: async () => void (await ds.query('SELECT 1')) }] },
        }),
        ChaosModule,
        ClaimsModule,
      ],
    };
  }
}
