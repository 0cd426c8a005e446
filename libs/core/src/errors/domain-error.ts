/**
 * Base of every expected failure in the platform. The `code` is stable and machine-readable
 * (`PROPOSAL.ILLEGAL_TRANSITION`); it survives process boundaries where `instanceof` does not.
 * The `message` is pt-BR, fit to show a customer or partner (D-6). Edges map codes to HTTP
 * statuses or dead-letter records; services never throw HTTP errors.
 */
export class DomainError extends Error {
  /**
   * Whether `details` are meant for the caller (e.g. the id of the customer that already
   * exists). Off by default: details may hold internal data; subclasses opt in.
   */
  readonly exposeDetails: boolean = false;

  constructor(
    readonly code: string,
    message: string,
    readonly details: Record<string, unknown> = {},
  ) {
    super(message);
    this.name = new.target.name;
  }

  toJSON(): { code: string; message: string; details: Record<string, unknown> } {
    return { code: this.code, message: this.message, details: this.details };
  }
}

/** True for any DomainError, including one rebuilt from another realm or process. */
export function isDomainError(value: unknown): value is DomainError {
  return (
    value instanceof DomainError ||
    (value instanceof Error && typeof (value as Partial<DomainError>).code === 'string' && 'details' in value)
  );
}

/**
 * A refused input field: `code` ends in INVALID_* (HTTP 400) and `details.fields` lists the field
 * the way DTO validation does, so callers read every 400 alike (R-X-1).
 */
export function fieldError(code: string, field: string, message: string): DomainError {
  return new DomainError(code, message, { fields: [{ field, constraint: code, message }] });
}
