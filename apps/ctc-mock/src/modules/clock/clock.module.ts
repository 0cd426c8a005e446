import { Module } from '@nestjs/common';
import { SetClockController } from './commands/set-clock/set-clock.controller';
import { GetClockController } from './queries/get-clock/get-clock.controller';
import { TypeOrmDateOverride } from './database/date-override.repository';
import { DATE_OVERRIDE, type DateOverride, ExchangeClock } from './domain/exchange-clock';

/** The exchange's date for deadlines, movable by an operator (tests walk portabilities past them). */
@Module({
  controllers: [SetClockController, GetClockController],
  providers: [
    { provide: DATE_OVERRIDE, useClass: TypeOrmDateOverride },
    { provide: ExchangeClock, inject: [DATE_OVERRIDE], useFactory: (override: DateOverride) => new ExchangeClock(override) },
  ],
  exports: [ExchangeClock],
})
export class ClockModule {}
