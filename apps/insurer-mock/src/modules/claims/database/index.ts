import { ClaimRow, OutcomeScriptRow } from './claim.orm-entities';
import { CreateClaims1797600000000 } from './migrations/1797600000000-create-claims';

export const CLAIMS_ENTITIES = [ClaimRow, OutcomeScriptRow];
export const CLAIMS_MIGRATIONS = [CreateClaims1797600000000];
