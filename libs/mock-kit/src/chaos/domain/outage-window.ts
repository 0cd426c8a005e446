import { fail, ok, type Result } from '@consignado/core';
import { ChaosSettingsError } from './chaos-error';

/** A recurring period when the mock is down (answers 503 at once). */
export interface OutageWindow {
  /** The text it was parsed from, echoed by GET /admin/chaos. */
  readonly source: string;
  isActive(at: Date): boolean;
}

const UNIT_MS: Record<string, number> = { ms: 1, s: 1_000, m: 60_000, h: 3_600_000 };
const PERIODIC = /^every\s+(\d+)\s*(ms|s|m|h)\s+for\s+(\d+)\s*(ms|s|m|h)$/i;
const DAILY = /^([01]\d|2[0-3]):([0-5]\d)-([01]\d|2[0-3]):([0-5]\d)$/;
/** Brasília time (UTC−03:00, no daylight saving since 2019): "horário comercial" is local. */
const BRASILIA_OFFSET_MINUTES = -180;

/** "every 60s for 10s": down for the first 10 s of every minute, counted from the Unix epoch. */
class PeriodicOutage implements OutageWindow {
  constructor(
    readonly source: string,
    private readonly periodMs: number,
    private readonly durationMs: number,
  ) {}

  isActive(at: Date): boolean {
    return at.getTime() % this.periodMs < this.durationMs;
  }
}

/** "22:00-06:00": down every day in that Brasília-time window (it may cross midnight). */
class DailyOutage implements OutageWindow {
  constructor(
    readonly source: string,
    private readonly startMinute: number,
    private readonly endMinute: number,
  ) {}

  isActive(at: Date): boolean {
    const utcMinute = at.getUTCHours() * 60 + at.getUTCMinutes();
    const local = (utcMinute + BRASILIA_OFFSET_MINUTES + 1_440) % 1_440;
    return this.startMinute <= this.endMinute
      ? local >= this.startMinute && local < this.endMinute
      : local >= this.startMinute || local < this.endMinute;
  }
}

function parseOne(source: string): OutageWindow | undefined {
  const periodic = PERIODIC.exec(source);
  if (periodic) {
    const period = Number(periodic[1]) * UNIT_MS[periodic[2].toLowerCase()];
    const duration = Number(periodic[3]) * UNIT_MS[periodic[4].toLowerCase()];
    return period > 0 && duration > 0 && duration < period ? new PeriodicOutage(source, period, duration) : undefined;
  }
  const daily = DAILY.exec(source);
  if (!daily) return undefined;
  const start = Number(daily[1]) * 60 + Number(daily[2]);
  const end = Number(daily[3]) * 60 + Number(daily[4]);
  return start === end ? undefined : new DailyOutage(source, start, end);
}

/**
 * Parses outage windows: "every <n><ms|s|m|h> for <n><unit>" (periodic, shorter than its period)
 * or "HH:MM-HH:MM" (daily, Brasília time). Several are given as a list or comma-separated.
 */
export function parseOutages(input: string | readonly string[]): Result<OutageWindow[], ChaosSettingsError> {
  const sources = (typeof input === 'string' ? input.split(',') : input).map((s) => s.trim()).filter((s) => s.length > 0);
  const windows: OutageWindow[] = [];
  for (const source of sources) {
    const window = parseOne(source);
    if (!window) {
      return fail(new ChaosSettingsError('CHAOS.INVALID_OUTAGE', `Janela de indisponibilidade inválida: use "every 60s for 10s" ou "22:00-23:30" (recebido "${source.slice(0, 40)}").`));
    }
    windows.push(window);
  }
  return ok(windows);
}
