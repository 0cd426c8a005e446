import { ApiProperty } from '@nestjs/swagger';
import type { WorkoutOffers } from '../../domain/workout-offers';
import { toWorkoutOfferView, UnavailableWorkoutView, WorkoutOfferView } from './workout-offer.view';

/** The late contract's debt on the date (the payoff quote's CONSOLIDATED_DEBT). */
export class ConsolidatedDebtView {
  @ApiProperty({ example: 1 }) overdueCount!: number;
  @ApiProperty({ example: '346.75' }) overdueAmount!: string;
  @ApiProperty({ example: '6.94' }) fine!: string;
  @ApiProperty({ example: '1.14' }) mora!: string;
  @ApiProperty({ example: '677.71', description: 'Payoff of the rows after the overdue ones' }) remainingPayoff!: string;
  @ApiProperty({ example: '1032.54', description: 'overdueAmount + fine + mora + remainingPayoff' }) total!: string;
}

/** The workout policy in force on the date (libs/finance parameters `workout`). */
export class WorkoutLimitsView {
  @ApiProperty({ example: '0.5' }) maxLateChargesDiscount!: string;
  @ApiProperty({ example: 90 }) maxGraceDays!: number;
  @ApiProperty({ example: 30, description: 'The product\'s longest term on the date' }) maxTermMonths!: number;
  @ApiProperty({ example: 'WORKOUT-50-90' }) parameterVersion!: string;
}

/** Renegotiations of a late contract (R-LN-8, docs/life-cycle.md): feasible options and the others with why. */
export class WorkoutOffersView {
  @ApiProperty() contractId!: string;
  @ApiProperty({ example: '2026-05-20' }) date!: string;
  @ApiProperty({ example: '300.00' }) capacity!: string;
  @ApiProperty({ type: ConsolidatedDebtView }) consolidated!: ConsolidatedDebtView;
  @ApiProperty({ type: WorkoutLimitsView }) limits!: WorkoutLimitsView;
  @ApiProperty({ type: [WorkoutOfferView] }) offers!: WorkoutOfferView[];
  @ApiProperty({ type: [UnavailableWorkoutView] }) unavailable!: UnavailableWorkoutView[];
}

export function toWorkoutOffersView(contractId: string, w: WorkoutOffers): WorkoutOffersView {
  const { quote: q, limits: l } = w;
  return {
    contractId, date: w.date.toString(), capacity: w.capacity.toString(),
    consolidated: {
      overdueCount: q.overdue.length, overdueAmount: q.overdueAmount.toString(), fine: q.fine.toString(), mora: q.mora.toString(),
      remainingPayoff: q.rest.payoff.toString(), total: q.amount.toString(),
    },
    limits: { maxLateChargesDiscount: l.maxLateChargesDiscount.toString(), maxGraceDays: l.maxGraceDays, maxTermMonths: l.maxTermMonths, parameterVersion: l.parameterVersion },
    offers: w.offers.map(toWorkoutOfferView),
    unavailable: w.unavailable.map((u) => ({ ...u })),
  };
}
