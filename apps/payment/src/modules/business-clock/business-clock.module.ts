import { type DynamicModule, Module } from '@nestjs/common';
import { AdjustClockController } from './commands/adjust-clock/adjust-clock.controller';
import { TypeOrmBusinessDateOverride } from './database/business-date-override.repository';
import { AdjustableBusinessClock, BUSINESS_CLOCK, BUSINESS_DATE_OVERRIDE, type BusinessClock, type BusinessDateOverride } from './domain/business-clock';
import { GetClockController } from './queries/get-clock/get-clock.controller';

/**
 * The business clock every rule reads, and the admin API that adjusts it. A clock given here
 * (tests) replaces the stored adjustment and the system date.
 */
@Module({})
export class BusinessClockModule {
  static register(clock?: BusinessClock): DynamicModule {
    return {
      module: BusinessClockModule,
      global: true,
      controllers: [GetClockController, AdjustClockController],
      providers: [
        { provide: BUSINESS_DATE_OVERRIDE, useClass: TypeOrmBusinessDateOverride },
        {
          provide: BUSINESS_CLOCK,
          inject: [BUSINESS_DATE_OVERRIDE],
          useFactory: (override: BusinessDateOverride): BusinessClock => clock ?? new AdjustableBusinessClock(override),
        },
      ],
      exports: [BUSINESS_CLOCK],
    };
  }
}
