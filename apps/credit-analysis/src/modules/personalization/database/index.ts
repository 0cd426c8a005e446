import { CreatePersonalization1798300000000 } from './migrations/1798300000000-create-personalization';
import { ProfilePortableDebts1798600000000 } from './migrations/1798600000000-profile-portable-debts';
import { FinancialProfileRow, RecommendationRow } from './personalization.orm-entities';

export const PERSONALIZATION_ENTITIES = [FinancialProfileRow, RecommendationRow];
export const PERSONALIZATION_MIGRATIONS = [CreatePersonalization1798300000000, ProfilePortableDebts1798600000000];
