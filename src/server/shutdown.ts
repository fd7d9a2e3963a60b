import type { Store } from '../store/port';
import type { Logger } from './logger';

/** What the shutdown sequence needs from the server: `GraphServer` fits. */
export interface Stoppable {
  stop(): Promise<void>;
}

/** The slice of `process` used here, so tests can pass an EventEmitter and a fake exit. */
export interface SignalSource {
  once(event: NodeJS.Signals, listener: (signal: NodeJS.Signals) => void): unknown;
  removeListener(event: NodeJS.Signals, listener: (signal: NodeJS.Signals) => void): unknown;
}

export interface ShutdownOptions {
  server: Stoppable;
  store: Store;
  /** Default: console. */
  logger?: Logger;
  signals?: NodeJS.Signals[];
  /** If the orderly sequence has not finished by then, exit 1 rather than hang forever. */
  timeoutMs?: number;
  /** Default: the real process. */
  signalSource?: SignalSource;
  /** Default: process.exit. */
  exit?: (code: number) => void;
}

export interface ShutdownHandle {
  /** Runs the sequence now (as a signal would) and resolves with the exit code it used. */
  shutdown(reason: string): Promise<number>;
  /** Removes the signal listeners (tests; or a host that manages signals itself). */
  uninstall(): void;
}

/**
 * On SIGTERM/SIGINT: stop the HTTP server (no new connections, in-flight requests finish),
 * stop Apollo, close the store, exit 0. The store goes last because in-flight requests still
 * use it, and because the embedded store holds an exclusive lock on its file that the next
 * process needs. A second signal while this runs exits 1 at once (an impatient Ctrl-C twice).
 */
export function installShutdownHandlers(options: ShutdownOptions): ShutdownHandle {
  const logger = options.logger ?? console;
  const signals = options.signals ?? ['SIGTERM', 'SIGINT'];
  const source: SignalSource = options.signalSource ?? process;
  const exit = options.exit ?? ((code: number) => process.exit(code));
  const timeoutMs = options.timeoutMs ?? 15_000;
  let running: Promise<number> | undefined;

  const shutdown = (reason: string): Promise<number> => {
    if (running) return running;
    logger.info({ reason }, 'shutting down');
    running = (async () => {
      const timer = setTimeout(() => {
        logger.error({ timeoutMs }, 'shutdown timed out; exiting anyway');
        exit(1);
      }, timeoutMs);
      timer.unref();
      let code = 0;
      try {
        await options.server.stop();
      } catch (err) {
        code = 1;
        logger.error({ err }, 'error while stopping the server');
      }
      try {
        // Closed even when stopping the server failed: releasing the database matters more.
        await options.store.close();
      } catch (err) {
        code = 1;
        logger.error({ err }, 'error while closing the store');
      }
      clearTimeout(timer);
      logger.info({ code }, 'shutdown complete');
      exit(code);
      return code;
    })();
    return running;
  };

  const onSignal = (signal: NodeJS.Signals): void => {
    if (running) {
      logger.warn({ signal }, 'second signal during shutdown; exiting now');
      exit(1);
      return;
    }
    // Listen again so a second signal reaches us instead of Node's default (instant kill without a log line).
    source.once(signal, onSignal);
    void shutdown(signal);
  };

  for (const signal of signals) source.once(signal, onSignal);

  return {
    shutdown,
    uninstall() {
      for (const signal of signals) source.removeListener(signal, onSignal);
    },
  };
}
