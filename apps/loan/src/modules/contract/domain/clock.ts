/** Time as the domain sees it; injectable so windows such as the right of regret are testable. */
export interface Clock {
  now(): Date;
}

export const CLOCK = Symbol('CLOCK');

export const systemClock: Clock = { now: () => new Date() };
