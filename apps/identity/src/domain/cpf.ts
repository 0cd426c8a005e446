/** Digits of a CPF typed with or without its usual punctuation (123.456.789-09). */
export function normalizeCpf(input: string): string {
  return input.replace(/[.\-\s]/g, '');
}

/** True for 11 digits whose two check digits match (mod 11) and that are not all the same digit. */
export function isValidCpf(input: string): boolean {
  const cpf = normalizeCpf(input);
  if (!/^\d{11}$/.test(cpf) || /^(\d)\1{10}$/.test(cpf)) return false;
  const digits = [...cpf].map(Number);
  return checkDigit(digits.slice(0, 9)) === digits[9] && checkDigit(digits.slice(0, 10)) === digits[10];
}

/** The check digit of the given leading digits: weights n+1 … 2, remainder 0 or 1 gives 0. */
function checkDigit(digits: number[]): number {
  const weight = digits.length + 1;
  const sum = digits.reduce((acc, d, i) => acc + d * (weight - i), 0);
  const rest = sum % 11;
  return rest < 2 ? 0 : 11 - rest;
}
