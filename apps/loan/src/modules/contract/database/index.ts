import { CancellationRequestRow } from './cancellation-request.orm-entity';
import { ContractPaymentRow } from './contract-payment.orm-entity';
import { ContractDocumentRow } from './contract-document.orm-entity';
import { ContractRow } from './contract.orm-entity';
import { InstallmentRow } from './installment.orm-entity';
import { PortabilityOutRequestRow } from './portability-out.orm-entity';
import { CreateContract1795500000000 } from './migrations/1795500000000-create-contract';
import { CreateCancellationAndPayment1795500000001 } from './migrations/1795500000001-create-cancellation-and-payment';
import { ContractLifeCycle1795500000002 } from './migrations/1795500000002-contract-life-cycle';
import { RequireSealedContract1797220000001 } from './migrations/1797220000001-require-sealed-contract';
import { ContractBlocks1797300000000 } from './migrations/1797300000000-contract-blocks';
import { InsurancePolicy1797700000000 } from './migrations/1797700000000-insurance-policy';
import { ContractFormalization1797800000000 } from './migrations/1797800000000-contract-formalization';
import { ContractRenegotiation1797900000000 } from './migrations/1797900000000-contract-renegotiation';

export { contractBackfill } from './contract.backfill';

export const LOAN_ENTITIES = [ContractRow, InstallmentRow, CancellationRequestRow, ContractPaymentRow, PortabilityOutRequestRow, ContractDocumentRow];
export const LOAN_MIGRATIONS = [CreateContract1795500000000, CreateCancellationAndPayment1795500000001, ContractLifeCycle1795500000002, RequireSealedContract1797220000001, ContractBlocks1797300000000, InsurancePolicy1797700000000, ContractFormalization1797800000000, ContractRenegotiation1797900000000];
/** Migrations that refuse personal data in clear: they run after the start-up backfill (src/personal-data-at-rest.ts). */
export const CONTRACT_SEALED_ONLY_MIGRATIONS = [RequireSealedContract1797220000001, ContractBlocks1797300000000, InsurancePolicy1797700000000, ContractFormalization1797800000000, ContractRenegotiation1797900000000];
