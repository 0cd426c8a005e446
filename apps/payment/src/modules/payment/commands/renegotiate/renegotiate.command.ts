import { fieldError } from '@consignado/core';
import { dec, type Decimal, Money, type WorkoutOption } from '@consignado/finance';
import type { RenegotiateRequestDto } from './renegotiate.request.dto';

/** What POST /v1/renegotiations asks: the option (with its own parameter only) and the offer seen. */
export interface Renegotiate {
  customerId: string;
  contractId: string;
  option: WorkoutOption;
  capacity: Money;
  lateChargesDiscount?: Decimal;
  graceDays?: number;
  installmentAmount: Money;
  termMonths: number;
}

const refused = (field: string, message: string) => fieldError('REQUEST.INVALID_BODY', field, message);

function positive(input: string, field: string): Money {
  const parsed = Money.parsePositive(input, field);
  if (parsed.ok) return parsed.value;
  throw refused(field, parsed.error.message);
}

/** The request's meaning: ids lower-cased, amounts parsed, lateChargesDiscount only with LATE_CHARGES_DISCOUNT and graceDays only with GRACE. */
export function renegotiationOf(body: RenegotiateRequestDto): Renegotiate {
  const { option } = body;
  if (body.lateChargesDiscount !== undefined && option !== 'LATE_CHARGES_DISCOUNT') throw refused('lateChargesDiscount', `lateChargesDiscount só se aplica a LATE_CHARGES_DISCOUNT, não a ${option}`);
  if (body.graceDays !== undefined && option !== 'GRACE') throw refused('graceDays', `graceDays só se aplica a GRACE, não a ${option}`);
  return {
    customerId: body.customerId.toLowerCase(),
    contractId: body.contractId.toLowerCase(),
    option,
    capacity: positive(body.capacity, 'capacity'),
    ...(body.lateChargesDiscount !== undefined ? { lateChargesDiscount: dec(body.lateChargesDiscount) } : {}),
    ...(body.graceDays !== undefined ? { graceDays: body.graceDays } : {}),
    installmentAmount: positive(body.installmentAmount, 'installmentAmount'),
    termMonths: body.termMonths,
  };
}

/** What an Idempotency-Key vouches for: the meaning ("0.50" and "0.5" are the same share, "300" and "300.00" the same capacity). */
export function contentOf(command: Renegotiate): Record<string, unknown> {
  const { lateChargesDiscount, capacity, installmentAmount, ...rest } = command;
  const share = lateChargesDiscount === undefined ? {} : { lateChargesDiscount: lateChargesDiscount.toString() };
  return { ...rest, ...share, capacity: capacity.toString(), installmentAmount: installmentAmount.toString() };
}
