import type { ResultCodec } from '@consignado/service-kit';
import type { Payment } from '../domain/payment';
import { toPayment, toRow } from './payment.mapper';
import { PaymentRow } from './payment.orm-entity';

/** What results stored before the life cycle lack: they were all applied installment payments. */
const BEFORE_LIFE_CYCLE = { purpose: 'INSTALLMENT', unallocated: '0.00', settlement: null, details: null, effect: 'APPLIED' };

/**
 * A payment as an idempotent command's stored result: its row as JSON (paidAt as ISO text). The
 * migration that moved the old keys writes this same shape, without the life-cycle fields.
 */
export const PAYMENT_RESULT: ResultCodec<Payment> = {
  encode: (payment) => ({ ...toRow(payment), paidAt: payment.paidAt.toISOString() }),
  decode: (stored) => {
    const record = stored as Partial<PaymentRow> & { paidAt: string };
    return toPayment(Object.assign(new PaymentRow(), BEFORE_LIFE_CYCLE, record, { paidAt: new Date(record.paidAt) }));
  },
};
