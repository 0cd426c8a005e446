import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { waitFor } from '@consignado/testing';

const PORT = 9090 + 200;
const root = join(__dirname, '..', '..', '..', '..');
const prometheus = (...args: string[]) => spawnSync('node', ['infra/prometheus.mjs', ...args, '--port', String(PORT), '--offset', '200'], { cwd: root, encoding: 'utf8' });

/** The vector answer of an instant PromQL query. */
async function query(promql: string): Promise<Array<{ metric: Record<string, string>; value: [number, string] }>> {
  const res = await fetch(`http://127.0.0.1:${PORT}/api/v1/query?query=${encodeURIComponent(promql)}`);
  const body = (await res.json()) as { data: { result: Array<{ metric: Record<string, string>; value: [number, string] }> } };
  return body.data.result;
}

export function observabilitySuite(): void {
  /**
   * R-X-3 / issue 10: the checked-in Prometheus config scrapes every process of a running stack
   * and its alert rules load; each service exposes its lag, outbox and dead-letter gauges.
   */
  describe('observability: the local Prometheus scrapes the stack', () => {
    beforeAll(() => {
      const up = prometheus('up');
      if (up.status !== 0) throw new Error(`Prometheus did not start: ${up.stdout}${up.stderr}`);
    }, 120_000);
    afterAll(() => void prometheus('down'));

    it('sees all ten targets up (six services, four mocks), every service\'s backlog gauges, and the alert rules loaded and quiet', async () => {
      const up = await waitFor(async () => {
        const targets = await query('up');
        return targets.length === 10 && targets.every((t) => t.value[1] === '1') ? targets : undefined;
      }, { timeoutMs: 60_000, intervalMs: 1_000, description: 'ten targets scraped and up' });
      expect(up.map((t) => t.metric['instance']).sort()).toEqual([3201, 3202, 3203, 3204, 3205, 3206, 3290, 3292, 3293, 3294].map((port) => `127.0.0.1:${port}`)); // the stack's ports + 200

      const outbox = await query('consignado_outbox_unsent');
      expect(outbox.map((s) => s.metric['service']).sort()).toEqual(['averbation-connector', 'credit-analysis', 'loan', 'notification', 'payment', 'proposal']);
      const lagging = await query('sum by (service) (consignado_consumer_lag)');
      expect(lagging.map((s) => s.metric['service']).sort()).toEqual(['averbation-connector', 'credit-analysis', 'loan', 'notification', 'payment', 'proposal']);

      const rules = (await (await fetch(`http://127.0.0.1:${PORT}/api/v1/rules`)).json()) as { data: { groups: Array<{ rules: Array<{ name: string; health: string }> }> } };
      const loaded = rules.data.groups.flatMap((g) => g.rules);
      expect(loaded.map((r) => r.name)).toEqual(expect.arrayContaining(['ConsumerLagHigh', 'ConsumerStalled', 'OutboxStale', 'DeadLettersGrowing', 'DataprevFailing', 'ServiceDown']));
      expect(loaded.filter((r) => r.health === 'err')).toEqual([]);
      const firing = (await query('ALERTS{alertstate="firing"}')).map((a) => a.metric['alertname']);
      expect(firing).toEqual([]);
    });
  });
}
