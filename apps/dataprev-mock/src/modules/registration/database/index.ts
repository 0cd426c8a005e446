import { CreateRegistry1795600000000 } from './migrations/1795600000000-create-registry';
import { AlterRegistration1795600000001 } from './migrations/1795600000001-alter-registration';
import { BenefitAccountRow, RegistrationRow } from './registration.orm-entity';

export const REGISTRY_ENTITIES = [BenefitAccountRow, RegistrationRow];
export const REGISTRY_MIGRATIONS = [CreateRegistry1795600000000, AlterRegistration1795600000001];
