import { ApiProperty } from '@nestjs/swagger';
import type { WorkoutOptionOffer } from '@consignado/finance';

export class WorkoutInstallmentView {
  @ApiProperty({ example: 1 }) number!: number;
  @ApiProperty({ example: '2026-06-19' }) dueDate!: string;
  @ApiProperty({ example: '271.17' }) amount!: string;
}

/** One feasible option (finance `workoutOption`): the debt less its discount on a Price plan that fits the capacity. */
export class WorkoutOfferView {
  @ApiProperty({ enum: ['LATE_CHARGES_DISCOUNT', 'GRACE', 'LONGER_TERM'] }) option!: string;
  @ApiProperty({ example: '0.5', description: 'Share of fines and mora forgiven (0 but for LATE_CHARGES_DISCOUNT)' }) lateChargesDiscount!: string;
  @ApiProperty({ example: 0, description: 'Days of grace added to the first 30 (0 but for GRACE)' }) graceDays!: number;
  @ApiProperty({ example: 30, description: 'The longest term this option may take' }) maxTermMonths!: number;
  @ApiProperty({ example: '4.04', description: 'Fines and mora forgiven' }) discount!: string;
  @ApiProperty({ example: '1028.50', description: 'consolidated total − discount: the new contract\'s principal' }) debt!: string;
  @ApiProperty({ example: 4, description: 'The shortest term whose installment fits the capacity' }) termMonths!: number;
  @ApiProperty({ example: '271.17' }) installmentAmount!: string;
  @ApiProperty({ example: '2026-06-19' }) firstDueDate!: string;
  @ApiProperty({ example: '1084.68', description: 'Σ installments of the schedule' }) totalPaid!: string;
  @ApiProperty({ type: [WorkoutInstallmentView] }) schedule!: WorkoutInstallmentView[];
}

export class UnavailableWorkoutView {
  @ApiProperty({ enum: ['LATE_CHARGES_DISCOUNT', 'GRACE', 'LONGER_TERM'] }) option!: string;
  @ApiProperty({ example: 'NO_FEASIBLE_TERM' }) code!: string;
  @ApiProperty({ example: 'Nenhum prazo de até 3 meses cabe na capacidade de pagamento informada.' }) message!: string;
}

export function toWorkoutOfferView(o: WorkoutOptionOffer): WorkoutOfferView {
  const { offer } = o;
  return {
    option: o.option, lateChargesDiscount: o.lateChargesDiscount.toString(), graceDays: o.graceDays, maxTermMonths: o.maxTerm.months,
    discount: offer.discount.toString(), debt: offer.debt.toString(), termMonths: offer.term.months, installmentAmount: offer.installment.toString(),
    firstDueDate: offer.dates.firstDueDate.toString(), totalPaid: offer.schedule.totalPaid.toString(),
    schedule: offer.schedule.rows.map((r) => ({ number: r.number, dueDate: offer.dates.dueDate(r.number).toString(), amount: r.installment.toString() })),
  };
}
