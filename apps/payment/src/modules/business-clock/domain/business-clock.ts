import { civilDateInBrazil, IsoDate } from '@consignado/finance';

/**
 * The date business rules run on (reminders, late charges, "not in the future"). Every instance
 * must agree on it, so an operator's adjustment is stored, not kept in memory.
 */
export interface BusinessClock {
  /** The adjusted business date if one is set, else the civil date in São Paulo. */
  today(): Promise<IsoDate>;
  /** The real instant, for timestamps (paidAt, receivedAt). */
  now(): Date;
}

export const BUSINESS_CLOCK = Symbol('BUSINESS_CLOCK');

/** Where the operator's adjustment lives: one row shared by every instance. */
export interface BusinessDateOverride {
  read(): Promise<IsoDate | undefined>;
  /** `null` returns to the system date. */
  write(today: IsoDate | null, at: Date): Promise<void>;
}

export const BUSINESS_DATE_OVERRIDE = Symbol('BUSINESS_DATE_OVERRIDE');

/** The production clock: the stored adjustment, else the system date in Brazil. */
export class AdjustableBusinessClock implements BusinessClock {
  constructor(
    private readonly override: BusinessDateOverride,
    private readonly systemNow: () => Date = () => new Date(),
  ) {}

  async today(): Promise<IsoDate> {
    return (await this.override.read()) ?? civilDateInBrazil(this.systemNow());
  }

  now(): Date {
    return this.systemNow();
  }
}

/** A clock stuck on one business date (tests inject it through AppModule.register). */
export function fixedBusinessClock(today: string, now: Date = new Date()): BusinessClock {
  const date = IsoDate.of(today);
  return { today: async () => date, now: () => now };
}
