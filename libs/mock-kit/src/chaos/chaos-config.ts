import { type ValidationArguments, ValidatorConstraint, type ValidatorConstraintInterface } from 'class-validator';
import { parseOutages } from './domain/outage-window';

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
