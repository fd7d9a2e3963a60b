import type { Request, Response, Router } from 'express';
import express from 'express';
import type { Store } from '../store/port';
import { StoreUnavailableError } from '../store/port';
import type { Logger } from './logger';

export interface HealthOptions {
  store: Store;
  logger: Logger;
  production: boolean;
  /** A hung database must not hang the probe: orchestrators time out and restart pods. */
  verifyTimeoutMs?: number;
  /** True once shutdown began, so load balancers stop sending traffic before the port closes. */
  isDraining: () => boolean;
}

/**
 * `/healthz`: the process answers (liveness; never touches the database, or a database
 * outage would get every API process restarted for nothing).
 * `/readyz`: the store answers `verify()` (readiness).
 */
export function createHealthRouter(options: HealthOptions): Router {
  const { store, logger, production, isDraining } = options;
  const timeoutMs = options.verifyTimeoutMs ?? 3000;
  const router = express.Router();

  router.get('/healthz', (_req: Request, res: Response) => {
    res.setHeader('Cache-Control', 'no-store');
    res.json({ status: 'ok' });
  });

  router.get('/readyz', async (_req: Request, res: Response) => {
    res.setHeader('Cache-Control', 'no-store');
    if (isDraining()) {
      res.status(503).json({ status: 'unavailable', reason: 'shutting down' });
      return;
    }
    try {
      await withTimeout(store.verify(), timeoutMs, `store did not answer within ${timeoutMs} ms`);
      res.json({ status: 'ok', store: store.kind });
    } catch (err) {
      logger.warn({ err, store: store.location }, 'readiness check failed');
      // StoreUnavailableError messages are written for people (location, never a password);
      // anything else may say more than a public probe should, so production hides it.
      const reason =
        err instanceof StoreUnavailableError || !production || err instanceof ProbeTimeout
          ? errorMessage(err)
          : 'store check failed (details in the server log)';
      res.status(503).json({ status: 'unavailable', reason });
    }
  });

  return router;
}

class ProbeTimeout extends Error {}

function withTimeout<T>(promise: Promise<T>, ms: number, message: string): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_resolve, reject) => {
    timer = setTimeout(() => reject(new ProbeTimeout(message)), ms);
    timer.unref();
  });
  return Promise.race([promise, timeout]).finally(() => clearTimeout(timer));
}

function errorMessage(err: unknown): string {
  return err instanceof Error ? err.message : String(err);
}
