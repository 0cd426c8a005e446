import { CreateErasureDecision1797220000000 } from './migrations/1797220000000-create-erasure-decision';

export const DATA_SUBJECT_MIGRATIONS = [CreateErasureDecision1797220000000];
