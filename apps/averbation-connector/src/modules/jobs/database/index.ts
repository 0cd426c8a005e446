import { JobTraceContext1797500000000 } from './migrations/1797500000000-job-trace-context';
import { NotifyNewJobs1797400000000 } from './migrations/1797400000000-notify-new-jobs';

export { JOBS_CHANNEL } from './migrations/1797400000000-notify-new-jobs';
export { TraceContextSubscriber } from './trace-context.subscriber';

export const JOBS_MIGRATIONS = [NotifyNewJobs1797400000000, JobTraceContext1797500000000];
