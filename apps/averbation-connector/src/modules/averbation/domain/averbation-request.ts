import type { EventEnvelope, PayloadOf } from '@consignado/contracts';

/**
 * Only INSS consignado deductions are registered at Dataprev (seed 003 §5). Any other product is
 * refused at once with a final AverbationFailed, so the loan service learns it instead of waiting.
 */
export function unsupportedProduct(request: EventEnvelope<'AverbationRequested'>, now: Date): PayloadOf<'AverbationFailed'> | undefined {
  const p = request.payload;
  if (p.product === 'INSS_CONSIGNADO') return undefined;
  return {
    contractId: p.contractId,
    proposalId: p.proposalId,
    code: 'AVERBATION.UNSUPPORTED_PRODUCT',
    message: 'Averbação na Dataprev só se aplica ao consignado INSS.',
    retryable: false,
    attempts: 1,
    lastAttemptAt: now.toISOString(),
  };
}
