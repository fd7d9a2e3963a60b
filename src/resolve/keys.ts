/**
 * Name normalisation for matching spelling variants of Arabic place names
 * (Khan Sheikhun / Khan Shaykhun, Kafr Battikh / Kfar Batikh).
 */
/**
 * any-ascii is published as ES modules only; Node 20.19+ loads it with require(), and Jest compiles it
 * (see transformIgnorePatterns in jest.config.js), so every runtime uses the same transliteration.
 */
import anyAsciiModule from 'any-ascii';

const anyAscii: (s: string) => string = anyAsciiModule;

const SPECIAL: Record<string, string> = { ı: 'i', İ: 'I', ß: 'ss', ø: 'o', Ø: 'O', æ: 'ae', Æ: 'AE', œ: 'oe', đ: 'd', ł: 'l', Ł: 'L', ħ: 'h' };

/** Unicode-decomposition ASCII folding for Latin script ("Çavuşoğlu" → "Cavusoglu"). */
export function foldLatin(s: string): string {
  return s
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[ıİßøØæÆœđłŁħ]/g, (c) => SPECIAL[c] ?? c)
    .replace(/[ʿʾ‘’`]/g, "'")
    .replace(/[\u0080-\uffff]/g, ''); // anything not ASCII
}

/** Lower-case ASCII form with apostrophes removed and whitespace collapsed: exact-lookup key. */
export function normalizeName(name: string): string {
  return anyAscii(name)
    .toLowerCase()
    .replace(/['`’‘ʿʾ]/g, '')
    .replace(/[^a-z0-9]+/g, ' ')
    .trim();
}

const ARTICLE = /^(?:al|el|ash|ad|ar|as|az|ez|es|an|at|ath|adh|ul|il)$/;

/**
 * Transliteration key: ASCII, lower case, Arabic article dropped, common digraphs folded
 * (kh→k, q→k, gh→g, ou→u, sh/ch→one symbol), vowels dropped, doubled letters collapsed, tokens sorted.
 * Variants of one Arabic name usually share a key; the key loses vowels, so callers must also
 * check length (≥ 4 letters) and the province named nearby (Jabala/Idlib vs Jablah/Latakia).
 */
export function translitKey(name: string): string {
  const tokens = normalizeName(name)
    .split(/[\s-]+/)
    .map((t) => t.replace(/^(?:al|el|ash|ad|ar|as|az|ez)-/, ''))
    .filter((t) => t.length > 0 && !ARTICLE.test(t));
  const folded = tokens.map((t) =>
    t
      .replace(/ou/g, 'u')
      .replace(/kh/g, 'k')
      .replace(/q/g, 'k')
      .replace(/gh/g, 'g')
      .replace(/(?:sh|ch)/g, 'x')
      .replace(/[aeiouyw]/g, '')
      .replace(/(.)\1+/g, '$1'),
  );
  return folded
    .filter((t) => t.length > 0)
    .sort()
    .join(' ');
}

/** Jaro-Winkler similarity in [0,1]. */
export function jaroWinkler(a: string, b: string): number {
  if (a === b) return 1;
  const la = a.length;
  const lb = b.length;
  if (la === 0 || lb === 0) return 0;
  const window = Math.max(0, Math.floor(Math.max(la, lb) / 2) - 1);
  const ma = new Array<boolean>(la).fill(false);
  const mb = new Array<boolean>(lb).fill(false);
  let matches = 0;
  for (let i = 0; i < la; i++) {
    const lo = Math.max(0, i - window);
    const hi = Math.min(lb - 1, i + window);
    for (let j = lo; j <= hi; j++) {
      if (!mb[j] && a[i] === b[j]) {
        ma[i] = true;
        mb[j] = true;
        matches++;
        break;
      }
    }
  }
  if (matches === 0) return 0;
  let t = 0;
  let k = 0;
  for (let i = 0; i < la; i++) {
    if (!ma[i]) continue;
    while (!mb[k]) k++;
    if (a[i] !== b[k]) t++;
    k++;
  }
  const jaro = (matches / la + matches / lb + (matches - t / 2) / matches) / 3;
  let prefix = 0;
  while (prefix < 4 && prefix < la && prefix < lb && a[prefix] === b[prefix]) prefix++;
  return jaro + prefix * 0.1 * (1 - jaro);
}

/** URL-safe slug used in ids ("Khan al-Subul" → "khan-al-subul"). */
export function slugify(name: string): string {
  return anyAscii(name)
    .toLowerCase()
    .replace(/['`’‘]/g, '')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
}
