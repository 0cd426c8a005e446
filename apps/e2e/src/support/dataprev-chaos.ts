/** The mock Dataprev's random behaviour from now on (its admin API): latency range and share of calls answered 503. */
export interface DataprevChaos {
  latencyMinMs: number;
  latencyMaxMs: number;
  failureRate: number;
}

export async function setDataprevChaos(dataprevUrl: string, chaos: DataprevChaos): Promise<void> {
  const res = await fetch(`${dataprevUrl}/admin/chaos`, { method: 'PUT', headers: { 'content-type': 'application/json' }, body: JSON.stringify(chaos) });
  if (res.status !== 200) throw new Error(`the mock Dataprev refused its chaos settings: ${res.status} ${await res.text()}`);
}
