/**
 * The whole platform under load, through the channel APIs (issue: throughput, latency, faults):
 * proposals/s to CONTRACTED and the p50/p99 of submission → CONTRACTED, unloaded and sustained, at
 * Dataprev latency 0 and 2–10 s; intake requests/s while the flow runs; the CPU split per process;
 * and where the median unloaded proposal's time went, hop by hop, from the services' own timestamps.
 * Every journey includes the customer's acceptance of the issued contract (R-LN-9: the CCB read from
 * loan, its hash checked, the acceptance posted — acceptance.ts), as it must to reach CONTRACTED.
 *
 *   npm run bench:e2e        (BENCH_SERIAL=30 BENCH_LOAD=400 BENCH_SLOW=200 BENCH_CLIENTS=16 BENCH_INSTANCES=2;
 *                             BENCH_PROFILE=proposal,loan writes their V8 CPU profiles)
 *
 * Needs the local stack (`node infra/stack.mjs up`); starts and stops its own nine processes.
 */
import { main } from './bench-run';

main().then(
  () => process.exit(0),
  (error: unknown) => {
    console.error(error);
    process.exit(1);
  },
);
