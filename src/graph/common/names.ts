/**
 * Matching of place (and actor) names across spellings: case, accents, the Arabic article and the
 * usual transliteration variants (Idlib/Idleb, Jisr al-Shughur/Jisr ash-Shughur, Khan Sheikhun/Khan
 * Sheikoun, Kafr Battikh/Kfar Batikh). Used on the TypeScript side because the portable Cypher
 * subset has no accent folding. Accents are stripped with Unicode NFKD (built in; the ESM-only
 * any-ascii package cannot be required from the CommonJS build and tests).
 */

/** Arabic article forms as written in transliterations ("al-", "el-", "ash-", "ad-"…). */
const ARTICLES = new Set(['al', 'el', 'ul', 'ash', 'esh', 'as', 'es', 'ad', 'ed', 'ar', 'er', 'at', 'et', 'az', 'ez', 'an', 'en', 'adh', 'ath']);

/** Lower-case ASCII words, apostrophes dropped, the Arabic article removed (except as the only word). */
function words(name: string): string[] {
  const ascii = name.normalize('NFKD').replace(/\p{M}/gu, '').toLowerCase().replace(/['‘’`ʿʾʻ]/g, '');
  const all = ascii.split(/[^a-z0-9]+/).filter(Boolean);
  const kept = all.filter((w, i) => !(ARTICLES.has(w) && i < all.length - 1 && all.length > 1));
  return kept.length > 0 ? kept : all;
}

/** Words that name the kind of place rather than the place ("Idlib province" is "Idlib"). */
const GENERIC = new Set(['province', 'governorate', 'muhafazat', 'district', 'city', 'town', 'village', 'region', 'countryside', 'of']);

function coreWords(name: string): string[] {
  const all = words(name);
  const kept = all.filter((w) => !GENERIC.has(w));
  return kept.length > 0 ? kept : all;
}

/** Case-, accent-, punctuation- and article-insensitive form: "Jisr ash-Shughur" → "jisr shughur". */
export function foldName(name: string): string {
  return words(name).join(' ');
}

/**
 * A looser key for transliteration variants: digraphs folded (kh→k, gh→g, q→k, dh→d, th→t, ou→u),
 * vowels after the first letter of each word dropped, doubled letters collapsed.
 * "Khan Sheikoun" and "Khan Shaykhun" both give "kn skn"; "Idleb" and "Idlib" give "idlb".
 */
export function skeletonName(name: string): string {
  return coreWords(name)
    .map((w) => {
      const folded = w.replace(/kh/g, 'k').replace(/gh/g, 'g').replace(/q/g, 'k').replace(/dh/g, 'd').replace(/th/g, 't').replace(/sh/g, 's');
      const head = folded.slice(0, 1);
      const rest = folded.slice(1).replace(/[aeiouyw]/g, '');
      return (head + rest).replace(/(.)\1+/g, '$1');
    })
    .join(' ');
}

/** A named thing with aliases, as the store returns it. */
export interface NamedEntry {
  id: string;
  name: string;
  aliases: string[];
}

/**
 * Ids of the entries one of whose names matches `query`: exact (case-insensitive) first, then folded
 * (accents, article, punctuation), then without generic words ("province"), then by skeleton (transliteration), stopping at the first level
 * that matches anything, so an exact spelling never pulls in look-alikes.
 */
export function matchNames(entries: NamedEntry[], query: string): string[] {
  const q = query.trim();
  if (!q) return [];
  const levels: ((s: string) => string)[] = [
    (s) => s.trim().toLowerCase(),
    foldName,
    (s) => coreWords(s).join(' '),
    skeletonName,
  ];
  for (const key of levels) {
    const target = key(q);
    if (!target) continue;
    const hits = entries.filter((e) => [e.name, ...e.aliases].some((n) => key(n) === target)).map((e) => e.id);
    if (hits.length > 0) return hits;
  }
  return [];
}
