/** The machine a bench ran on, for the report: numbers mean little without it. */
import { execFileSync } from 'node:child_process';
import { cpus, freemem, loadavg, platform, release, totalmem } from 'node:os';

/** Same default as tests/browser/harness.ts (not imported: it loads playwright). */
const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

export interface Machine {
  cpu: string;
  cores: number;
  memoryGb: number;
  freeMemoryGb: number;
  os: string;
  node: string;
  v8: string;
  chromium: string | null;
  /** 1-minute load average when the bench started and ended (more than `cores` means shared). */
  loadStart: number;
  loadEnd?: number;
  date: string;
}

function chromiumVersion(): string | null {
  try {
    // Debian's wrapper script prints shell noise on stderr: keep only the version line.
    return execFileSync(CHROMIUM, ['--version'], { encoding: 'utf8', timeout: 10_000, stdio: ['ignore', 'pipe', 'ignore'] }).trim();
  } catch {
    return null;
  }
}

export function describeMachine(): Machine {
  const c = cpus();
  return {
    cpu: c[0]?.model.trim() ?? 'unknown',
    cores: c.length,
    memoryGb: Math.round(totalmem() / 2 ** 30),
    freeMemoryGb: Math.round(freemem() / 2 ** 30),
    os: `${platform()} ${release()}`,
    node: process.version,
    v8: process.versions.v8,
    chromium: chromiumVersion(),
    loadStart: Math.round(loadavg()[0] * 100) / 100,
    date: new Date().toISOString(),
  };
}

export function currentLoad(): number {
  return Math.round(loadavg()[0] * 100) / 100;
}
