import { NotifyNewJobs1797400000000 } from './migrations/1797400000000-notify-new-jobs';

export { JOBS_CHANNEL } from './migrations/1797400000000-notify-new-jobs';

export const JOBS_MIGRATIONS = [NotifyNewJobs1797400000000];
