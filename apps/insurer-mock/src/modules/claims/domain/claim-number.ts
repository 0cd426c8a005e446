/**
 * The insurer's own number for a claim (its "número do sinistro"): `SIN-<year filed>-<sequence>`,
 * the sequence desk-wide and at least six digits ("SIN-2026-000042").
 */
export const claimNumber = (year: number, sequence: bigint): string => {
  if (sequence < 1n) throw new RangeError(`claim sequence out of range: ${sequence}`);
  return `SIN-${year}-${sequence.toString().padStart(6, '0')}`;
};
