import { DATAPREV_OPERATIONS, type DataprevOperation } from './dataprev-operation';

export type CallCounts = Record<DataprevOperation, number>;

const zero = (): CallCounts => Object.fromEntries(DATAPREV_OPERATIONS.map((op) => [op, 0])) as CallCounts;

/**
 * Calls received per benefit and operation, failed ones included: lets a test prove that a cached
 * answer did not reach Dataprev. Kept in memory, per process.
 */
export class CallLog {
  private readonly byBenefit = new Map<string, CallCounts>();

  record(operation: DataprevOperation, benefitNumber: string | undefined): void {
    if (!benefitNumber) return;
    const counts = this.byBenefit.get(benefitNumber) ?? zero();
    counts[operation] += 1;
    this.byBenefit.set(benefitNumber, counts);
  }

  of(benefitNumber: string): CallCounts {
    return { ...(this.byBenefit.get(benefitNumber) ?? zero()) };
  }
}
