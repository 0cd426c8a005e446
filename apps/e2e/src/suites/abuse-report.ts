/** A compact count table: one row per key, one column per family, totals last. */
export function countTable(title: string, rows: ReadonlyArray<{ key: string; family: string }>): string {
  const families = [...new Set(rows.map((r) => r.family))];
  const keys = [...new Set(rows.map((r) => r.key))];
  const count = (key: string | undefined, family: string | undefined) => rows.filter((r) => (key === undefined || r.key === key) && (family === undefined || r.family === family)).length;
  const width = Math.max(...keys.map((k) => k.length), 5);
  const header = ['', ...families, 'total'].map((h, i) => (i === 0 ? h.padEnd(width) : h)).join(' | ');
  const line = (key: string | undefined) => [(key ?? 'total').padEnd(width), ...families.map((f) => String(count(key, f)).padStart(f.length)), String(count(key, undefined)).padStart(5)].join(' | ');
  return [title, header, ...keys.map(line), line(undefined)].join('\n');
}

/** The HTTP corpus' counts per route (`service METHOD route`) and family. */
export function printCounts(cases: ReadonlyArray<{ endpoint: { service: string; method: string; route: string }; family: string }>): void {
  console.log(countTable('HTTP abuse corpus — cases per route and family', cases.map((c) => ({ key: `${c.endpoint.service} ${c.endpoint.method} ${c.endpoint.route}`, family: c.family }))));
}
