import { CreateRegistry1795600000000 } from './migrations/1795600000000-create-registry';
import { BenefitAccountRow, RegistrationRow } from './registration.orm-entity';

export const REGISTRY_ENTITIES = [BenefitAccountRow, RegistrationRow];
export const REGISTRY_MIGRATIONS = [CreateRegistry1795600000000];
