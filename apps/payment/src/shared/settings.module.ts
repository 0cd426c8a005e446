import { type DynamicModule, Module } from '@nestjs/common';
import { PaymentConfig } from '../config';

/** The validated configuration, injectable everywhere by its class. */
@Module({})
export class SettingsModule {
  static forRoot(config: PaymentConfig): DynamicModule {
    return { module: SettingsModule, global: true, providers: [{ provide: PaymentConfig, useValue: config }], exports: [PaymentConfig] };
  }
}
