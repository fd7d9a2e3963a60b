/**
 * Statements: who said what, with which stance, about whom and which incident.
 * Attribution: speech verbs with their subject (left, through appositives and asides), inverted
 * quotes ("…," said X), "according to X", relays ("X told Interfax", "quoted by SANA") and
 * coreference (pronouns, role nouns, surnames).
 */
import { ActorKind, Stance } from '../domain/model';
import { ACTORS, sideOf, slugify } from '../resolve';
import type { Doc, SentenceInfo } from './document';
import { extractFigures, type Figures } from './figures';
import { agentsIn, type DraftIncident } from './incidents';
import {
  ACCUSE_CUE,
  ACCUSE_VERB,
  AGGREGATE,
  CALL_CUE,
  CALL_VERB,
  CONFIRM_CUE,
  CONFIRM_VERB,
  CRITICISE_CUE,
  CRITICISE_VERB,
  DENY_CUE,
  DENY_VERB,
  SPEECH_VERBS,
} from './lexicon';

/** A person named in the article but unknown to the alias table. */
export interface PersonInfo {
  slug: string;
  name: string;
  partOf: string | null;
}

export interface DraftStatement {
  speaker: string; // slug
  stance: Stance;
  targets: string[];
  incidentKey: number | null;
  figures: Figures;
  clauseStart: number;
  clauseEnd: number;
  sentence: SentenceInfo;
}

type SpanKind = 'actor' | 'person' | 'pronoun' | 'role';
interface Span {
  start: number;
  end: number;
  kind: SpanKind;
  slug: string | null;
  surface: string;
}

const TITLES = String.raw`(?:(?:Dr|Mr|Mrs|Ms|Major-General|Major General|Maj-Gen|Maj\. Gen\.|Rear Admiral|Admiral|General|Gen\.|Colonel|Col\.|Lieutenant|Brigadier|Sheikh)\.?\s+)`;
const NAME_TOKEN = String.raw`[A-Z][a-z'’]+(?:-[A-Z][a-z'’]+)?`;
const PERSON_RE = new RegExp(String.raw`(${TITLES})?(${NAME_TOKEN}(?:\s+(?:(?:al|el|bin|ibn|abu|abdel|abdul)-?\s?)?${NAME_TOKEN}){1,3})`, 'g');
const SINGLE_WITH_TITLE = new RegExp(String.raw`\b(?:Mr|Mrs|Ms|Dr)\.?\s+(${NAME_TOKEN})`, 'g');
const NOT_NAME = new Set(
  'The A An In On At As By For From With After Before Since During While But And Or If When Where Who Which That This These Those It Its He She They We Our Their His Her Russian Syrian Turkish British American French European Iranian Western Islamic Arab Kurdish Monday Tuesday Wednesday Thursday Friday Saturday Sunday January February March April May June July August September October November December Reporting Editing Writing Additional Share Related Photo Image However Meanwhile Elsewhere Separately Later Earlier Among Despite Nearly Some Many Most Several Dozens Hundreds Thousands Civilians Residents Rescuers Activists Witnesses Diplomats Militants Rebels Jihadists Hospitals Airstrikes Aerial Air Last Early Late Both Each Every Other No Not One Two Three Four Five Six Seven Eight Nine Ten Foreign Defence Defense Ministry Minister President Prime Secretary State General Admiral Major Head Chief Spokesman Spokeswoman Observatory Council Security United Nations Human Rights Watch Civil News Agency Armed Forces Aerospace Centre Center Front Liberation Opposition Coalition Amateur Unidentified Mainstream Northwest North South East West Northern Southern Eastern Western Idlib Idleb Hama Aleppo Syria Russia Turkey'.split(
    ' ',
  ),
);

const PRONOUN_RE = /\b(he|she|it|they)\b/gi;
const ROLE_RE = /\b(?:the|a|an)\s+(ministry|group|charity|agency|centre|center|rescue group|rescue organisation|rescue organization|rescue service|spokesman|spokeswoman|spokesperson|official|report|organisation|organization|department|office|directorate|rights group|monitor|military|ministry official|ministry spokesman)\b/gi;

/** State carried across sentences for coreference. */
interface Discourse {
  lastPerson: string | null;
  lastOrg: string | null;
  lastSpeaker: string | null;
  lastSpeakers: string[];
  persons: Map<string, PersonInfo>;
  /** surname (last token, lower-case) → person slug */
  surnames: Map<string, string>;
  seenActors: string[];
}

function kindOfSlug(slug: string, d: Discourse): ActorKind | null {
  if (d.persons.has(slug)) return ActorKind.PERSON;
  return ACTORS.get(slug)?.kind ?? null;
}

function resolveRole(noun: string, d: Discourse): string | null {
  const n = noun.toLowerCase();
  if (/^(?:spokesman|spokeswoman|spokesperson|official)$/.test(n)) return d.lastSpeaker;
  if (/^(?:ministry official|ministry spokesman)$/.test(n)) {
    for (let i = d.seenActors.length - 1; i >= 0; i--) {
      const s = d.seenActors[i];
      if (s && ACTORS.get(s)?.roles.includes('ministry')) return s;
    }
    return null;
  }
  if (/^(?:group|organisation|organization)$/.test(n)) {
    if (d.lastOrg) return d.lastOrg;
    return null;
  }
  const wantKind: Record<string, ActorKind> = {
    ministry: ActorKind.GOVERNMENT_BODY,
    charity: ActorKind.NGO,
    agency: ActorKind.MEDIA,
    monitor: ActorKind.MONITOR,
    'rights group': ActorKind.NGO,
    military: ActorKind.MILITARY,
  };
  for (let i = d.seenActors.length - 1; i >= 0; i--) {
    const s = d.seenActors[i];
    if (!s) continue;
    const a = ACTORS.get(s);
    if (!a) continue;
    if (a.roles.includes(n) || (wantKind[n] !== undefined && a.kind === wantKind[n])) return s;
  }
  return null;
}

/** Speaker-capable spans of a sentence: actor mentions, person names, pronouns, role nouns. */
function spansOf(doc: Doc, s: SentenceInfo, d: Discourse): Span[] {
  const spans: Span[] = [];
  for (const m of s.mentions) if (m.type === 'actor') spans.push({ start: m.start, end: m.end, kind: 'actor', slug: m.slug, surface: m.surface });
  const covered = (a: number, b: number): boolean => s.mentions.some((m) => a < m.end && b > m.start);
  PERSON_RE.lastIndex = 0;
  for (let m = PERSON_RE.exec(s.folded); m; m = PERSON_RE.exec(s.folded)) {
    const name = m[2] ?? '';
    const start = s.start + m.index;
    const nameStart = start + (m[1]?.length ?? 0);
    const end = nameStart + name.length;
    if (covered(nameStart, end)) continue;
    const toks = name.split(/\s+/);
    if (toks.some((t) => NOT_NAME.has(t))) continue;
    spans.push({ start, end, kind: 'person', slug: slugify(name), surface: name });
  }
  SINGLE_WITH_TITLE.lastIndex = 0;
  for (let m = SINGLE_WITH_TITLE.exec(s.folded); m; m = SINGLE_WITH_TITLE.exec(s.folded)) {
    const start = s.start + m.index;
    const end = start + m[0].length;
    if (spans.some((x) => start < x.end && end > x.start)) continue;
    const name = m[1] ?? '';
    spans.push({ start, end, kind: 'person', slug: slugify(name), surface: name });
  }
  // A single name right before or after a speech verb ("…, Marco said", "said Marco").
  const single = /(?:\b([A-Z][a-z'’]{2,})\s+(?:said|says|told|added)\b|\b(?:said|says|told|added)\s+([A-Z][a-z'’]{2,})\b(?!\s+[A-Z]))/g;
  for (let m = single.exec(s.folded); m; m = single.exec(s.folded)) {
    const name = m[1] ?? m[2] ?? '';
    const start = s.start + m.index + m[0].indexOf(name);
    const end = start + name.length;
    if (NOT_NAME.has(name) || spans.some((x) => start < x.end && end > x.start) || covered(start, end)) continue;
    if (start === s.start) continue; // sentence-initial capital is not evidence of a name
    spans.push({ start, end, kind: 'person', slug: d.surnames.get(name.toLowerCase()) ?? slugify(name), surface: name });
  }
  // Known surnames ("Hamdo told").
  const tokRe = /\b[A-Z][a-z'’]+\b/g;
  for (let m = tokRe.exec(s.folded); m; m = tokRe.exec(s.folded)) {
    const slug = d.surnames.get(m[0].toLowerCase());
    const start = s.start + m.index;
    const end = start + m[0].length;
    if (!slug || spans.some((x) => start < x.end && end > x.start)) continue;
    spans.push({ start, end, kind: 'person', slug, surface: m[0] });
  }
  PRONOUN_RE.lastIndex = 0;
  for (let m = PRONOUN_RE.exec(s.folded); m; m = PRONOUN_RE.exec(s.folded)) {
    const start = s.start + m.index;
    spans.push({ start, end: start + m[0].length, kind: 'pronoun', slug: null, surface: m[0].toLowerCase() });
  }
  ROLE_RE.lastIndex = 0;
  for (let m = ROLE_RE.exec(s.folded); m; m = ROLE_RE.exec(s.folded)) {
    const start = s.start + m.index;
    const end = start + m[0].length;
    if (spans.some((x) => x.kind === 'actor' && start < x.end && end > x.start)) continue;
    spans.push({ start, end, kind: 'role', slug: null, surface: (m[1] ?? '').toLowerCase() });
  }
  void doc;
  return spans.sort((a, b) => a.start - b.start || b.end - a.end);
}

const LIGHT_TOKENS = /^(?:\s+|,|has|have|had|also|all|both|each|jointly|later|separately|again|once|repeatedly|previously|in the past|however|meanwhile|on\s+\w+day|\w+day|late|early|earlier|in a (?:separate |brief )?statement|for its part|on its website|in geneva|in new york|in moscow|in ankara|in a briefing|at a briefing|briefly|already|itself|themselves|herself|himself|too|then|only|still|now|today|yesterday|last week|on \w+ \d+|has long|had long|long|immediately|swiftly|quickly|angrily|strongly|vehemently|flatly|once again|at the time)/i;

function isLightGap(gap: string): boolean {
  let g = gap.replace(/\([^)]*\)/g, ' ');
  // One appositive or aside: ", a volunteer with X," / ", which backs …,".
  g = g.replace(/^\s*,[^,"“”]{1,220},/, ' ');
  // "'s" of a possessive subject is not light ("Russia's deputy ambassador").
  let guard = 0;
  while (g.length > 0 && guard++ < 30) {
    const m = LIGHT_TOKENS.exec(g);
    if (!m || m[0].length === 0) break;
    g = g.slice(m[0].length);
  }
  return g.trim().length === 0;
}

interface Attribution {
  speakers: string[];
  verb: string;
  verbStart: number;
  verbEnd: number;
  subjStart: number;
  subjEnd: number;
  chained: boolean;
  inverted: boolean;
  relayOnly: boolean;
}

function resolveSpan(span: Span, d: Discourse): string | null {
  switch (span.kind) {
    case 'actor':
    case 'person':
      return span.slug;
    case 'pronoun':
      if (span.surface === 'he' || span.surface === 'she') return d.lastPerson;
      if (span.surface === 'it') return d.lastOrg;
      return d.lastSpeaker;
    case 'role':
      return resolveRole(span.surface, d);
  }
}

const RELAY_BEFORE = /\b(?:quoted by|cited by|carried by|according to|told|told the|citing|by)\s+(?:the\s+)?(?:state\s+|official\s+)?(?:news\s+agency\s+)?$/i;

/** Attributions (speaker + speech verb) in one sentence. */
function attributions(doc: Doc, s: SentenceInfo, spans: Span[], d: Discourse): Attribution[] {
  const out: Attribution[] = [];
  const text = doc.folded;
  SPEECH_VERBS.lastIndex = 0;
  const verbs: Array<{ start: number; end: number; verb: string }> = [];
  for (let m = SPEECH_VERBS.exec(s.folded); m; m = SPEECH_VERBS.exec(s.folded)) verbs.push({ start: s.start + m.index, end: s.start + m.index + m[0].length, verb: m[0].toLowerCase() });
  // "according to X"
  const acc = /\baccording to\s+/gi;
  for (let m = acc.exec(s.folded); m; m = acc.exec(s.folded)) {
    const at = s.start + m.index + m[0].length;
    const sp = spans.find((x) => x.start >= at && x.start <= at + 6 && x.kind !== 'pronoun');
    if (!sp) continue;
    const who = resolveSpan(sp, d);
    if (!who) continue;
    out.push({ speakers: [who], verb: 'according to', verbStart: s.start + m.index, verbEnd: at, subjStart: sp.start, subjEnd: sp.end, chained: false, inverted: true, relayOnly: false });
  }
  for (const v of verbs) {
    const before = text.slice(Math.max(s.start, v.start - 40), v.start);
    // Explicit non-statements: "did not say", "declined to comment".
    if (/\b(?:did|does|do|has|have|had|would|could)\s+not\s+(?:immediately\s+)?$|\bdeclined to\s+$|\bno\s+$/i.test(before)) continue;
    if (/\bas\s+$/i.test(before) && /^saying$/.test(v.verb)) continue; // "quoted … as saying"
    // Nominal uses: "the reports", "a claim", "the accusation", "what it called".
    if (/\b(?:the|a|an|these|those|such|its|their|his|her|of)\s+$/i.test(before) && /^(?:report|reports|claim|claims|blame|demands|call)$/.test(v.verb)) continue;
    if (/^(?:called|calling)$/.test(v.verb) && !/^\s+(?:on|for)\b/.test(text.slice(v.end, v.end + 5)) && !/^\s+(?:them|it|the|this|that|these)\b/.test(text.slice(v.end, v.end + 6))) continue;
    if (/^(?:called|calling)$/.test(v.verb) && /\bwhat\s+(?:it|they|he|she)\s+$/i.test(before)) continue;
    const prev = out.filter((a) => a.verbEnd <= v.start).sort((a, b) => b.verbEnd - a.verbEnd)[0];
    // Chained verb: ", saying …", " and accused …", ", adding that …".
    if (prev && /(?:,\s*|\s+and\s+|,\s*and\s+|\s+but\s+)(?:also\s+|later\s+|then\s+)?$/i.test(text.slice(prev.verbEnd, v.start).slice(-12)) && !spans.some((x) => x.start >= prev.verbEnd && x.end <= v.start && /(?:,\s*|\s+and\s+)$/.test(text.slice(x.end, v.start)) && x.kind !== 'pronoun' && isLightGap(text.slice(x.end, v.start)) && text.slice(x.end, v.start).length < 3)) {
      out.push({ speakers: prev.speakers, verb: v.verb, verbStart: v.start, verbEnd: v.end, subjStart: prev.subjStart, subjEnd: prev.subjEnd, chained: true, inverted: false, relayOnly: false });
      continue;
    }
    // Active "quoted X as saying": the speaker follows.
    if (v.verb === 'quoted' && !/\b(?:was|were|is|are|been)\s+$/i.test(before)) {
      const sp = spans.find((x) => x.start >= v.end && x.start <= v.end + 4);
      const who = sp ? resolveSpan(sp, d) : null;
      if (sp && who) {
        out.push({ speakers: [who], verb: v.verb, verbStart: v.start, verbEnd: v.end, subjStart: sp.start, subjEnd: sp.end, chained: false, inverted: true, relayOnly: false });
        continue;
      }
    }
    // Subject on the left.
    let subj: Span | null = null;
    const left = spans.filter((x) => x.end <= v.start && x.start >= s.start).sort((a, b) => b.end - a.end);
    for (const x of left) {
      const gap = text.slice(x.end, v.start);
      if (!isLightGap(gap)) continue;
      // Relayed agency or a name inside a prepositional phrase is not the subject.
      if (RELAY_BEFORE.test(text.slice(Math.max(s.start, x.start - 40), x.start)) && x.kind !== 'pronoun') continue;
      subj = x;
      break;
    }
    // Inside an appositive? "Zhukovets, head of the Russian Centre …, told": the outer name.
    if (subj) {
      const gap = text.slice(subj.end, v.start);
      if (/^\s*,/.test(gap)) {
        const seg = text.slice(s.start, subj.start);
        const comma = seg.lastIndexOf(',');
        if (comma >= 0) {
          const commaAbs = s.start + comma;
          const outer = spans.filter((x) => x.end <= commaAbs && /^\s*$/.test(text.slice(x.end, commaAbs))).sort((a, b) => b.end - a.end)[0];
          if (outer && outer !== subj && !/"|“|”/.test(text.slice(commaAbs, subj.start))) subj = outer;
        }
      }
    }
    // "Igor Konashenkov of the Russian Defence Ministry said": the person, not the ministry.
    if (subj && subj.kind === 'actor') {
      const lead = spans.filter((x) => x.kind === 'person' && x.end <= subj!.start && /^\s+(?:of|from|at|with)\s+(?:the\s+)?$/i.test(text.slice(x.end, subj!.start)))[0];
      if (lead) subj = lead;
    }
    let inverted = false;
    if (!subj && /^(?:said|says|told|added|reported|wrote|claimed|confirmed|warned|announced)$/.test(v.verb) && /[,"”]\s*$/.test(before)) {
      const right = spans.filter((x) => x.start >= v.end && x.start <= v.end + 8).sort((a, b) => a.start - b.start)[0];
      if (right && /^\s*(?:the\s+)?$/i.test(text.slice(v.end, right.start))) {
        subj = right;
        inverted = true;
      }
    }
    // "SANA made no mention of the market, but said …": the sentence's subject.
    if (!subj && /(?:,\s*|\s)(?:but|and)\s+(?:also\s+)?$/i.test(before)) {
      const first = spans.find((x) => x.kind !== 'pronoun' && x.start - s.start <= 12);
      if (first && first.end < v.start) subj = first;
    }
    if (!subj) continue;
    const who = resolveSpan(subj, d);
    if (!who) continue;
    const speakers = [who];
    // Coordinated subjects: "Russia and the Syrian army deny", "rescuers and a war monitor said".
    let head = subj;
    for (let guard = 0; guard < 4; guard++) {
      // The link next to the subject must be "and" ("X, Y and Z said"); a bare comma alone is an aside.
      const link = guard === 0 ? /^\s*(?:and|,\s*and)\s*(?:the\s+|a\s+|other\s+)?$/i : /^\s*(?:,|and|,\s*and)\s*(?:the\s+|a\s+)?$/i;
      const prevSpan = spans.filter((x) => x.end <= head.start && link.test(text.slice(x.end, head.start))).sort((a, b) => b.end - a.end)[0];
      if (!prevSpan || prevSpan.kind === 'pronoun') break;
      const w = resolveSpan(prevSpan, d);
      if (!w || speakers.includes(w)) break;
      speakers.unshift(w);
      head = prevSpan;
    }
    out.push({ speakers, verb: v.verb, verbStart: v.start, verbEnd: v.end, subjStart: head.start, subjEnd: subj.end, chained: false, inverted, relayOnly: /^(?:reported|reports|report|quoted|aired)$/.test(v.verb) });
  }
  // "…, citing X": X originated the content.
  const cite = /\bciting\s+(?:the\s+)?/gi;
  for (let m = cite.exec(s.folded); m; m = cite.exec(s.folded)) {
    const at = s.start + m.index + m[0].length;
    const sp = spans.find((x) => x.start >= at && x.start <= at + 20 && x.kind === 'actor');
    if (!sp || !sp.slug) continue;
    for (const a of out) if (a.verbStart < s.start + m.index + 40 && a.verbEnd <= s.start + m.index) a.relayOnly = true;
    const main = out.find((a) => a.verbStart > at);
    if (main) main.speakers = [sp.slug];
  }
  // Relays: a news agency relaying someone else is not a speaker.
  const isMedia = (slug: string): boolean => kindOfSlug(slug, d) === ActorKind.MEDIA;
  const hasOther = out.some((a) => a.speakers.some((x) => !isMedia(x)));
  return out.filter((a) => {
    if (hasOther && a.speakers.every(isMedia)) return false;
    if (a.relayOnly && a.speakers.every(isMedia) && hasOther) return false;
    return true;
  });
}

function stanceOf(verb: string, content: string, speaker: string, doc: Doc, s: SentenceInfo, from: number, to: number, d: Discourse): { stance: Stance; targets: string[] } {
  const objAfter = (): string[] => {
    // Actors right after the verb: "urged Russia and Turkey", "blamed Russia and the Syrian regime".
    const out: string[] = [];
    let cursor = -1;
    const vEnd = from;
    for (const m of s.mentions) {
      if (m.type !== 'actor' || m.start < vEnd) continue;
      const gap = doc.folded.slice(cursor < 0 ? vEnd : cursor, m.start);
      if (cursor < 0 ? !/^\s*(?:on|for)?\s*(?:the\s+|all\s+|")?$/i.test(gap) : !/^\s*(?:,|and|,\s*and)\s*(?:the\s+)?$/i.test(gap)) break;
      if (!out.includes(m.slug)) out.push(m.slug);
      cursor = m.end;
    }
    return out;
  };
  const v = verb.toLowerCase();
  const side = sideOf(speaker, undefined) !== 'neutral' ? sideOf(speaker) : sideOfPerson(speaker, d);
  const agents = agentsIn(doc, s, from, to).filter((a) => a !== speaker);
  const party = side === 'gov' || side === 'opp';
  if (CALL_VERB.test(v) || (CALL_CUE.test(content) && !DENY_VERB.test(v))) {
    return { stance: Stance.CALL, targets: /^(?:called for|calls for|calling for)$/.test(v) ? [] : objAfter() };
  }
  if (DENY_VERB.test(v) || DENY_CUE.test(content)) {
    let targets = agents;
    if (targets.length === 0) {
      const arm = armOf(speaker, d);
      if (/\bits\s+(?:aircraft|planes|jets|warplanes|air ?strikes|airstrikes|forces|pilots|aviation|bombing)\b/i.test(content) && arm) targets = [arm];
      else if (DENY_VERB.test(v) && !/^\s*(?:as\s+\w+\s+)?(?:the|these|those|that|this|such|western|media)\b/i.test(content)) targets = [speaker];
    }
    return { stance: Stance.DENIAL, targets };
  }
  if (CONFIRM_VERB.test(v)) return { stance: Stance.CONFIRMATION, targets: agents.length === 1 ? agents : [] };
  if (ACCUSE_VERB.test(v)) {
    const obj = objAfter();
    return { stance: Stance.ACCUSATION, targets: obj.length > 0 ? obj : agents.slice(0, 1) };
  }
  if (ACCUSE_CUE.test(content)) return { stance: Stance.ACCUSATION, targets: agents.length > 0 ? agents : objAfter() };
  if (party) {
    const adversaries = agents.filter((a) => {
      const sa = sideOf(a);
      return sa !== 'neutral' && sa !== side;
    });
    if (adversaries.length > 0 && /\b(?:kill\w*|shell\w*|struck|strikes?|bomb\w*|fired|attack\w*|hit|launched|targeted|aggression|wound\w*)\b/i.test(content)) {
      return { stance: Stance.ACCUSATION, targets: adversaries };
    }
    // An adversary as the subject of wrongdoing ("militants were using civilians as human shields").
    const wrong = /\b(?:human shields?|using civilians|staged|staging|fabricat\w*|provocation|breaking|broke|violat\w*|shelled|attacked|fired|launched|stockpil\w*|hindering|to hinder|sending|supplied|links to)\b/i;
    if (wrong.test(content)) {
      const adv = s.mentions.filter((m) => m.type === 'actor' && m.start >= from && m.end <= to && sideOf(m.slug) !== 'neutral' && sideOf(m.slug) !== side && m.slug !== speaker).map((m) => m.slug);
      if (adv.length > 0) return { stance: Stance.ACCUSATION, targets: [...new Set(adv)].slice(0, 2) };
    }
  }
  if (CRITICISE_VERB.test(v)) return { stance: Stance.CRITICISM, targets: objAfter() };
  if (CRITICISE_CUE.test(content)) {
    const obj = objAfter();
    return { stance: Stance.CRITICISM, targets: obj };
  }
  if (CONFIRM_CUE.test(content) && /\bconfirmation\b/i.test(content)) return { stance: Stance.CONFIRMATION, targets: agents.length === 1 ? agents : [] };
  // CLAIM: the actor whose action is asserted.
  const subjectOfContent = (): string | null => {
    const head = content.replace(/^\s*(?:,\s*)?(?:that\s+)?/i, '');
    const off = content.length - head.length;
    const m = s.mentions.find((x) => x.type === 'actor' && x.start >= from + off && x.start <= from + off + 60 && x.end <= to && x.slug !== speaker);
    if (m && /^\s*(?:'s\s+\w+\s+)?(?:had|has|have|would|will|was|were|is|are|could|did|\w+ed)\b/i.test(doc.folded.slice(m.end, m.end + 20)) && !/\b(?:by|of|for|with|against|on|to|from|in)\s+(?:the\s+)?$/i.test(doc.folded.slice(Math.max(from, m.start - 15), m.start))) return m.slug;
    if (/^(?:they|we)\s+(?:are|were|had|have|would|will|target|strike|only)\b/i.test(head) || /^it\s+(?:had|has|would|will|strikes|only|provides|targets)\b/i.test(head)) return speaker;
    if (/^its\s+(?:fighters|forces|troops|units|air\s+defen[cs]es|teams)\b/i.test(head)) return speaker;
    return null;
  };
  if (party) {
    const own = agents.filter((a) => sideOf(a) === side);
    if (own.length === 1) return { stance: Stance.CLAIM, targets: own };
    if (agents.length === 0 && /\b(?:it|its (?:fighters|forces|troops|units|air defen[cs]es))\b/i.test(content)) return { stance: Stance.CLAIM, targets: [speaker] };
  }
  if (agents.length === 1) return { stance: Stance.CLAIM, targets: agents };
  if (agents.length === 0) {
    const subj = subjectOfContent();
    if (subj) return { stance: Stance.CLAIM, targets: [subj] };
  }
  return { stance: Stance.CLAIM, targets: [] };
}

function sideOfPerson(slug: string, d: Discourse): 'gov' | 'opp' | 'neutral' {
  const p = d.persons.get(slug);
  if (p?.partOf) return sideOf(p.partOf);
  return sideOf(slug);
}

function armOf(slug: string, d: Discourse): string | null {
  let cur: string | null = slug;
  for (let i = 0; i < 5 && cur; i++) {
    const a = ACTORS.get(cur);
    if (a?.arm) return a.arm;
    cur = a?.partOf ?? d.persons.get(cur)?.partOf ?? null;
  }
  return null;
}

const ANAPHOR = /\b(?:the|this|that|these|those)\s+(?:attack|attacks|strike|strikes|raid|raids|incident|hospital|market|convoy|allegations?|accusations?|reports?|claims?|toll|bombing|shelling|downing|plane|jet|blast|explosion|deaths?|dead)\b/i;

/** Extracts statements from body sentences. */
export function findStatements(doc: Doc, incidents: DraftIncident[]): { statements: DraftStatement[]; persons: Map<string, PersonInfo> } {
  const d: Discourse = { lastPerson: null, lastOrg: null, lastSpeaker: null, lastSpeakers: [], persons: new Map(), surnames: new Map(), seenActors: [] };
  const out: DraftStatement[] = [];
  let lastIncident: { key: number; sentence: number } | null = null;
  for (const s of doc.sentences) {
    const spans = spansOf(doc, s, d);
    if (s.role === 'body') {
      const attrs = attributions(doc, s, spans, d).sort((a, b) => a.verbStart - b.verbStart);
      // Register people named as speakers (and their organisation from an appositive).
      for (const a of attrs) {
        for (const sp of a.speakers) {
          if (ACTORS.has(sp) || d.persons.has(sp)) continue;
          const span = spans.find((x) => x.kind === 'person' && x.slug === sp);
          if (!span) continue;
          const apposition = doc.folded.slice(span.end, Math.min(s.end, span.end + 120));
          const org = s.mentions.find((m) => m.type === 'actor' && m.start >= span.end && m.start <= span.end + 120 && ACTORS.get(m.slug)?.kind !== ActorKind.STATE && /^,/.test(apposition.trimStart()))
            ?? s.mentions.find((m) => m.type === 'actor' && m.end <= span.start && span.start - m.end <= 25 && ACTORS.get(m.slug)?.kind !== ActorKind.STATE);
          d.persons.set(sp, { slug: sp, name: span.surface, partOf: org ? org.slug : null });
          const last = span.surface.split(/\s+/).pop();
          if (last) d.surnames.set(last.toLowerCase(), sp);
        }
      }
      const incidentHere = incidents.find((i) => i.sentences.has(s.index));
      attrs.forEach((a, idx) => {
        const next = attrs[idx + 1];
        // Content of this speech act.
        let cStart: number;
        let cEnd: number;
        const after = doc.folded.slice(a.verbEnd, s.end);
        const beforeSubj = doc.folded.slice(s.start, a.subjStart);
        const relative = /\b(?:which|who|whom|that)\s+(?:the\s+)?$/i.test(beforeSubj);
        // What follows the verb once its object ("told Reuters", "told reporters") is removed.
        let rest = after;
        if (/^(?:told|tells)$/.test(a.verb)) {
          const obj = s.mentions.find((m) => m.type === 'actor' && m.start >= a.verbEnd && m.start <= a.verbEnd + 6);
          rest = obj ? doc.folded.slice(obj.end, s.end) : after.replace(/^\s*(?:reporters|journalists|diplomats|the\s+\w+|an?\s+\w+)/i, '');
        }
        const shortRest = rest.replace(/\b(?:in a statement|on \w+day|\w+day|by phone|by telephone|news agency|agency|later|separately)\b/gi, '').replace(/[\s.,"”]+/g, '').length < 12;
        const trailing =
          !relative &&
          (shortRest && !a.chained && a.subjStart > s.start + 10) ||
          !relative &&
          (a.inverted ||
            (!a.chained &&
              a.subjStart > s.start + 10 &&
              (/[,"”]\s*(?:the\s+|a\s+|an\s+)?$/i.test(beforeSubj) || /^[\s,]*(?:[a-z]+ing\b|in a statement|on \w+day|\w+day|told|to reporters|by phone|[.]|$)/i.test(after)) &&
              !/^\s*(?:that\b|the\s+\w+\s+(?:had|has|was|were|is|are)\b)/i.test(after) &&
              after.replace(/\b(?:in a statement|on \w+day|\w+day|told [^,.]+|by phone|to reporters|later|separately)\b/gi, '').replace(/[\s.,"”]+/g, '').length < 60));
        if (trailing && !a.chained) {
          const prevEnd = attrs.filter((x) => x !== a && x.verbEnd <= Math.min(a.subjStart, a.verbStart)).map((x) => x.verbEnd).pop() ?? s.start;
          cStart = prevEnd;
          cEnd = a.inverted ? a.verbStart : a.subjStart;
        } else {
          cStart = a.verbEnd;
          cEnd = next ? (next.chained ? next.verbStart : Math.max(a.verbEnd, Math.min(next.subjStart, next.verbStart))) : s.end;
          // "…, which the Observatory said had killed 23": the embedded report is not this speaker's.
          const rel = /,\s*(?:which|who)\s/i.exec(doc.folded.slice(cStart, cEnd));
          if (next && !next.chained && rel) cEnd = cStart + rel.index;
        }
        if (cEnd <= cStart) {
          cStart = a.verbEnd;
          cEnd = s.end;
        }
        const content = doc.folded.slice(cStart, cEnd);
        const clauseStart = Math.min(a.chained ? a.verbStart : a.subjStart, cStart);
        const clauseEnd = Math.max(cEnd, a.verbEnd, a.subjEnd);
        for (const speaker of a.speakers) {
          const { stance, targets } = stanceOf(a.verb, content, speaker, doc, s, cStart, cEnd, d);
          let incidentKey: number | null = null;
          const aggregate = AGGREGATE.test(content) || s.dates.some((x) => x.span && x.start >= cStart && x.end <= cEnd);
          if (incidentHere && !aggregate) incidentKey = incidentHere.key;
          else if (!aggregate) {
            const byPlace = incidents.find((i) => s.mentions.some((m) => m.type === 'place' && i.placeSlugs.includes(m.slug)));
            if (byPlace) incidentKey = byPlace.key;
            else if (lastIncident && s.index - lastIncident.sentence <= 4 && ANAPHOR.test(content + ' ' + doc.folded.slice(s.start, s.end))) incidentKey = lastIncident.key;
          }
          const figures = extractFigures(content.length > 3 ? content : s.folded);
          // One clause that both denies and blames ("fabricated … by the so-called White Helmets").
          if (stance === Stance.DENIAL) {
            const by = /\b(?:fabricat\w*|fake\w*|staged|provocation|fabrication)\b[^.;]{0,60}?\bby\s+(?:the\s+)?(?:so-called\s+)?/i.exec(content);
            if (by) {
              const at = cStart + by.index + by[0].length;
              const who = s.mentions.find((m) => m.type === 'actor' && m.start >= at && m.start <= at + 3);
              if (who) out.push({ speaker, stance: Stance.ACCUSATION, targets: [who.slug], incidentKey, figures: { killed: null, injured: null, children: null, qualifier: null }, clauseStart, clauseEnd, sentence: s });
            }
          }
          const targetList = targets.length > 0 ? targets : [];
          if (targetList.length <= 1) {
            out.push({ speaker, stance, targets: targetList, incidentKey, figures, clauseStart, clauseEnd, sentence: s });
          } else {
            // One statement per target (same evidence).
            for (const t of targetList) out.push({ speaker, stance, targets: [t], incidentKey, figures, clauseStart, clauseEnd, sentence: s });
          }
        }
      });
      for (const a of attrs) {
        const sp = a.speakers[a.speakers.length - 1];
        if (!sp) continue;
        d.lastSpeaker = sp;
        d.lastSpeakers = a.speakers;
        if (kindOfSlug(sp, d) === ActorKind.PERSON) d.lastPerson = sp;
        else if (kindOfSlug(sp, d) !== ActorKind.STATE) d.lastOrg = sp;
        else d.lastOrg = sp;
      }
      if (incidentHere) lastIncident = { key: incidentHere.key, sentence: s.index };
    }
    for (const m of s.mentions) if (m.type === 'actor') d.seenActors.push(m.slug);
    // Subjects of non-speech sentences still set "it"/"he" antecedents.
    const firstActor = s.mentions.find((m) => m.type === 'actor' && m.start - s.start < 40);
    if (s.role === 'body' && firstActor && !d.lastOrg) d.lastOrg = firstActor.slug;
  }
  return { statements: out, persons: d.persons };
}
