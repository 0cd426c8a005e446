const ALPHANUMERIC = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789';

/**
 * A PIX end-to-end id (Bacen's format, 32 characters): 'E', the payer's ISPB (8 digits), the
 * filing's date and time in UTC (yyyyMMddHHmm) and 11 alphanumerics drawn from `random`.
 */
export function endToEndId(payerIspb: string, at: Date, random: () => number = Math.random): string {
  if (!/^[0-9]{8}$/.test(payerIspb)) throw new RangeError(`ISPB must have 8 digits: ${payerIspb}`);
  const stamp = at.toISOString().replace(/[-:T]/g, '').slice(0, 12);
  let tail = '';
  for (let i = 0; i < 11; i++) tail += ALPHANUMERIC[Math.floor(random() * ALPHANUMERIC.length)];
  return `E${payerIspb}${stamp}${tail}`;
}

export const END_TO_END_ID = /^E[0-9]{8}[0-9]{12}[A-Za-z0-9]{11}$/;
