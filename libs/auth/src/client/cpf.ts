import { randomInt } from 'node:crypto';

/** A random valid CPF (11 digits, both check digits right): new customers for tests and scripts. */
export function generateCpf(): string {
  let digits: number[];
  do digits = Array.from({ length: 9 }, () => randomInt(10));
  while (digits.every((d) => d === digits[0]));
  digits.push(checkDigit(digits));
  digits.push(checkDigit(digits));
  return digits.join('');
}

function checkDigit(digits: number[]): number {
  const weight = digits.length + 1;
  const rest = digits.reduce((acc, d, i) => acc + d * (weight - i), 0) % 11;
  return rest < 2 ? 0 : 11 - rest;
}
