import { EventEmitter, once } from 'node:events';
import type { GraphServer } from '../../src/server';
import { installShutdownHandlers } from '../../src/server';
import { silentLogger } from '../../src/server/logger';
import { FakeStore, resolverEvents } from './fixtures';
import { postGraphQL, startTestServer, stopAll } from './harness';

afterEach(stopAll);

/** Records what happens, in order, so the test can check the sequence a signal starts. */
function instrument(server: GraphServer, events: string[]) {
  const original = server.stop.bind(server);
  return {
    stop: async () => {
      events.push('server.stop');
      await original();
      events.push('server.stopped');
    },
  };
}

function exitRecorder(events: string[]) {
  let resolveExit!: (code: number) => void;
  const exited = new Promise<number>((r) => (resolveExit = r));
  return {
    exited,
    exit: (code: number) => {
      events.push(`exit:${code}`);
      resolveExit(code);
    },
  };
}

describe('installShutdownHandlers', () => {
  it('on SIGTERM finishes the in-flight request, stops the server, closes the store, exits 0', async () => {
    const events: string[] = [];
    const store = new FakeStore(events);
    const { url, server } = await startTestServer({ store });
    const signals = new EventEmitter();
    const { exit, exited } = exitRecorder(events);
    const handle = installShutdownHandlers({
      server: instrument(server, events),
      store,
      logger: silentLogger,
      signalSource: signals,
      exit,
    });

    const started = once(resolverEvents, 'slow-started');
    const inFlight = postGraphQL(url, '{ slow(ms: 300) }').then((r) => {
      events.push('response');
      return r;
    });
    await started; // the request is being resolved now
    signals.emit('SIGTERM', 'SIGTERM');

    expect(await exited).toBe(0);
    const { body } = await inFlight;
    expect(body).toEqual({ data: { slow: 'slept 300' } });
    expect(events).toEqual(['server.stop', 'response', 'server.stopped', 'store.close', 'exit:0']);
    expect(store.closed).toBe(1);
    await expect(fetch(`${url}/healthz`)).rejects.toThrow(); // port closed
    handle.uninstall();
  });

  it('marks the server not ready as soon as shutdown starts', async () => {
    const { url, server } = await startTestServer();
    const started = once(resolverEvents, 'slow-started');
    const inFlight = postGraphQL(url, '{ slow(ms: 200) }');
    await started;
    const stopping = server.stop();
    expect(server.draining).toBe(true);
    await stopping;
    await inFlight;
  });

  it('a second signal during shutdown exits 1 at once', async () => {
    const events: string[] = [];
    const store = new FakeStore(events);
    const signals = new EventEmitter();
    let release!: () => void;
    const server = { stop: () => new Promise<void>((r) => (release = r)) };
    const codes: number[] = [];
    const handle = installShutdownHandlers({
      server,
      store,
      logger: silentLogger,
      signalSource: signals,
      exit: (c) => codes.push(c),
    });
    signals.emit('SIGINT', 'SIGINT');
    signals.emit('SIGINT', 'SIGINT');
    expect(codes).toEqual([1]);
    release();
    await handle.shutdown('test');
    handle.uninstall();
  });

  it('still closes the store, and exits 1, when stopping the server fails', async () => {
    const store = new FakeStore();
    const codes: number[] = [];
    const handle = installShutdownHandlers({
      server: { stop: () => Promise.reject(new Error('stuck')) },
      store,
      logger: silentLogger,
      signalSource: new EventEmitter(),
      exit: (c) => codes.push(c),
    });
    expect(await handle.shutdown('test')).toBe(1);
    expect(store.closed).toBe(1);
    expect(codes).toEqual([1]);
    handle.uninstall();
  });

  it('exits 1 when the sequence outlives its timeout', async () => {
    const codes: number[] = [];
    const handle = installShutdownHandlers({
      server: { stop: () => new Promise<void>(() => undefined) },
      store: new FakeStore(),
      logger: silentLogger,
      signalSource: new EventEmitter(),
      exit: (c) => codes.push(c),
      timeoutMs: 50,
    });
    void handle.shutdown('test');
    await new Promise((r) => setTimeout(r, 150));
    expect(codes).toEqual([1]);
    handle.uninstall();
  });

  it('uninstall removes the listeners it added', () => {
    const signals = new EventEmitter();
    const handle = installShutdownHandlers({
      server: { stop: () => Promise.resolve() },
      store: new FakeStore(),
      logger: silentLogger,
      signalSource: signals,
      exit: () => undefined,
    });
    expect(signals.listenerCount('SIGTERM')).toBe(1);
    expect(signals.listenerCount('SIGINT')).toBe(1);
    handle.uninstall();
    expect(signals.listenerCount('SIGTERM')).toBe(0);
    expect(signals.listenerCount('SIGINT')).toBe(0);
  });
});
