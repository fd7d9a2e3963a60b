import { mkdtempSync, writeFileSync, mkdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { InputError, findArticleFiles, readArticle } from '../../src/seeder/sources';

function tempDir(): string {
  return mkdtempSync(join(tmpdir(), 'kg-sources-'));
}

describe('readArticle refuses bad input, naming the file and the reason', () => {
  const dir = tempDir();

  it('refuses an empty file', () => {
    const file = join(dir, 'empty.txt');
    writeFileSync(file, '');
    expect(() => readArticle(file, 1000)).toThrow(new InputError(file, 'file is empty'));
  });

  it('refuses a whitespace-only file', () => {
    const file = join(dir, 'blank.txt');
    writeFileSync(file, ' \n\t\n');
    expect(() => readArticle(file, 1000)).toThrow(/blank\.txt: file has no text/);
  });

  it('refuses bytes that are not UTF-8', () => {
    const file = join(dir, 'latin1.txt');
    writeFileSync(file, Buffer.from([0x52, 0x75, 0x73, 0x73, 0x69, 0x61, 0xe9, 0x20, 0xff, 0xfe]));
    expect(() => readArticle(file, 1000)).toThrow(/latin1\.txt: file is not valid UTF-8/);
  });

  it('refuses a file over the size limit and says how to raise it', () => {
    const file = join(dir, 'big.txt');
    writeFileSync(file, 'x'.repeat(2000));
    expect(() => readArticle(file, 1000)).toThrow(/big\.txt: file is 2000 bytes, larger than the limit of 1000 \(set KG_MAX_ARTICLE_BYTES\)/);
  });

  it('reads metadata from the sidecar and validates it', () => {
    const file = join(dir, 'ok.txt');
    writeFileSync(file, 'Headline\n\nBody text.');
    writeFileSync(join(dir, 'ok.meta.json'), JSON.stringify({ title: 'T', outlet: 'O', publishedAt: '2019-06-11', url: null }));
    expect(readArticle(file, 1000).meta).toEqual({ title: 'T', outlet: 'O', publishedAt: '2019-06-11' });

    const bad = join(dir, 'bad.txt');
    writeFileSync(bad, 'Headline');
    writeFileSync(join(dir, 'bad.meta.json'), JSON.stringify({ publishedAt: 'June 11' }));
    expect(() => readArticle(bad, 1000)).toThrow(/bad\.meta\.json: "publishedAt" must be an ISO date/);

    const broken = join(dir, 'broken.txt');
    writeFileSync(broken, 'Headline');
    writeFileSync(join(dir, 'broken.meta.json'), '{ nope');
    expect(() => readArticle(broken, 1000)).toThrow(/broken\.meta\.json: sidecar is not valid JSON/);
  });
});

describe('findArticleFiles', () => {
  it('expands folders recursively to text files, sorted, skipping sidecars and hidden files', () => {
    const dir = tempDir();
    mkdirSync(join(dir, 'sub'));
    for (const name of ['b.txt', 'a.txt', 'a.meta.json', 'README.md', 'a.gold.json', '.hidden.txt', 'sub/c.txt']) writeFileSync(join(dir, name), 'x');
    expect(findArticleFiles([dir]).map((f) => f.slice(dir.length + 1))).toEqual(['a.txt', 'b.txt', 'sub/c.txt']);
  });

  it('names a path that does not exist', () => {
    expect(() => findArticleFiles(['/no/such/articles'])).toThrow('/no/such/articles: no such file or folder');
  });
});
