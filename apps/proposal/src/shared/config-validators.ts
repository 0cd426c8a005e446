import { registerDecorator, type ValidationArguments } from 'class-validator';
import { dec } from '@consignado/finance';

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
