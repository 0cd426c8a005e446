import { ValidateBy } from 'class-validator';
import { FieldCipher, type PiiKeyRing } from '@consignado/core';

/** A PII_KEY_RING that builds a FieldCipher, the reason named when it does not (never the keys). */
export function IsPiiKeyRing(): PropertyDecorator {
  let problem = 'PII_KEY_RING must be JSON { keys, active, lookupKey }';
  return ValidateBy({
    name: 'isPiiKeyRing',
    validator: {
      validate: (value: unknown) => {
        try {
          new FieldCipher(JSON.parse(String(value)) as PiiKeyRing);
          return true;
        } catch (error) {
          problem = error instanceof SyntaxError ? 'PII_KEY_RING must be JSON { keys, active, lookupKey }' : `PII_KEY_RING: ${(error as Error).message}`;
          return false;
        }
      },
      defaultMessage: () => problem,
    },
  });
}
