/**
 * The analysed article: lines, sentences, mentions, dates, shared by the incident and statement steps.
 */
import { PlaceKind } from '../domain/model';
import { PLACES, provinceOf } from '../resolve';
import { classifyLines, type Line } from './clean';
import { findDates, parseIsoDate, type DateMention } from './dates';
import { findMentions, type Mention, type NewPlace } from './mentions';
import { splitSentences, type Sentence } from './sentences';
import { foldForMatching } from './text';

export interface SentenceInfo extends Sentence {
  folded: string;
  mentions: Mention[];
  dates: DateMention[];
}

export interface Doc {
  text: string;
  folded: string;
  lines: Line[];
  sentences: SentenceInfo[];
  /** Mentions in headline/standfirst/crosshead/body (not noise). */
  mentions: Mention[];
  newPlaces: Map<string, NewPlace>;
  ref: Date | null;
}

/** Province named in a span of text, for disambiguating same-name places nearby. */
function provinceIn(mentions: Mention[]): string | null {
  for (const m of mentions) {
    if (m.type !== 'place') continue;
    const p = PLACES.get(m.slug);
    if (p?.kind === PlaceKind.PROVINCE) return p.slug;
  }
  return null;
}

export function analyse(text: string, publishedAt: string | null): Doc {
  const folded = foldForMatching(text);
  const lines = classifyLines(text);
  const sentences = splitSentences(text, lines);
  const ref = parseIsoDate(publishedAt);
  const newPlaces = new Map<string, NewPlace>();
  const infos: SentenceInfo[] = [];
  let lastProvince: string | null = null;
  for (const s of sentences) {
    // First pass without province context, to learn which province the sentence names.
    const probe = findMentions(folded, s.start, s.end, null, new Map());
    const prov = provinceIn(probe) ?? lastProvince;
    const mentions = findMentions(folded, s.start, s.end, prov, newPlaces);
    const p2 = provinceIn(mentions);
    if (p2) lastProvince = p2;
    else {
      for (const m of mentions) {
        if (m.type === 'place') {
          const pv = provinceOf(m.slug);
          if (pv) lastProvince = pv;
        }
      }
    }
    const sf = folded.slice(s.start, s.end);
    infos.push({ ...s, folded: sf, mentions, dates: findDates(sf, ref).map((d) => ({ ...d, start: d.start + s.start, end: d.end + s.start })) });
  }
  identifyJihadists(infos);
  const mentions = infos.flatMap((s) => s.mentions);
  return { text, folded, lines, sentences: infos, mentions, newPlaces, ref };
}

/** Unnamed "jihadists" (generic armed opposition unless the text says which group they are). */
const GENERIC_JIHADISTS = /^(?:the\s+)?jihadists?(?:\s+fighters)?$/i;
/** The jihadist alliance the guidelines identify unnamed jihadists with when the article names it. */
const JIHADIST_GROUP = 'hts';

/**
 * "jihadists" map to the jihadist alliance when the article (headline included) names it, else to
 * the generic armed opposition, which the alias table gives them.
 */
function identifyJihadists(infos: SentenceInfo[]): void {
  if (!infos.some((s) => s.mentions.some((m) => m.type === 'actor' && m.slug === JIHADIST_GROUP))) return;
  for (const s of infos) {
    s.mentions = s.mentions.map((m) => (m.type === 'actor' && m.slug === 'armed-opposition' && GENERIC_JIHADISTS.test(m.surface) ? { ...m, slug: JIHADIST_GROUP } : m));
  }
}
