import { erasureMigrations } from '@consignado/service-kit';
import { ErasablePayrollDeduction1797240000000 } from './migrations/1797240000000-erasable-payroll-deduction';
import { RequireSealedPayrollDeduction1797240000001 } from './migrations/1797240000001-require-sealed-payroll-deduction';

/** The erasure ledger, erasable benefit numbers, then the CHECK refusing them in clear. */
export const DATA_SUBJECT_MIGRATIONS = [...erasureMigrations, ErasablePayrollDeduction1797240000000, RequireSealedPayrollDeduction1797240000001];
/** Migrations that refuse personal data in clear: they run after the start-up backfill (src/personal-data-at-rest.ts). */
export const SEALED_ONLY_MIGRATIONS = [RequireSealedPayrollDeduction1797240000001];
