import type { EffectiveDated, FinanceError, IsoDate, ParameterVersion, ProductCode } from '@consignado/finance';

/** Raised inside an evaluation when a parameter has no version on the contract date. */
export class ParameterNotInForce extends Error {
  constructor(readonly error: FinanceError) {
    super(error.message);
  }
}

/**
 * The parameter versions one evaluation used, all read on the contract date. The decision's
 * version is `<PRODUCT>@<newest effective date among them>`: the registries only grow forward,
 * so that date names exactly the set of versions in force (D-1); the ids themselves are kept too.
 */
export class ParameterTrail {
  private readonly used = new Map<string, ParameterVersion<unknown>>();

  constructor(readonly date: IsoDate) {}

  at<T>(parameter: EffectiveDated<T>): ParameterVersion<T> {
    const found = parameter.at(this.date);
    if (!found.ok) throw new ParameterNotInForce(found.error);
    this.used.set(found.value.id, found.value);
    return found.value;
  }

  ids(): string[] {
    return [...this.used.keys()];
  }

  decisionVersion(product: ProductCode): string {
    const dates = [...this.used.values()].map((v) => v.effectiveFrom.toString()).sort();
    return `${product}@${dates.length === 0 ? 'none' : dates[dates.length - 1]}`;
  }
}
