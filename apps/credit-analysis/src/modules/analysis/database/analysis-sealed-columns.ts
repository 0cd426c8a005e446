import type { FieldCipher } from '@consignado/core';
import { openJson, sealJson } from '@consignado/service-kit';
import type { DecisionReason } from '../domain/rules/reason';

/** Personal columns (LGPD, R-SEC-3), each sealed whole under its `table.column`. */
export const ANALYSIS_SEALED = { application: 'analysis.application', margin: 'analysis.margin', reasons: 'analysis.reasons', applicantProfile: 'analysis.applicant_profile' } as const;

export const sealed = (cipher: FieldCipher, value: unknown, field: string): string | null => (value === undefined ? null : sealJson(cipher, value, field));
export const opened = <T>(cipher: FieldCipher, stored: string | null, field: string): T | undefined => (stored === null ? undefined : openJson<T>(cipher, stored, field));

/** The reasons as stored: sealed, or the empty list of an analysis that evaluated nothing yet. */
export const storedReasons = (cipher: FieldCipher, reasons: readonly DecisionReason[]): string | DecisionReason[] =>
  reasons.length === 0 ? [] : sealJson(cipher, reasons, ANALYSIS_SEALED.reasons);

export const openReasons = (cipher: FieldCipher, stored: string | DecisionReason[]): DecisionReason[] =>
  Array.isArray(stored) ? stored : openJson<DecisionReason[]>(cipher, stored, ANALYSIS_SEALED.reasons);
