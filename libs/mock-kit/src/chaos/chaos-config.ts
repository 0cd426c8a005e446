import { type ValidationArguments, ValidatorConstraint, type ValidatorConstraintInterface } from 'class-validator';
import { parseOutages } from './domain/outage-window';

/** `@Validate(LatencyAtLeast, ['X_LATENCY_MIN_MS'])` on the maximum: max ≥ the named minimum. */
@ValidatorConstraint({ name: 'latencyRange' })
export class LatencyAtLeast implements ValidatorConstraintInterface {
  validate(max: number, args: ValidationArguments): boolean {
    const minimum = (args.object as Record<string, unknown>)[args.constraints[0] as string];
    return typeof minimum === 'number' && max >= minimum;
  }

  defaultMessage(args: ValidationArguments): string {
    return `${args.property} must be at least ${String(args.constraints[0])}`;
  }
}

/** Outage windows in a configuration variable (see parseOutages). */
@ValidatorConstraint({ name: 'outageWindows' })
export class OutageWindows implements ValidatorConstraintInterface {
  validate(text: string): boolean {
    return parseOutages(text).ok;
  }

  defaultMessage(args: ValidationArguments): string {
    return `${args.property} must be comma-separated windows like "every 60s for 10s" or "22:00-23:30" (Brasília time)`;
  }
}

/** The windows of a validated outages variable, as ChaosSettingsValues wants them. */
export function outageList(text: string): string[] {
  return text
    .split(',')
    .map((s) => s.trim())
    .filter(Boolean);
}
