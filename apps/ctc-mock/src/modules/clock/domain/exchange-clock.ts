import { civilDateInBrazil, type IsoDate } from '@consignado/finance';
import type { ExchangeTime } from '../../portability/domain/deadline-policy';

/** Where an operator's date lives: one row shared by every instance of the mock. */
export interface DateOverride {
  read(): Promise<IsoDate | undefined>;
  /** `null` returns to the system date. */
  write(today: IsoDate | null, at: Date): Promise<void>;
}

export const DATE_OVERRIDE = Symbol('DATE_OVERRIDE');

/**
 * The exchange's "today" for deadlines: the date in America/Sao_Paulo unless an operator moved it
 * (PUT /admin/clock), so tests can walk a portability past its business-day deadlines.
 */
export class ExchangeClock {
  constructor(
    private readonly override: DateOverride,
    private readonly systemNow: () => Date = () => new Date(),
  ) {}

  async today(): Promise<IsoDate> {
    return (await this.override.read()) ?? civilDateInBrazil(this.systemNow());
  }

  now(): Date {
    return this.systemNow();
  }

  async time(): Promise<ExchangeTime> {
    return { today: await this.today(), now: this.now() };
  }
}
