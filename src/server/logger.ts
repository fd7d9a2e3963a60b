/**
 * The logging surface the server needs. Shaped so that both `console` and a pino logger fit
 * (pino takes `(obj, msg)`, console prints whatever it is given), so the bootstrap can pass
 * either without an adapter.
 */
export interface Logger {
  info(...args: unknown[]): void;
  warn(...args: unknown[]): void;
  error(...args: unknown[]): void;
}

/** Used when no logger is given: tests stay quiet, and nothing is printed twice. */
export const silentLogger: Logger = {
  info: () => undefined,
  warn: () => undefined,
  error: () => undefined,
};
