import { erasureMigrations } from '@consignado/service-kit';
import { ErasureRequestRow } from './erasure-request.orm-entity';
import { CreateErasureRequest1797260000000 } from './migrations/1797260000000-create-erasure-request';
import { AnonymizableCustomer1797260000001 } from './migrations/1797260000001-anonymizable-customer';

export const DATA_SUBJECT_ENTITIES = [ErasureRequestRow];
export const DATA_SUBJECT_MIGRATIONS = [CreateErasureRequest1797260000000, AnonymizableCustomer1797260000001, ...erasureMigrations];
