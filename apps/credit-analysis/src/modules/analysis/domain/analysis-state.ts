/**
 * States of a credit analysis. RECEIVED lives only inside the transaction that receives the
 * proposal: it leaves at once for a decision, for WAITING_PORTABILITY_BALANCE (a portability in
 * waits for the origin's balance, R-LN-7), for WAITING_MARGIN (INSS, R-CA-1) or, when the
 * cancellation arrived first, for CANCELLED. An INSS portability waits for the balance, then for
 * the margin. Decisions and cancellations are final.
 */
export const ANALYSIS_STATES = ['RECEIVED', 'WAITING_PORTABILITY_BALANCE', 'WAITING_MARGIN', 'APPROVED', 'REJECTED', 'CANCELLED'] as const;
export type AnalysisState = (typeof ANALYSIS_STATES)[number];

/** The explicit transition table: anything not listed is refused. */
export const ANALYSIS_TRANSITIONS: Readonly<Record<AnalysisState, readonly AnalysisState[]>> = {
  RECEIVED: ['WAITING_PORTABILITY_BALANCE', 'WAITING_MARGIN', 'APPROVED', 'REJECTED', 'CANCELLED'],
  WAITING_PORTABILITY_BALANCE: ['WAITING_MARGIN', 'APPROVED', 'REJECTED', 'CANCELLED'],
  WAITING_MARGIN: ['APPROVED', 'REJECTED', 'CANCELLED'],
  APPROVED: [],
  REJECTED: [],
  CANCELLED: [],
};

export const canTransition = (from: AnalysisState, to: AnalysisState): boolean => ANALYSIS_TRANSITIONS[from].includes(to);

export const isFinal = (state: AnalysisState): boolean => ANALYSIS_TRANSITIONS[state].length === 0;

export const isAnalysisState = (value: string): value is AnalysisState => (ANALYSIS_STATES as readonly string[]).includes(value);
