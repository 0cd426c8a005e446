import { Global, Module } from '@nestjs/common';
import { civilDateInBrazil, type IsoDate } from '@consignado/finance';

/** Time as the service sees it; tests replace `now` to move through the regret window (R-PR-8). */
export abstract class Clock {
  abstract now(): Date;

  /** Today's civil date in Brazil (contract dates, the 7-day regret window). */
  today(): IsoDate {
    return civilDateInBrazil(this.now());
  }
}

export class SystemClock extends Clock {
  now(): Date {
    return new Date();
  }
}

@Global()
@Module({ providers: [{ provide: Clock, useClass: SystemClock }], exports: [Clock] })
export class ClockModule {}
