import { type ValidationArguments, ValidatorConstraint, type ValidatorConstraintInterface } from 'class-validator';

/** `@Validate(AtLeast, ['X_BASE_MS'])` on a variable: it must be at least the named one (a range's maximum over its minimum). */
@ValidatorConstraint({ name: 'atLeast' })
export class AtLeast implements ValidatorConstraintInterface {
  validate(value: number, args: ValidationArguments): boolean {
    const minimum = (args.object as Record<string, unknown>)[args.constraints[0] as string];
    return typeof minimum === 'number' && value >= minimum;
  }

  defaultMessage(args: ValidationArguments): string {
    return `${args.property} must be at least ${String(args.constraints[0])}`;
  }
}
