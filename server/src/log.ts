/** A small structured logger: one JSON line per event on stderr. */
export type Level = 'debug' | 'info' | 'warn' | 'error';
export type Log = Record<Level, (msg: string, fields?: Record<string, unknown>) => void>;

const ORDER: Record<Level, number> = { debug: 10, info: 20, warn: 30, error: 40 };

/** Creates a logger that drops events below `level`. */
export function createLog(level: Level = 'info', write: (line: string) => void = (l) => process.stderr.write(l + '\n')): Log {
  const emit = (at: Level) => (msg: string, fields: Record<string, unknown> = {}) => {
    if (ORDER[at] < ORDER[level]) return;
    write(JSON.stringify({ time: new Date().toISOString(), level: at, msg, ...fields }));
  };
  return { debug: emit('debug'), info: emit('info'), warn: emit('warn'), error: emit('error') };
}

/** A logger that discards everything (tests that don't inspect logs). */
export const silentLog: Log = createLog('error', () => {});
