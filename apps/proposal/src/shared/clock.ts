import { Global, Module } from '@nestjs/common';
import { IsoDate } from '@consignado/finance';

/** Time as the service sees it; tests replace `now` to move through the regret window (R-PR-8). */
export abstract class Clock {
  abstract now(): Date;

  /** Today's civil date in Brazil (contract dates, the 7-day regret window). */
  today(): IsoDate {
    return civilDate(this.now());
  }
}

export class SystemClock extends Clock {
  now(): Date {
    return new Date();
  }
}

/** Brazil's legal time for consumer deadlines (CDC art. 49): civil dates in São Paulo. */
const BRAZIL = new Intl.DateTimeFormat('en-CA', { timeZone: 'America/Sao_Paulo', year: 'numeric', month: '2-digit', day: '2-digit' });

/** The civil date (YYYY-MM-DD) of an instant in Brazil's official time zone. */
export function civilDate(instant: Date): IsoDate {
  return IsoDate.of(BRAZIL.format(instant));
}

@Global()
@Module({ providers: [{ provide: Clock, useClass: SystemClock }], exports: [Clock] })
export class ClockModule {}
