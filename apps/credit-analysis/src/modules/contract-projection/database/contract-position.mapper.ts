import { projectContract } from '../domain/project-contract';
import type { ProjectedContract } from '../domain/projected-contract';
import type { ContractPositionRow } from './contract-position.orm-entity';

/** Row → projected contract: the stored payload read again (it was checked before it was stored). */
export const toProjected = (row: ContractPositionRow): ProjectedContract => projectContract(row.payload);
