import { SingleBar, Presets } from 'cli-progress';
import type { SeedProgress } from '../seeder/seed';

/** A progress bar on a terminal; nothing when stderr is not a TTY (CI, pipes), where the summary suffices. */
export function terminalProgress(stream: NodeJS.WriteStream = process.stderr): SeedProgress | undefined {
  if (!stream.isTTY) return undefined;
  const bar = new SingleBar(
    { format: 'seeding [{bar}] {value}/{total} articles | {file}', stream, hideCursor: true, clearOnComplete: true },
    Presets.shades_classic,
  );
  return {
    start: (total) => bar.start(total, 0, { file: '' }),
    tick: (file) => bar.increment({ file }),
    stop: () => bar.stop(),
  };
}
