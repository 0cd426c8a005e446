import { InsuranceClaimRow } from './insurance-claim.orm-entity';
import { CreateInsuranceClaim1797600000000 } from './migrations/1797600000000-create-insurance-claim';

export const INSURANCE_ENTITIES = [InsuranceClaimRow];
export const INSURANCE_MIGRATIONS = [CreateInsuranceClaim1797600000000];
