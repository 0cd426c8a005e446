import type { ResultCodec } from '@consignado/service-kit';
import type { Payment } from '../domain/payment';
import { toPayment, toRow } from './payment.mapper';
import { PaymentRow } from './payment.orm-entity';

/**
 * A payment as an idempotent command's stored result: its row as JSON (paidAt as ISO text). The
 * migration that moved the old keys writes this same shape.
 */
export const PAYMENT_RESULT: ResultCodec<Payment> = {
  encode: (payment) => ({ ...toRow(payment), paidAt: payment.paidAt.toISOString() }),
  decode: (stored) => {
    const record = stored as PaymentRow & { paidAt: string };
    return toPayment(Object.assign(new PaymentRow(), record, { paidAt: new Date(record.paidAt) }));
  },
};
