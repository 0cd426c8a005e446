import { ApiProperty } from '@nestjs/swagger';
import { WORKOUT_OPTIONS } from '@consignado/contracts';
import type { Payment } from '../../domain/payment';

export const RENEGOTIATION_RECORDED = 'Renegociação registrada com sucesso: o contrato em atraso foi liquidado e a dívida passa ao novo contrato.';

/** Answer to POST /v1/renegotiations: the settling payment and the terms the new contract will have. */
export class RenegotiationView {
  @ApiProperty({ format: 'uuid' }) renegotiationId!: string;
  @ApiProperty({ format: 'uuid', description: 'The settling payment (source RENEGOTIATION, GET /v1/payments/{paymentId})' }) paymentId!: string;
  @ApiProperty({ format: 'uuid', description: 'The late contract, now settled' }) contractId!: string;
  @ApiProperty({ format: 'uuid', description: 'The RENEGOTIATION contract loan opens with the debt' }) newContractId!: string;
  @ApiProperty({ enum: WORKOUT_OPTIONS }) option!: string;
  @ApiProperty({ example: '2026-06-09', description: 'Payment\'s business date the workout was valued on' }) date!: string;
  @ApiProperty({ example: '1045.30', description: 'Overdue installments + fines + mora + payoff of the rest' }) consolidatedDebt!: string;
  @ApiProperty({ example: '6.18', description: 'Fines and mora forgiven' }) discount!: string;
  @ApiProperty({ example: '1039.12', description: 'consolidatedDebt − discount: the new contract\'s principal' }) debt!: string;
  @ApiProperty({ example: 4 }) termMonths!: number;
  @ApiProperty({ example: '272.89' }) installmentAmount!: string;
  @ApiProperty({ example: '2026-07-09' }) firstDueDate!: string;
  @ApiProperty({ example: RENEGOTIATION_RECORDED }) message!: string;
}

export function renegotiationViewOf(payment: Payment): RenegotiationView {
  const terms = payment.settlement?.renegotiation;
  const newContractId = payment.settlement?.replacedByContractId;
  if (!terms || !newContractId) throw new Error(`payment ${payment.paymentId} is not a renegotiation`);
  const { renegotiationId, option, consolidatedDebt, discount, termMonths, installmentAmount, firstDueDate } = terms;
  const { paymentId, contractId } = payment;
  const date = payment.paymentDate.toString();
  const debt = payment.unallocated.toString();
  return { renegotiationId, paymentId, contractId, newContractId, option, date, consolidatedDebt, discount, debt, termMonths, installmentAmount, firstDueDate, message: RENEGOTIATION_RECORDED };
}
