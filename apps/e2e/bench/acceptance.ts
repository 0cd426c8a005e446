import { randomUUID } from 'node:crypto';
import { acceptAsCustomer, awaitsAcceptance, type ChannelClient, FINAL_PROPOSAL_STATES, FormalizationError } from '@consignado/stack-runner';
import type { StackDatabases } from './databases';

/** What `Acceptor.take` hands back: the acceptances done since the last take and how long each took. */
export interface Acceptances {
  accepted: number;
  /** Per acceptance: the proposal's view, the CCB from loan, its hash checked, the POST acceptance — in ms. */
  latenciesMs: number[];
}

/**
 * The customers of a load (R-LN-9): since formalization no proposal passes APPROVED until its
 * customer read the CCB and accepted it by its hash, so every proposal the intake submits is
 * tracked here and, once APPROVED with its contract issued, accepted through the channel API that
 * submitted it — the proposal's view, the CCB from loan, its SHA-256 checked against the view's
 * `documentHash` (and loan's header), then `POST …/acceptance` — exactly as `followProposal` does
 * for one proposal. It runs beside the intake (customers accept while others still apply), so the
 * flow measured from submission to CONTRACTED includes the acceptance.
 *
 * Finding who is APPROVED with the contract issued reads proposal's database every `intervalMs`
 * (one query for all tracked proposals, cheaper than polling each view): those lookups are the bench's, not the journey's —
 * `lookups` counts them so a transaction count can leave them out. Transient failures (a service
 * killed by a chaos run, PostgreSQL restarting) are retried on the next round; a CCB that does not
 * match its proposal, or a refused acceptance, is a failure: printed, and the proposal left alone
 * (it then never becomes final, which `untilFinal` reports).
 */
export class Acceptor {
  private readonly pending = new Map<string, { client: ChannelClient; key: string }>();
  private latencies: number[] = [];
  private acceptedSinceTake = 0;
  private running: Promise<void> | undefined;
  /** Acceptances under way, by proposal. */
  private readonly inFlight = new Map<string, Promise<void>>();
  private stopped = false;
  /** Queries of proposal's database made to find APPROVED proposals (bench overhead, not part of any journey). */
  lookups = 0;
  accepted = 0;
  readonly failures: string[] = [];
  /** Why the last retried acceptance did not go through (for a diagnosis). */
  lastRetry: string | undefined;

  constructor(
    private readonly db: StackDatabases,
    /** How often proposal's database is asked which tracked proposals are APPROVED. */
    readonly intervalMs = 25,
    /** Acceptances under way at once, at most (as many customers as the bench's default clients). */
    private readonly concurrency = 16,
  ) {}

  /** From now on, `proposalId` (submitted through `client`) is accepted as soon as its contract is issued. */
  track(proposalId: string, client: ChannelClient): void {
    if (this.stopped) return;
    this.pending.set(proposalId, { client, key: randomUUID() });
    this.running ??= this.run().finally(() => {
      this.running = undefined;
    });
  }

  /** Proposals tracked and not yet accepted nor final. */
  get waiting(): number {
    return this.pending.size;
  }

  /** The acceptances since the last call (the bench reports each run's). */
  take(): Acceptances {
    const taken = { accepted: this.acceptedSinceTake, latenciesMs: this.latencies };
    this.latencies = [];
    this.acceptedSinceTake = 0;
    return taken;
  }

  /** Stops accepting (the stack is going away). */
  async stop(): Promise<void> {
    this.stopped = true;
    this.pending.clear();
    await this.running;
    await Promise.all(this.inFlight.values());
  }

  private async run(): Promise<void> {
    while (!this.stopped && (this.pending.size > 0 || this.inFlight.size > 0)) {
      await this.round().catch((error: Error) => {
        this.lastRetry = `lookup failed: ${error.message}`;
      });
      await new Promise((resolve) => setTimeout(resolve, this.intervalMs).unref());
    }
  }

  /** One lookup; each APPROVED proposal not being accepted already starts its acceptance (at most `concurrency` at once), not awaited: a slow one holds no other back. */
  private async round(): Promise<void> {
    const ids = [...this.pending.keys()];
    this.lookups += 1;
    // `formalization` is set when loan's ContractIssued reached proposal: before it there is nothing to read or accept.
    const rows = await this.db.query<{ id: string; state: string; issued: boolean }>('proposal', 'SELECT id, state, formalization IS NOT NULL AS issued FROM proposal WHERE id = ANY($1::uuid[])', [ids]);
    for (const row of rows) if (FINAL_PROPOSAL_STATES.includes(row.state)) this.pending.delete(row.id);
    for (const { id } of rows.filter((r) => r.state === 'APPROVED' && r.issued)) {
      if (this.stopped || this.inFlight.size >= this.concurrency) break;
      if (this.inFlight.has(id)) continue;
      this.inFlight.set(id, this.acceptOne(id).finally(() => this.inFlight.delete(id)));
    }
  }

  private async acceptOne(id: string): Promise<void> {
    const entry = this.pending.get(id);
    if (!entry) return;
    const started = performance.now();
    try {
      const view = await entry.client.proposal(id);
      if (view.status !== 200) {
        this.lastRetry = `GET proposal ${id} answered ${view.status}`;
        return;
      }
      if (!awaitsAcceptance(view.body)) {
        // APPROVED before loan's ContractIssued reached proposal; or accepted already (an answer lost to a crash).
        if (view.body['formalization']?.['acceptance']) this.pending.delete(id);
        return;
      }
      const outcome = await acceptAsCustomer(entry.client, view.body, entry.key);
      if (!outcome.accepted) {
        this.lastRetry = `${id}: ${outcome.retry}`;
        return;
      }
      this.pending.delete(id);
      this.accepted += 1;
      this.acceptedSinceTake += 1;
      this.latencies.push(performance.now() - started);
    } catch (error) {
      if (!(error instanceof FormalizationError)) {
        this.lastRetry = `${id}: ${(error as Error).message}`;
        return;
      }
      this.pending.delete(id);
      this.failures.push(error.message);
      console.error(`acceptor: ${error.message}`);
    }
  }
}
