/**
 * Incidents: a discrete attack at an identifiable place. Found from attack terms near specific
 * place mentions; merged within the article by place containment, kind and date.
 */
import { ActorKind, DatePrecision, IncidentKind, PlaceKind } from '../domain/model';
import { ACTORS, PLACES, placeChain } from '../resolve';
import type { Doc, SentenceInfo } from './document';
import { AGGREGATE, ATTACK_TERMS, HARM } from './lexicon';
import type { Mention } from './mentions';

export interface DraftIncident {
  key: number;
  kind: IncidentKind;
  date: string | null;
  placeSlugs: string[];
  perpetrators: Set<string>;
  sentences: Set<number>;
  summary: string;
}

interface Term {
  start: number;
  end: number;
  kind: IncidentKind;
}

function attackTerms(s: SentenceInfo): Term[] {
  const out: Term[] = [];
  for (const { re, kind } of ATTACK_TERMS) {
    re.lastIndex = 0;
    const low = s.folded.toLowerCase();
    for (let m = re.exec(low); m; m = re.exec(low)) {
      const start = s.start + m.index;
      const end = start + m[0].length;
      if (out.some((t) => start < t.end && end > t.start)) continue;
      // "drones launched … shot down": intercepted drones are OTHER, not an air strike.
      out.push({ start, end, kind });
    }
  }
  return out.sort((a, b) => a.start - b.start);
}

/** Incidents in this domain happen in Syria: foreign places (datelines, capitals) are never incident sites. */
function inSyria(slug: string, doc: Doc): boolean {
  if (doc.newPlaces.has(slug)) return true;
  const chain = placeChain(slug);
  return chain.includes('syria');
}

function isSpecific(slug: string): boolean {
  const k = PLACES.get(slug)?.kind;
  return k !== undefined && k !== PlaceKind.COUNTRY && k !== PlaceKind.REGION && k !== PlaceKind.PROVINCE;
}
function isProvince(slug: string): boolean {
  return PLACES.get(slug)?.kind === PlaceKind.PROVINCE;
}
function placeKind(slug: string, doc: Doc): PlaceKind | undefined {
  return PLACES.get(slug)?.kind ?? doc.newPlaces.get(slug)?.kind;
}

/** Groups adjacent place mentions joined by ",", "and", "near": one list names one incident's places. */
function placeGroups(doc: Doc, ms: Mention[]): Mention[][] {
  const groups: Mention[][] = [];
  for (const m of ms) {
    const g = groups[groups.length - 1];
    const last = g?.[g.length - 1];
    if (g && last && /^(?:\s*,\s*|\s+and\s+|\s*,?\s+and\s+(?:the\s+)?|\s+(?:districts?|camp)\s+near\s+(?:the\s+(?:village|town)\s+of\s+)?)$/i.test(doc.folded.slice(last.end, m.start))) g.push(m);
    else groups.push([m]);
  }
  return groups;
}

const AGENT_KINDS = new Set([ActorKind.MILITARY, ActorKind.ARMED_GROUP, ActorKind.STATE]);

/** Actors the sentence names as carrying out the attack (agent next to an attack word). */
export function agentsIn(doc: Doc, s: SentenceInfo, from = s.start, to = s.end): string[] {
  const out: string[] = [];
  for (const m of s.mentions) {
    if (m.type !== 'actor' || m.start < from || m.end > to) continue;
    const a = ACTORS.get(m.slug);
    if (!a || !AGENT_KINDS.has(a.kind)) continue;
    const before = doc.folded.slice(Math.max(from, m.start - 30), m.start).toLowerCase();
    const after = doc.folded.slice(m.end, Math.min(to, m.end + 45)).toLowerCase();
    const surface = m.surface.toLowerCase();
    const weaponAlias = /\b(?:jets?|warplanes?|aircraft|planes|air ?strikes?|airstrikes?|bombing|shelling|artillery|helicopters?|air force|aerospace forces|aviation|air raids|drone|counter-fire)\b/.test(surface);
    const agentAfter = /^(?:'s\s+\w+\s+)?(?:\s*(?:and\s+[\w\s'-]{0,30}?)?(?:have|has|had|were|was)?\s*(?:also\s+)?(?:(?:carried out|conducted|launched|fired|struck|bombed|shelled|hit|killed|dropped|targeted|attacked|pounded|were behind|was behind|shot down|downed|opened fire))\b)/.test(after);
    const agentBefore =
      /\b(?:carried out|conducted|launched|fired|dropped|operated|struck|hit|bombed|shelled|killed|targeted|attacked)\s+by\s+(?:the\s+)?$/.test(before) ||
      /\b(?:strikes?|raids?|attacks?|shelling|bombing|fire|bombardment|missiles?|rockets?)\s+(?:by|from)\s+(?:the\s+)?$/.test(before);
    if (weaponAlias || agentAfter || agentBefore) if (!out.includes(m.slug)) out.push(m.slug);
  }
  return out;
}

/** Finds the article's incidents. Headline, standfirst and crossheads are not scanned. */
export function findIncidents(doc: Doc): DraftIncident[] {
  const drafts: DraftIncident[] = [];
  let lastDate: { date: string | null; sentence: number } | null = null;
  for (const s of doc.sentences) {
    if (s.role !== 'body') continue;
    // Dates that belong to the statement ("said on Tuesday") or the dateline are not the event's.
    const ownDates = s.dates.filter((d) => {
      const before = doc.folded.slice(Math.max(s.start, d.start - 30), d.start);
      if (/\b(?:said|says|told|reported|announced|added|confirmed|denied|briefing)\b[^.,;"]{0,20}$/i.test(before)) return false;
      if (d.start - s.start < 30 && /^\s*(?:\([^)]*\))?\s*[-—–]/.test(doc.folded.slice(d.end, d.end + 25))) return false;
      return true;
    });
    const terms = attackTerms(s);
    const harm = HARM.test(s.folded);
    const places = s.mentions.filter(
      (m) =>
        m.type === 'place' &&
        inSyria(m.slug, doc) &&
        // Where fire came from is not where it hit ("fired from positions in Aleppo province").
        !/\bfrom\b[^,.;]{0,35}$/i.test(doc.folded.slice(Math.max(s.start, m.start - 45), m.start)) &&
        !(m.start - s.start < 3 && /^\s*(?:,\s*[A-Z][a-z]+\.? \d+\s*)?(?:\([^)]*\))?\s*[-—–]/.test(doc.folded.slice(m.end, m.end + 30))),
    );
    const specific = places.filter((m) => !isProvince(m.slug) && placeKind(m.slug, doc) !== PlaceKind.REGION && placeKind(m.slug, doc) !== PlaceKind.COUNTRY);
    const aggregate = AGGREGATE.test(s.folded) || s.dates.some((d) => d.span);
    const denial = /\b(?:denied|denies|deny|rejected|dismissed|allegations?)\b/i.test(s.folded);
    if (terms.length > 0 && harm && !((aggregate || denial) && specific.length === 0)) {
      const pool = specific.length > 0 ? specific : places.filter((m) => isProvince(m.slug));
      const groups = placeGroups(doc, pool);
      const used = new Set<Mention[]>();
      for (const t of terms) {
        let best: Mention[] | null = null;
        let bestD = Infinity;
        for (const g of groups) {
          const first = g[0];
          const last = g[g.length - 1];
          if (!first || !last) continue;
          const d = first.start >= t.end ? first.start - t.end : t.start >= last.end ? (t.start - last.end) * 2.5 : 0;
          if (d < bestD) {
            bestD = d;
            best = g;
          }
        }
        if (!best || bestD > 160 || used.has(best)) continue;
        used.add(best);
        // Kind: OTHER (downing, roadside bomb) or the nearest attack term's kind.
        const near = terms.filter((x) => Math.abs(x.start - (best[0]?.start ?? 0)) < 200);
        const kind = near.some((x) => x.kind === IncidentKind.OTHER)
          ? IncidentKind.OTHER
          : t.kind;
        let date: string | null = null;
        if (ownDates.length > 0) {
          const anchor = best[0]?.start ?? t.start;
          const nd = [...ownDates].sort((a, b) => Math.abs(a.start - anchor) - Math.abs(b.start - anchor))[0];
          date = nd?.date ?? null;
        } else if (lastDate && s.index - lastDate.sentence <= 4 && !/\b(?:separate|another|earlier|elsewhere|previous)\b/i.test(s.folded)) date = lastDate.date;
        drafts.push({
          key: drafts.length,
          kind,
          date,
          placeSlugs: [...new Set(best.map((m) => m.slug))],
          perpetrators: new Set(agentsIn(doc, s)),
          sentences: new Set([s.index]),
          summary: s.text.replace(/\s+/g, ' ').slice(0, 200),
        });
      }
    }
    if (ownDates.length > 0) lastDate = { date: ownDates[0]?.date ?? null, sentence: s.index };
  }
  return mergeDrafts(drafts);
}

function compatibleDates(a: string | null, b: string | null): boolean {
  return a === null || b === null || a === b;
}

function ancestorOf(anc: string, slug: string): boolean {
  return placeChain(slug).slice(1).includes(anc);
}

function mergeDrafts(list: DraftIncident[]): DraftIncident[] {
  const out: DraftIncident[] = [];
  for (const d of list) {
    const target = out.find(
      (o) =>
        o.kind === d.kind &&
        compatibleDates(o.date, d.date) &&
        (o.placeSlugs.some((p) => d.placeSlugs.includes(p)) ||
          o.placeSlugs.every((p) => d.placeSlugs.some((q) => ancestorOf(p, q))) ||
          d.placeSlugs.every((p) => o.placeSlugs.some((q) => ancestorOf(p, q)))),
    );
    if (!target) {
      out.push({ ...d, key: out.length });
      continue;
    }
    // Keep the most specific places: a container is not repeated next to what it contains.
    const all = [...new Set([...target.placeSlugs, ...d.placeSlugs])];
    target.placeSlugs = all.filter((p) => !all.some((q) => q !== p && ancestorOf(p, q)));
    target.date = target.date ?? d.date;
    for (const p of d.perpetrators) target.perpetrators.add(p);
    for (const s of d.sentences) target.sentences.add(s);
  }
  return out;
}

export function datePrecision(date: string | null): DatePrecision {
  return date ? DatePrecision.DAY : DatePrecision.UNKNOWN;
}
