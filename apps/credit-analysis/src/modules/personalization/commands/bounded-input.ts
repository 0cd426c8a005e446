import { DomainError } from '@consignado/core';

/** Seed 004: the rules take at most 5,000 characters of input (RF1; RF2 7,000 with the profile it carries). */
export const MAX_INPUT_CHARACTERS = 5000;

export function boundedInput(body: unknown): void {
  const size = JSON.stringify(body ?? {}).length;
  if (size > MAX_INPUT_CHARACTERS) {
    throw new DomainError('PERSONALIZATION.INVALID_INPUT_SIZE', `A entrada tem ${size} caracteres; o limite é ${MAX_INPUT_CHARACTERS}.`);
  }
}
