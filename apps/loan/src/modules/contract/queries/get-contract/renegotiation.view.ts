import { ApiProperty } from '@nestjs/swagger';
import type { ContractProps } from '../../domain/contract';

/** RENEGOTIATION: the late contract this one replaced and the workout accepted (R-LN-8). */
export class RenegotiationView {
  @ApiProperty({ description: 'The late contract this one replaced (settled RENEGOTIATED)' }) renegotiatedContractId!: string;
  @ApiProperty({ description: 'The settling payment (source RENEGOTIATION)' }) paymentId!: string;
  @ApiProperty({ enum: ['LATE_CHARGES_DISCOUNT', 'GRACE', 'LONGER_TERM'] }) option!: string;
  @ApiProperty({ example: '4.04', description: 'Fines and mora forgiven' }) discount!: string;
  @ApiProperty({ example: '1032.54', description: 'Overdue installments + fines + mora + payoff of the rest, before the discount' }) consolidatedDebt!: string;
  @ApiProperty({ example: '2026-05-20', description: 'The payment date: this contract\'s date' }) effectiveDate!: string;
  @ApiProperty({ enum: ['DIGITAL', 'INTERNAL'], description: 'Who accepted: the customer in the app, or staff for them' }) channel!: string;
}

export function toRenegotiationView(c: ContractProps): RenegotiationView | null {
  const r = c.renegotiation;
  if (!r) return null;
  const { option, discount, consolidatedDebt, channel } = r.terms;
  return { renegotiatedContractId: r.renegotiatedContractId, paymentId: r.paymentId, option, discount, consolidatedDebt, effectiveDate: r.effectiveDate, channel };
}
