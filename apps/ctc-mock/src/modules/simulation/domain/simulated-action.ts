/**
 * The simulated banks' moves, performed by the worker when due: the origin answers (as its
 * behaviour says), refuses an unknown contract, refuses after retaining, settles (or returns) a
 * transfer; the destination acts on the answer (transfers or cancels).
 */
export const SIMULATED_ACTIONS = ['ORIGIN_ANSWER', 'ORIGIN_NOT_FOUND', 'ORIGIN_RETAIN', 'ORIGIN_SETTLE', 'DESTINATION_ACT'] as const;
export type SimulatedAction = (typeof SIMULATED_ACTIONS)[number];

export interface PlannedAction {
  readonly action: SimulatedAction;
  readonly delayMs: number;
}

/** The ORIGIN_* actions are the origin bank's, DESTINATION_ACT the destination's. */
export const sideOf = (action: SimulatedAction): 'ORIGIN' | 'DESTINATION' => (action === 'DESTINATION_ACT' ? 'DESTINATION' : 'ORIGIN');
