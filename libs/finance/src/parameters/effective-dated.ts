import { FinanceError } from '../errors/finance-error';
import { Result, err, ok } from '../errors/result';
import { IsoDate } from '../dates/iso-date';

/** One version of a parameter set: its id is what a decision records (D-1). */
export interface ParameterVersion<T> {
  readonly id: string;
  /** First day (inclusive) on which this version is in force. */
  readonly effectiveFrom: IsoDate;
  /** Where the value comes from (regulation, seed section, decision id). */
  readonly source: string;
  readonly value: T;
}

/**
 * A parameter whose value changes over time (rate caps, maximum terms, margins…). Each version is
 * in force from its date until the next version's date. Rules ask "what was in force on date D"
 * and record the version id they used, so a decision can be replayed years later.
 */
export class EffectiveDated<T> {
  private readonly ordered: readonly ParameterVersion<T>[];

  constructor(
    readonly name: string,
    versions: readonly ParameterVersion<T>[],
  ) {
    if (versions.length === 0) throw new Error(`${name}: at least one version is required`);
    this.ordered = [...versions].sort((a, b) => a.effectiveFrom.epochDay - b.effectiveFrom.epochDay);
    for (let k = 1; k < this.ordered.length; k++) {
      if (this.ordered[k].effectiveFrom.equals(this.ordered[k - 1].effectiveFrom)) {
        throw new Error(`${name}: two versions start on ${this.ordered[k].effectiveFrom.toString()}`);
      }
    }
  }

  /** The version in force on `date`; NO_PARAMETER_IN_FORCE before the first version. */
  at(date: IsoDate): Result<ParameterVersion<T>> {
    for (let k = this.ordered.length - 1; k >= 0; k--) {
      if (!this.ordered[k].effectiveFrom.isAfter(date)) return ok(this.ordered[k]);
    }
    return err(
      new FinanceError(
        'NO_PARAMETER_IN_FORCE',
        `Não há parâmetro "${this.name}" vigente em ${date.toString()} (vigência a partir de ${this.ordered[0].effectiveFrom.toString()}).`,
        'date',
      ),
    );
  }

  /** The most recent version (for callers without a reference date, e.g. an informative quote). */
  latest(): ParameterVersion<T> {
    return this.ordered[this.ordered.length - 1];
  }

  /** Every version, oldest first. */
  versions(): readonly ParameterVersion<T>[] {
    return this.ordered;
  }
}
