// Process, pid-file, port and lock helpers shared by the stack scripts.
import { spawnSync } from 'node:child_process';
import { closeSync, existsSync, mkdirSync, openSync, readFileSync, rmSync, writeSync } from 'node:fs';
import { createConnection } from 'node:net';
import { dirname } from 'node:path';

/** An expected failure: the CLI prints its message without a stack trace. */
export class StackError extends Error {}

export const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));

/** A control CLI's ending: its result as one JSON line and exit 0, or the error (a StackError without its stack) and exit 1. */
export function runJsonCommand(promise) {
  return promise.then(
    (result) => {
      console.log(JSON.stringify(result));
      process.exit(0);
    },
    (err) => {
      console.error(`✖ ${err instanceof StackError ? err.message : err.stack}`);
      process.exit(1);
    },
  );
}

/** True when `pid` is a live process (a zombie counts as dead). */
export function isAlive(pid) {
  if (!Number.isInteger(pid) || pid <= 0) return false;
  try {
    process.kill(pid, 0);
  } catch (err) {
    return err.code === 'EPERM';
  }
  const stat = `/proc/${pid}/stat`;
  if (existsSync(stat)) {
    try {
      const state = readFileSync(stat, 'utf8').replace(/^.*\) /s, '')[0];
      return state !== 'Z' && state !== 'X';
    } catch {
      return false;
    }
  }
  return true;
}

/** The command line of `pid`, or '' when it cannot be read. */
export function commandLine(pid) {
  const file = `/proc/${pid}/cmdline`;
  if (existsSync(file)) {
    try {
      return readFileSync(file, 'utf8').replace(/\0/g, ' ').trim();
    } catch {
      return '';
    }
  }
  const ps = spawnSync('ps', ['-p', String(pid), '-o', 'command='], { encoding: 'utf8' });
  return ps.status === 0 ? ps.stdout.trim() : '';
}

export function readPidFile(file) {
  if (!existsSync(file)) return undefined;
  const pid = Number(readFileSync(file, 'utf8').trim());
  return Number.isInteger(pid) && pid > 0 ? pid : undefined;
}

/** Waits until `pid` has exited; true if it did within `timeoutMs`. */
export async function waitForExit(pid, timeoutMs) {
  const deadline = Date.now() + timeoutMs;
  while (isAlive(pid)) {
    if (Date.now() >= deadline) return false;
    await sleep(100);
  }
  return true;
}

/** True when something accepts TCP connections on host:port. */
export function isPortOpen(port, host = '127.0.0.1', timeoutMs = 1000) {
  return new Promise((resolve) => {
    const socket = createConnection({ host, port });
    const done = (open) => {
      socket.destroy();
      resolve(open);
    };
    socket.setTimeout(timeoutMs, () => done(false));
    socket.once('connect', () => done(true));
    socket.once('error', () => done(false));
  });
}

/** Best-effort description of the process listening on a local TCP port (Linux `ss`). */
export function portOwner(port) {
  const ss = spawnSync('ss', ['-ltnpH', `sport = :${port}`], { encoding: 'utf8' });
  if (ss.status !== 0 || !ss.stdout.trim()) return undefined;
  const users = /users:\(\((.*)\)\)/.exec(ss.stdout);
  return users ? users[1] : ss.stdout.trim().split('\n')[0];
}

/** True when `cmd` can be run (found on PATH or as a path). */
export function hasCommand(cmd) {
  const r = spawnSync(cmd, ['--version'], { stdio: 'ignore' });
  return !(r.error && r.error.code === 'ENOENT');
}

/**
 * Runs `fn` holding an exclusive lock file, so two `up`/`down` runs (say, two test suites started
 * at once) do not both start a broker. A lock whose holder died is taken over.
 */
export async function withLock(file, fn, { timeoutMs = 180_000, onWait } = {}) {
  mkdirSync(dirname(file), { recursive: true });
  const deadline = Date.now() + timeoutMs;
  let told = false;
  for (;;) {
    try {
      const fd = openSync(file, 'wx');
      writeSync(fd, String(process.pid));
      closeSync(fd);
      break;
    } catch (err) {
      if (err.code !== 'EEXIST') throw err;
      const holder = readPidFile(file);
      if (holder === process.pid) return fn(); // re-entered from the same process
      if (!holder || !isAlive(holder)) {
        rmSync(file, { force: true });
        continue;
      }
      if (Date.now() >= deadline) throw new Error(`another stack command (pid ${holder}) holds ${file}; gave up after ${timeoutMs / 1000}s`);
      if (!told && onWait) onWait(holder);
      told = true;
      await sleep(250);
    }
  }
  try {
    return await fn();
  } finally {
    if (readPidFile(file) === process.pid) rmSync(file, { force: true });
  }
}
