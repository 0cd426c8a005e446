import { registerDecorator, type ValidationArguments } from 'class-validator';
import { dec } from '@consignado/finance';
import { parseApiKeys } from '../modules/access/domain/api-keys';

const PERCENT = /^\d{1,2}(\.\d{1,2})?$/;

/** A percentage as text ("2.5") inside [min, max], compared as decimals (R-PR-5 ranges). */
export function IsPercentWithin(min: string, max: string): PropertyDecorator {
  return (target, propertyName) =>
    registerDecorator({
      name: 'isPercentWithin',
      target: target.constructor,
      propertyName: String(propertyName),
      validator: {
        validate: (value: unknown) => typeof value === 'string' && PERCENT.test(value) && dec(value).gte(dec(min)) && dec(value).lte(dec(max)),
        defaultMessage: (args?: ValidationArguments) => `${args?.property} must be a percentage from ${min} to ${max} (seed 003 §6.3), e.g. "${min}"`,
      },
    });
}

/** The API_KEYS JSON, with every problem named (R-PR-1, R-X-4). */
export function IsApiKeyList(): PropertyDecorator {
  return (target, propertyName) =>
    registerDecorator({
      name: 'isApiKeyList',
      target: target.constructor,
      propertyName: String(propertyName),
      validator: {
        validate: (value: unknown) => typeof value === 'string' && parseApiKeys(value).ok,
        defaultMessage: (args?: ValidationArguments) => {
          const parsed = typeof args?.value === 'string' ? parseApiKeys(args.value) : undefined;
          return parsed && !parsed.ok ? parsed.problems.join('; ') : 'API_KEYS must be a JSON array';
        },
      },
    });
}
