/**
 * Test hook: the next `count` requests fail with `status` instead of being handled, so that a
 * client's retry and error handling can be exercised. Arming again replaces what is left.
 */
export class FailNext {
  private remaining = 0;
  private status = 0;

  arm(count: number, status: number): void {
    this.remaining = count;
    this.status = status;
  }

  /** The status this request must fail with, or undefined to handle it normally. */
  take(): number | undefined {
    if (this.remaining <= 0) return undefined;
    this.remaining--;
    return this.status;
  }
}
