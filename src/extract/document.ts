/**
 * The analysed article: lines, sentences, mentions, dates, shared by the incident and statement steps.
 */
import { ActorKind, PlaceKind } from '../domain/model';
import { ACTORS, PLACES, provinceOf, slugify } from '../resolve';
import { classifyLines, type Line } from './clean';
import { findDates, soleYear, parseIsoDate, type DateMention } from './dates';
import { findMentions, findPersons, knownActorSlug, sameWithProvince, type Mention, type NewPlace, type ProvinceTrace } from './mentions';
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
  /** Actors the alias table does not know, named in the text: the article's own outlet, named people, organisations introduced by an appositive. */
  newActors: Map<string, NewActor>;
  ref: Date | null;
  /** The organisation issuing the article itself (a monitor's report, a network's post), when it speaks as "we" in its own narration. */
  issuer?: string | null;
  /** The organisation whose own release the article is (named in it), "we" or not: it speaks of itself by name ("Levant Rights Watch said today"). */
  ownOrg?: string | null;
}

export interface NewActor {
  slug: string;
  name: string;
  kind: ActorKind;
  partOf: string | null;
  /** Other names the article gives it (the acronym it defines: "UOSSM"). */
  aliases?: string[];
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

/** `title`: the article's title from its metadata (a short first line that is the title is its headline). */
export function analyse(text: string, publishedAt: string | null, outlet: string | null = null, title: string | null = null): Doc {
  const folded = foldForMatching(text);
  const lines = classifyLines(text, title);
  const sentences = splitSentences(text, lines);
  const ref = parseIsoDate(publishedAt);
  const newPlaces = new Map<string, NewPlace>();
  const infos: SentenceInfo[] = [];
  // With no publication date, the one year the text's full dates name dates its days and months.
  const textYear = ref ? null : soleYear(folded);
  let lastProvince: string | null = null;
  for (const s of sentences) {
    // First pass without province context, to learn which province the sentence names.
    const probePlaces = new Map<string, NewPlace>();
    const trace: ProvinceTrace = { lookups: [], fallback: false };
    const probe = findMentions(folded, s.start, s.end, null, probePlaces, trace);
    const prov = provinceIn(probe) ?? lastProvince;
    // Then with it; when the province changes nothing the first pass found, that pass stands.
    let mentions: Mention[];
    if (sameWithProvince(trace, prov)) {
      mentions = probe;
      for (const [slug, place] of probePlaces) if (!newPlaces.has(slug)) newPlaces.set(slug, place);
    } else mentions = findMentions(folded, s.start, s.end, prov, newPlaces);
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
    infos.push({ ...s, folded: sf, mentions, dates: findDates(sf, ref, textYear).map((d) => ({ ...d, start: d.start + s.start, end: d.end + s.start })) });
  }
  identifyJihadists(infos);
  const defined = definedOrganisations(folded, infos);
  acronymMentions(folded, infos);
  const mentions = infos.flatMap((s) => s.mentions);
  // Actors named only by ellipsis count for the article, not as a sentence's speakers or targets.
  for (const s of infos) if (s.mentions.some((m) => m.elliptical)) s.mentions = s.mentions.filter((m) => !m.elliptical);
  const newActors = new Map<string, NewActor>(defined);
  // The article's own outlet counts where the text names it ("told Atlas News", "BEIRUT (CN) —").
  // Kept out of the sentences' mentions: it is an actor of the article, not a speaker or target.
  const own = outlet ? outletMentions(folded, infos, outlet) : [];
  // What the outlet's name contains ("Free Aleppo Response Network") left the sentences' mentions above: the article's too.
  for (let i = mentions.length - 1; i >= 0; i--) {
    const m = mentions[i]!;
    if (own.some((o) => m.start < o.end && m.end > o.start)) mentions.splice(i, 1);
  }
  // An outlet that is not a newsroom ("Syrian Network for Human Rights", "… Response Network"): the document is its own release.
  const orgOutlet = !!outlet && ISSUER_NAME.test(outlet) && !NEWSROOM_NAME.test(outlet);
  if (own.length > 0 && outlet) {
    const first = own[0];
    const kind = orgOutlet ? (MONITOR_NAME.test(outlet) ? ActorKind.MONITOR : ActorKind.NGO) : ActorKind.MEDIA;
    if (first && !ACTORS.has(first.slug)) newActors.set(first.slug, { slug: first.slug, name: outlet.trim(), kind, partOf: null });
    mentions.push(...own);
  }
  let issuer: string | null = null;
  let ownOrg: string | null = null;
  if (orgOutlet && outlet) {
    const slug = own[0]?.slug ?? knownActorSlug(outlet);
    const kind = slug ? (ACTORS.get(slug)?.kind ?? newActors.get(slug)?.kind) : undefined;
    const named = !!slug && mentions.some((m) => m.type === 'actor' && m.slug === slug);
    // "We call on …", "Our teams documented …" in its own narration, not only inside quotations.
    const weSpeaks = infos.some((x) => x.role === 'body' && /\b(?:we|our)\b/i.test(x.folded) && /\b(?:[Ww]e|[Oo]ur)\b/.test(x.folded.replace(/["“][^"“”]*["”]/g, ' ')));
    const org = named && kind !== ActorKind.MEDIA && kind !== ActorKind.STATE && kind !== ActorKind.PERSON;
    if (org) ownOrg = slug;
    if (org && weSpeaks) issuer = slug;
  }
  // Named people ("Selim Karaca, the ministry's spokesman") and organisations introduced by an
  // appositive ("Sky Watch, a network of …"), whether or not they speak. Also kept out of
  // the sentences' mentions: the statement step finds its speakers itself.
  for (const s of infos) {
    for (const p of findPersons(folded, s.start, s.end, s.mentions)) {
      if (ACTORS.has(p.slug)) continue;
      // (a place inside an organisation's name, "the Idlib Media Center", is not a place mention)
      const inName = (m: Mention): boolean => m.type === 'place' && m.start >= p.start && m.end <= p.end;
      if (s.mentions.some(inName)) {
        s.mentions = s.mentions.filter((m) => !inName(m));
        for (let i = mentions.length - 1; i >= 0; i--) if (inName(mentions[i]!)) mentions.splice(i, 1);
      }
      if (!newActors.has(p.slug)) newActors.set(p.slug, { slug: p.slug, name: p.name, kind: p.kind, partOf: null });
      mentions.push({ start: p.start, end: p.end, surface: p.name, type: 'actor', slug: p.slug });
    }
  }
  // A joint document's signatories listed one per line under "Signatories:": a name no table knows is an organisation.
  for (const org of signatoryNames(folded, infos, mentions)) {
    if (!newActors.has(org.slug) && !ACTORS.has(org.slug)) newActors.set(org.slug, { slug: org.slug, name: org.name, kind: ActorKind.NGO, partOf: null });
    mentions.push({ start: org.start, end: org.end, surface: org.name, type: 'actor', slug: org.slug });
  }
  return { text, folded, lines, sentences: infos, mentions, newPlaces, newActors, ref, issuer, ownOrg };
}

/** The line that heads a list of signatories: "Signatories:", "The statement was signed by:". */
const SIGNATORIES_HEAD = /\b(?:signatories|signed\s+by)\s*:\s*$/i;
/** A line that is only an organisation's name (capitalised words, an acronym in brackets at most). */
const ORG_LINE = /^\s*(?:[-•\x95*–\x96—\x97]\s*)?((?:[A-Z][\w'’&.-]*)(?:\s+(?:(?:of|for|the|and|in|&)\s+)?[A-Z][\w'’&.-]*){1,7})\s*(?:\([A-Z][\w&.-]{1,12}\))?\s*$/;

/** The names on the lines under a "Signatories:" head that no known actor covers. */
function signatoryNames(folded: string, infos: SentenceInfo[], mentions: Mention[]): Array<{ start: number; end: number; name: string; slug: string }> {
  const out: Array<{ start: number; end: number; name: string; slug: string }> = [];
  if (!/signator|signed\s+by/i.test(folded)) return out;
  for (const head of infos) {
    if (!SIGNATORIES_HEAD.test(head.folded)) continue;
    for (let i = head.index + 1; i < infos.length && i <= head.index + 12; i++) {
      const x = infos[i]!;
      const m = ORG_LINE.exec(x.folded);
      if (!m?.[1]) break;
      const start = x.start + x.folded.indexOf(m[1]);
      const end = start + m[1].length;
      if (mentions.some((y) => y.type === 'actor' && y.start < end && y.end > start) || x.mentions.some((y) => y.start < end && y.end > start)) continue;
      out.push({ start, end, name: m[1], slug: slugify(m[1]) });
    }
  }
  return out;
}

/** An outlet named like an organisation that documents or responds rather than a newsroom. */
const ISSUER_NAME = /\b(?:Human Rights|Network|Observatory|Monitor|Watch|Committee|Society|Association|Foundation|Organi[sz]ation|Coalition|Relief|Rescue|Response|Civil Defen[cs]e|Documentation|Institute)\b/;
const NEWSROOM_NAME = /\b(?:News|Media|TV|Television|Radio|Press|Times|Post|Daily|Wire|Agency|Channel|Broadcasting|Journal|Gazette|Herald|Tribune|Verify|Check|Dispatch|Review|Magazine)\b/i;
const MONITOR_NAME = /\b(?:Human Rights|Observatory|Monitor|Watch|Documentation|Network)\b/;

/**
 * Where the text names the article's own outlet: its name, with or without a leading "The" ("told
 * Atlas News", "MOSCOW, June 9. /Vostok Press/."), or its initials as an agency tag ("BEIRUT (CN) —").
 * Only headline, standfirst and body sentences count; bylines and credits are noise.
 */
function outletMentions(folded: string, infos: SentenceInfo[], outlet: string): Mention[] {
  const name = outlet.trim().replace(/^the\s+/i, '');
  if (name.length < 3) return [];
  const slug = knownActorSlug(outlet) ?? knownActorSlug(name) ?? slugify(outlet);
  if (!slug) return [];
  const words = name.split(/\s+/);
  const initials = words.length >= 2 && words.every((w) => /^[A-Z]/.test(w)) ? words.map((w) => w[0]).join('') : null;
  const esc = (x: string): string => x.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  const re = new RegExp(`(?<![\\w'-])(?:[Tt]he\\s+)?${words.map(esc).join('\\s+')}(?![\\w-])${initials ? `|\\(${initials}\\)` : ''}`, 'g');
  const out: Mention[] = [];
  for (const s of infos) {
    const seg = folded.slice(s.start, s.end);
    re.lastIndex = 0;
    for (let m = re.exec(seg); m; m = re.exec(seg)) {
      const start = s.start + m.index;
      const end = start + m[0].length;
      // A place inside the outlet's own name ("the Free Idlib Response Network") is part of the name.
      const inside = s.mentions.filter((x) => start < x.end && end > x.start);
      if (inside.some((x) => x.type !== 'place' || x.start < start || x.end > end) || (inside.length > 0 && words.length < 3)) continue;
      if (inside.length > 0) s.mentions = s.mentions.filter((x) => !inside.includes(x));
      out.push({ start, end, surface: m[0], type: 'actor', slug });
    }
  }
  return out;
}

/** "Syria Civil Defence (SCD)": an acronym the article defines in brackets after an actor's name. */
const ACRONYM_AFTER = /^\s*\(([A-Z][A-Z&]{1,6})\)/;

/**
 * "the Union of Medical Care and Relief Organizations (UOSSM)": a name the alias table does not know,
 * capitalised words (with "of", "for", "and", "the" between them) right before a bracketed acronym.
 */
const NAME_BEFORE_ACRONYM = /((?:[A-Z][\w'’-]*)(?:\s+(?:of|for|and|the|in|on|[A-Z][\w'’-]*))*\s+[A-Z][\w'’-]*)\s*\(([A-Z][A-Za-z&]{1,7})\)/g;
/** A bracketed acronym anywhere in a sentence: the cheap test before NAME_BEFORE_ACRONYM. */
const ACRONYM_IN_BRACKETS = /\([A-Z][A-Za-z&]{1,7}\)/;
/** Head words that make a capitalised name an organisation's. */
const ORG_NAME_WORD = /\b(?:Union|Organi[sz]ations?|Society|Network|Committee|Council|Association|Foundation|Federation|Cent(?:re|er)|Institute|Coalition|Alliance|Movement|Relief|Rescue|Watch|Observatory|Agency|Office|Group|Services?|Department|Directorate|Commission|Campaign|Project|Initiative|Fund|Mission|Syndicate|Doctors|Physicians|Medics|Defen[cs]e|Aid|Care|Response|Front|Army|Brigades?|Forces|Battalions?|Division|Legion)\b/;
const ARMED_NAME_WORD = /\b(?:Front|Army|Brigades?|Forces|Battalions?|Division|Legion|Movement)\b/;
const MONITOR_NAME_WORD = /\b(?:Observatory|Monitor|Documentation|Violations|Human Rights)\b/;

/**
 * Organisations the alias table does not know, defined with an acronym ("Physicians for Human Rights
 * (PHR)"): each becomes an actor of the article, named by its full name and its acronym. Their
 * mentions are added to the sentences; acronymMentions then finds the acronym where it recurs.
 */
function definedOrganisations(folded: string, infos: SentenceInfo[]): Map<string, NewActor> {
  const out = new Map<string, NewActor>();
  if (!folded.includes('(')) return out;
  for (const s of infos) {
    if (!s.folded.includes('(') || !ACRONYM_IN_BRACKETS.test(s.folded)) continue;
    NAME_BEFORE_ACRONYM.lastIndex = 0;
    for (let m = NAME_BEFORE_ACRONYM.exec(s.folded); m; m = NAME_BEFORE_ACRONYM.exec(s.folded)) {
      // "the Syrian American Medical Society" after "the": drop leading function words.
      const name = (m[1] ?? '').replace(/^(?:(?:The|the|of|for|and|in|on)\s+)+/, '');
      const acr = m[2] ?? '';
      const start = s.start + m.index + m[0].indexOf(name);
      const end = start + name.length;
      const caps = name.split(/\s+/).filter((w) => /^[A-Z]/.test(w));
      const initials = caps.map((w) => w[0]).join('');
      if (caps.length < 2 || (!ORG_NAME_WORD.test(name) && initials !== acr.replace(/[a-z&]/g, ''))) continue;
      // (a place or a country inside the name, "Idlib" in "the Idlib Relief Network", "Syria" in "the Syria
      // Accountability Project", is part of it)
      const inside = (x: Mention): boolean => x.start >= start && x.end <= end && (x.type === 'place' || ACTORS.get(x.slug)?.kind === ActorKind.STATE);
      if (s.mentions.some((x) => start < x.end && end > x.start && !inside(x)) || knownActorSlug(name) || knownActorSlug(acr)) continue;
      s.mentions = s.mentions.filter((x) => !(x.start >= start && x.end <= end));
      const slug = slugify(name);
      if (!out.has(slug)) out.set(slug, { slug, name, kind: ARMED_NAME_WORD.test(name) ? ActorKind.ARMED_GROUP : MONITOR_NAME_WORD.test(name) ? ActorKind.MONITOR : ActorKind.NGO, partOf: null, aliases: [acr] });
      s.mentions.push({ start, end, surface: name, type: 'actor', slug });
      s.mentions.sort((a, b) => a.start - b.start || b.end - a.end);
    }
  }
  return out;
}

/**
 * Acronyms defined in the article ("the Syria Civil Defence (SCD)") name that actor wherever they recur
 * ("SCD teams reported", "SCD said"), in the sentences after the definition.
 */
function acronymMentions(folded: string, infos: SentenceInfo[]): void {
  if (!folded.includes('(')) return;
  const defs = new Map<string, { slug: string; at: number }>();
  for (const s of infos) {
    if (!s.folded.includes('(')) continue;
    for (const m of s.mentions) {
      if (m.type !== 'actor') continue;
      const acr = ACRONYM_AFTER.exec(folded.slice(m.end, m.end + 12));
      if (!acr?.[1] || defs.has(acr[1]) || knownActorSlug(acr[1])) continue;
      defs.set(acr[1], { slug: m.slug, at: m.end });
    }
  }
  if (defs.size === 0) return;
  const re = new RegExp(`\\b(${[...defs.keys()].join('|')})\\b(?![(-])`, 'g');
  for (const s of infos) {
    re.lastIndex = 0;
    let added = false;
    for (let m = re.exec(s.folded); m; m = re.exec(s.folded)) {
      const def = defs.get(m[1] ?? '');
      const start = s.start + m.index;
      const end = start + m[0].length;
      if (!def || start <= def.at || s.mentions.some((x) => start < x.end && end > x.start)) continue;
      s.mentions.push({ start, end, surface: m[0], type: 'actor', slug: def.slug });
      added = true;
    }
    if (added) s.mentions.sort((a, b) => a.start - b.start || b.end - a.end);
  }
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
