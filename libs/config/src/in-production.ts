import { ValidateBy, type ValidationOptions } from 'class-validator';

/**
 * A rule that holds only when `APP_ENV=production` (R-SEC-2): development defaults (keys, an
 * adjustable clock, the local identity provider) are refused there, with `message` saying why.
 */
export function InProduction(check: (value: unknown, config: object) => boolean, message: string, options?: ValidationOptions): PropertyDecorator {
  return ValidateBy(
    {
      name: 'inProduction',
      validator: {
        validate: (value, args) => (args?.object as { APP_ENV?: string }).APP_ENV !== 'production' || check(value, args?.object ?? {}),
        defaultMessage: () => message,
      },
    },
    options,
  );
}

/** The usual production rule: the value must differ from its development default. */
export const NotInProduction = (devValue: unknown, message: string): PropertyDecorator => InProduction((v) => v !== devValue, message);
