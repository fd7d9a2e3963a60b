import { copyFileSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { openEmbeddedStore } from '../../src/store/embedded/embedded-store';
import { PROJECT_ROOT } from '../../src/store/cypher';
import { formatSummary, seedPaths } from '../../src/seeder/seed';

const SEED = join(PROJECT_ROOT, 'seed', 'articles', '004_e484df99c816d727');

describe('seedPaths', () => {
  it('loads good articles, refuses bad ones with a reason, writes nothing of them, and goes on', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'kg-seed-'));
    copyFileSync(`${SEED}.txt`, join(dir, 'b-good.txt'));
    copyFileSync(`${SEED}.meta.json`, join(dir, 'b-good.meta.json'));
    writeFileSync(join(dir, 'a-empty.txt'), '');
    writeFileSync(join(dir, 'c-binary.txt'), Buffer.from([0x00, 0x01, 0xff, 0xfe, 0x00, 0x89, 0x50, 0x4e, 0x47]));
    writeFileSync(join(dir, 'd-huge.txt'), 'Idlib. '.repeat(4000));
    const store = await openEmbeddedStore();
    try {
      const summary = await seedPaths(store, [dir], { maxArticleBytes: 20000 });
      expect(summary.articles).toEqual({ seen: 4, loaded: 1, failed: 3 });
      expect(summary.failures.map((f) => [f.path.split('/').pop(), f.reason])).toEqual([
        ['a-empty.txt', 'file is empty'],
        ['c-binary.txt', 'file is not valid UTF-8 text'],
        ['d-huge.txt', expect.stringContaining('larger than the limit of 20000')],
      ]);
      const { rows } = await store.read((tx) => tx.run('MATCH (a:Article) RETURN a.title AS title'));
      expect(rows).toEqual([{ title: 'Russian Jets Kill at Least 25 in Northwestern Syria' }]);
      const text = formatSummary(summary);
      expect(text).toMatch(/^articles: 1 loaded, 3 failed \(of 4\)$/m);
      expect(text).toMatch(/^failed: .*a-empty\.txt: file is empty$/m);
      expect(summary.nodes.created).toBeGreaterThan(5);
    } finally {
      await store.close();
    }
  });
});
