import path from 'node:path';
import { ensurePythonModules, runPythonOnFile } from './python-readers.js';

const SCRIPT = path.join(new URL('../../', import.meta.url).pathname, 'tests/python/meta_analysis.py');

/** Installs statsmodels (tests/python/requirements.txt) unless it imports already. */
export function ensureStatsmodels(): void {
  ensurePythonModules(['statsmodels', 'numpy', 'scipy']);
}

interface EffectsAndVariances {
  effect: number[];
  variance: number[];
}

export interface StatsmodelsTasks {
  proportions?: { count1: number[]; nobs1: number[]; count2: number[]; nobs2: number[]; zeroCorrection: number | null }[];
  means?: { mean1: number[]; sd1: number[]; nobs1: number[]; mean2: number[]; sd2: number[]; nobs2: number[] }[];
  pools?: EffectsAndVariances[];
}

interface Interval {
  estimate: number;
  se: number;
  lower: number;
  upper: number;
}

export interface StatsmodelsAnswers {
  proportions: Record<'risk-ratio' | 'odds-ratio' | 'diff', EffectsAndVariances>[];
  means: EffectsAndVariances[];
  pools: {
    fe: Interval;
    dl: Interval & { tau2: number };
    dlHksj: { se: number; lower: number; upper: number; df: number };
    q: number;
    qPValue: number;
    /** A fraction, 1 − 1/H². */
    i2: number;
    h2: number;
  }[];
}

/** Runs tests/python/meta_analysis.py (statsmodels.stats.meta_analysis) on all `tasks` at once; a failure throws its message. */
export function statsmodels(tasks: StatsmodelsTasks): StatsmodelsAnswers {
  const run = runPythonOnFile([SCRIPT], JSON.stringify(tasks), 'json');
  if (run.status !== 0) throw new Error(`statsmodels failed: ${run.stderr.trim()}`);
  return JSON.parse(run.stdout) as StatsmodelsAnswers;
}
