/**
 * Incidents: a discrete attack at an identifiable place. Found from attack terms near specific
 * place mentions; merged within the article by place containment, kind and date.
 */
import { DatePrecision, IncidentKind, PlaceKind } from '../domain/model';
import { ACTORS, PLACES, placeChain } from '../resolve';
import type { Doc, SentenceInfo } from './document';
import { WEEKDAYS } from './dates';
import { extractFigures } from './figures';
import { AGGREGATE, ATTACKER_KINDS, ATTACK_TERMS, HARM, RAID_ON } from './lexicon';
import type { Mention } from './mentions';

export interface DraftIncident {
  key: number;
  kind: IncidentKind;
  date: string | null;
  placeSlugs: string[];
  perpetrators: Set<string>;
  sentences: Set<number>;
  summary: string;
  /** Told as an aside to the main story ("Two days earlier, …", "Separately, …"). */
  aside?: boolean;
  /** The date was carried over from an earlier sentence, not told with the attack. */
  inherited?: boolean;
  /** Placed only by a town near an unnamed village ("a village near the town of X"): a later sentence may name the village. */
  vague?: boolean;
}

interface Term {
  start: number;
  end: number;
  kind: IncidentKind;
  /** A gas or chemical attack named as such: harm is implied. */
  chemical?: boolean;
}

/** "weeks of", "months of heavy": what precedes an attack word that names a long campaign, not one attack. */
const BACKGROUND = /\b(?:weeks|months|days|years|nights|hours)\s+of\s+(?:[\w-]+\s+){0,2}$/;
/** Quantifiers that make an attack word generic or negated. */
/** "the shells were fired from positions held by HTS near the village of X": where the fire came from (not "a missile fired
 * from a drone hit a car in X", where it landed). */
const FIRED_FROM = /\b(?:fired|launched|shot)\s+from\s+(?:(?!\b(?:hit|hits|struck|landed|fell|slammed|killed|killing|targeted|targeting|into|on)\b)[^.;,])*?\b(?:near|in|around|outside|at|by)\s+(?:the\s+(?:village|town|city|area)\s+of\s+)?$/i;
/** "as government forces pushed towards the Abu al-Duhur air base": where troops advance, not what was hit. */
const ADVANCED_TO = /\b(?:push(?:ed|es|ing)?|advanc(?:ed|es|ing|e)|mov(?:ed|es|ing)|march(?:ed|es|ing)|clos(?:ed|es|ing)\s+in)\s+(?:on\s+)?towards?\s+(?:the\s+)?(?:(?:town|village|city|outskirts)\s+of\s+)?$/i;
/** "People fled the bombing in Maarat al-Numan and Saraqeb three years ago": where people fled from. */
const FLED_FROM = /\b(?:fled|flee|fleeing|escaped|escaping|displaced\s+by)\s+(?:the\s+)?(?:[\w-]+\s+){0,2}?(?:bombing|bombardment|shelling|fighting|strikes|offensive|violence|war)\s+(?:in|on|around)\s+(?:the\s+)?$/i;
/** "on their positions in the", "targeting army positions in": positions that were hit. */
const TARGET_POSITIONS_IN = /\b(?:on|at|against|targeting|targeted|hit|hitting|struck|striking|shelled|shelling|pounded|bombed)\s+(?:(?:their|its|his|the|[A-Z][a-z]+|army|rebel|government|regime|military)\s+){0,2}(?:positions?|posts?|bases?|(?:troops|forces|soldiers|units)\s+(?:deployed|stationed|positioned|based))\s+(?:in|near|around|outside)\s+(?:the\s+)?$/i;
/** "had not struck", "did not bomb", "never targeted" right before the place: an attack denied, not told. */
const NEGATED_ATTACK = /\b(?:(?:had|has|have|did|does|do|was|were)\s+not\s+(?:been\s+)?(?:struck|strike|hit|bombed|bomb|shelled|shell|targeted|target|attacked|attack)|never\s+(?:struck|hit|bombed|shelled|targeted|attacked))\s+(?:(?:the\s+)?(?:town|village|city|area)\s+of\s+|in\s+|on\s+)?$/i;
/** "on a village near the town of", "a camp outside": an unnamed site placed by a town near it. */
const UNNAMED_NEAR = /\b(?:a|an)\s+(?:[\w-]+\s+)?(?:village|hamlet|camp|farm|settlement)\s+(?:near|outside|close\s+to)\s+(?:the\s+(?:town|city)\s+of\s+)?$/i;
/**
 * A count of attacks: "had recorded at least 40 Russian air strikes on the X area this month", "has carried out hundreds of
 * strikes in Syria", "HTS fighters have launched dozens of armed drones at the Hmeimim air base".
 */
const COUNTED_ATTACKS =
  /\b(?:recorded|documented|counted|registered|logged|tallied|verified|monitored|carried\s+out|conducted|launched|flown)\s+(?:at\s+least\s+|more\s+than\s+|nearly\s+|almost\s+|some\s+|over\s+|about\s+|around\s+)?(?:\d[\d,]*|(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety|a\s+hundred)(?:-[a-z]+)?|dozens\s+of|hundreds\s+of|thousands\s+of|scores\s+of)\s+(?:[\w-]+\s+){0,2}?(?:air ?strikes|air-strikes|strikes|raids|attacks|bombings|sorties|violations)\b|\b(?:have|has)\s+(?:launched|fired|dropped|flown|sent)\s+(?:at\s+least\s+|more\s+than\s+|nearly\s+|some\s+|over\s+)?(?:\d[\d,]*|dozens\s+of|hundreds\s+of|thousands\s+of|scores\s+of)\s+(?:[\w-]+\s+){0,2}?(?:drones|rockets|missiles|shells|barrel\s+bombs|mortars)\b/i;
/**
 * "our monitors have recorded near-daily air strikes on X, Y and Z", "X has been bombed almost daily", "jets have bombed
 * X every day since …": a campaign, whatever day the sentence names.
 */
const FREQUENT_ATTACKS =
  /\b(?:recorded|documented|counted|registered|logged|monitored|carried\s+out|conducted|launched|seen|faced|suffered)\s+(?:(?:near|almost)[- ]daily|daily|nightly|repeated|frequent|regular|constant|relentless)\s+(?:[\w-]+\s+){0,2}?(?:air ?strikes|air-strikes|strikes|raids|attacks|bombings|shelling|bombardment|sorties)\b|\b(?:bombed|shelled|hit|struck|targeted|pounded|attacked)\s+(?:[\w'-]+\s+){0,3}?(?:(?:near|almost|nearly)[- ])?(?:daily|nightly|every\s+(?:single\s+)?(?:day|night)|day\s+after\s+day|night\s+after\s+night)\b/i;
/** "Israel … has kept up its raids around Damascus": a campaign carried on. */
const KEPT_UP = /\b(?:kept|keeps|keep|keeping)\s+up\s+(?:its|their|the)\s+(?:[\w-]+\s+)?(?:raids|strikes|air ?strikes|attacks|bombardment|shelling|bombing)\b/i;
/** An earlier attack told only to date another, days or more before it: ", days after (Russian) ", "came weeks after the ". */
const DAYS_AFTER_BEFORE = /(?:,\s*|\b(?:came|comes|come)\s+)(?:days|weeks|months)\s+after\s+(?:the\s+|a\s+|an\s+)?(?:[\w-]+\s+){0,2}$/i;
/** An earlier attack given as the reason for what the sentence tells: "in response to the terrorist attack on …". */
const REASON_BEFORE = /\b(?:in\s+(?:response|retaliation|reprisal)\s+(?:to|for)|in\s+revenge\s+for|to\s+avenge)\s+(?:the\s+|a\s+|an\s+|(?:last\s+week|\w+day)['’]s\s+)?(?:[\w-]+\s+){0,2}$/i;
/** A place's record of attacks: "has been hit by several bombings", "in recent months". */
const HISTORY = /\b(?:has|have)\s+(?:been\s+)?(?:hit|struck|targeted|bombed|shelled|attacked)\s+(?:by\s+)?(?:several|repeated|multiple|numerous|frequent|many|dozens\s+of|a\s+series\s+of)\b|\bin\s+recent\s+(?:days|weeks|months|years)\b|\b(?:came|comes|come)\s+(?:days|weeks|months)\s+after\b/i;
/** A reason given for an attack: "in response to", "in retaliation for", "a response to", "revenge for". */
const REASON_HEAD = String.raw`\b(?:response|responding|retaliation|retaliating|reprisals?|revenge|reply|replying|reacting)\s+(?:to|for)\s+`;
const REASON_FOR = new RegExp(String.raw`${REASON_HEAD}(?:(?:repeated|recent|continued|continuing|ongoing|daily|frequent|militant|rebel|terrorist|insurgent|drone|rocket|missile|mortar|artillery)\s+){0,2}$`);
/**
 * Before a place: an earlier attack given as the reason or the starting point of what the sentence tells ("in response to the
 * terrorist attack on the graduation ceremony of the Military College in X", "since a drone attack on a military academy in X"),
 * unless the sentence goes on to its toll.
 */
const EARLIER_ATTACK_AT = new RegExp(String.raw`(?:${REASON_HEAD}|\b(?:since|since\s+[\w ]{1,25},\s+when)\s+)(?:the\s+|a\s+|an\s+)?(?:[\w-]+\s+){0,3}?(?:attacks?|strikes?|air\s*strikes?|raids?|shelling|bombing|bombardments?|massacre)\s+(?:on|at|against|targeting)\s+[^,;.]{0,80}$`, 'i');
/** Harm told after an earlier attack: its toll, which makes it an incident after all. */
const HARM_AFTER = /\b(?:kill\w*|dead|died|deaths?|wound\w*|injur\w*|casualt\w*)\b/i;
/** The place of attacks given as a reason: "in response to drone attacks on (government-held areas of) X". */
const REASON_ATTACKS_ON = new RegExp(String.raw`${REASON_HEAD}(?:[\w-]+\s+){0,3}?(?:attacks|strikes|raids|shelling|bombardments|rockets|drones)\s+(?:on|at|against|targeting|launched\s+at|fired\s+at)\s+(?:[\w-]+\s+){0,4}?(?:of\s+)?(?:the\s+)?$`, 'i');
/** An attack foreseen or threatened, not told: "will be bombed", "threatened on Monday to strike", "could face more raids". */
const MODAL_BEFORE =
  /\b(?:will|would|could|might|(?<!\b(?:in|of|early|late|mid|since|until|by|and|\d+)\s)may|shall|(?:threaten|vow|plan|intend|prepar|promis|pledg)\w*(?:\s+(?:on\s+)?[a-z]+day)?\s+to|(?:ready|going|about)\s+to)\s+(?:not\s+)?(?:(?:be|also|again|soon|now|next|then|only)\s+)*(?:(?:launch|carry\s+out|conduct|step\s+up|resume|face|see|suffer)\s+(?:more\s+|new\s+|further\s+|fresh\s+)?)?$/;
/** Before an aircraft only heard or seen: "the sound of jets", "the roar of warplanes overhead". */
const HEARD = /\b(?:sound|sounds|noise|roar|hum|buzz|whine|drone)\s+of\s+(?:the\s+)?(?:[\w-]+\s+)?$/i;
const NO_ONE_ATTACK = /\b(?:every|each|none\s+of\s+the)\s+(?:[\w-]+\s+)?$/;
/** Aircraft as the agent of "shelling": "warplanes carried out intense shelling of X". */
const AIRCRAFT_AGENT = /\b(?:jets?|warplanes?|planes?|aircraft|helicopters?)\b(?![^.;]*\b(?:artillery|rockets?|mortars?|tanks?|launchers?|troops|forces|and|while|as)\b)[^.;]{0,50}$/i;

/**
 * "two days before the air strike", "the day after the attack", "minutes after the strike": a time
 * counted from an attack already told. The attack word inside is a back-reference, not this sentence's event.
 */
const RELATIVE_TO_ATTACK =
  /\b(?:(a|an|one|two|three|four|five|six|seven|eight|nine|ten|fifteen|twenty|thirty|\d{1,2})\s+(days?|hours?|minutes?)|the\s+day)\s+(before|after|prior\s+to)\s+(?:the|that|this)\s+(?:[\w-]+\s+){0,2}?(?:strike|air ?strike|air-strike|attack|raid|air raid|bombing|shelling|bombardment|massacre)\b/gi;

function relativeSpans(s: SentenceInfo): Array<{ start: number; end: number; days: number }> {
  const out: Array<{ start: number; end: number; days: number }> = [];
  RELATIVE_TO_ATTACK.lastIndex = 0;
  for (let m = RELATIVE_TO_ATTACK.exec(s.folded); m; m = RELATIVE_TO_ATTACK.exec(s.folded)) {
    // "three days after the strike on Sarmin" names its own attack.
    if (/^\s+(?:on|in|at|against|near)\s+(?:the\s+)?(?:(?:town|village|city)\s+of\s+)?(?:al-|el-)?[A-Z]/.test(s.folded.slice(m.index + m[0].length, m.index + m[0].length + 40))) continue;
    // "five minutes before the strike", "hours after the raid": the same day.
    const n = m[2] && !/^day/i.test(m[2]) ? 0 : m[1] ? (NUMBER_WORDS[m[1].toLowerCase()] ?? Number(m[1])) : 1;
    out.push({ start: s.start + m.index, end: s.start + m.index + m[0].length, days: /^after/i.test(m[3] ?? '') ? n : -n });
  }
  return out;
}

function attackTerms(s: SentenceInfo): Term[] {
  const out: Term[] = [];
  const refs = relativeSpans(s);
  for (const { re, kind, fallback } of ATTACK_TERMS) {
    if (fallback && out.length > 0) continue;
    re.lastIndex = 0;
    const low = s.folded.toLowerCase();
    for (let m = re.exec(low); m; m = re.exec(low)) {
      const start = s.start + m.index;
      const end = start + m[0].length;
      if (out.some((t) => start < t.end && end > t.start)) continue;
      if (refs.some((r) => start >= r.start && end <= r.end)) continue;
      // "which has faced months of shelling": the background of the place, not this attack.
      if (BACKGROUND.test(low.slice(Math.max(0, m.index - 40), m.index))) continue;
      // "every rocket fired at X", "none of the bombs dropped on Y": no one attack.
      if (NO_ONE_ATTACK.test(low.slice(Math.max(0, m.index - 30), m.index))) continue;
      // "woke to the sound of jets again": aircraft heard, not an attack told.
      if (HEARD.test(low.slice(Math.max(0, m.index - 30), m.index))) continue;
      // "fear the town will be bombed next", "threatened to strike": an attack foreseen or threatened, not one told.
      if (MODAL_BEFORE.test(low.slice(Math.max(0, m.index - 60), m.index))) continue;
      // "in response to drone attacks on Hmeimim": attacks given as a reason, in the plural, are no one attack told.
      if (/s$/.test(m[0]) && REASON_FOR.test(low.slice(Math.max(0, m.index - 50), m.index))) continue;
      // "drones launched … shot down": intercepted drones are OTHER, not an air strike.
      out.push({ start, end, kind });
    }
  }
  // "a suspected toxic gas attack on X": a chemical attack whose delivery the sentence does not name is OTHER.
  if (out.length === 0 && GAS_GATE.test(s.folded)) {
    CHEMICAL_ATTACK.lastIndex = 0;
    for (let m = CHEMICAL_ATTACK.exec(s.folded); m; m = CHEMICAL_ATTACK.exec(s.folded)) out.push({ start: s.start + m.index, end: s.start + m.index + m[0].length, kind: IncidentKind.OTHER, chemical: true });
  }
  if (/explo/i.test(s.folded)) {
    for (const t of out) {
      // "explosive-laden drones", "drones packed with explosives": the drone is the weapon, an air strike.
      if (t.kind === IncidentKind.OTHER && /laden|packed|rigged|explosive/i.test(s.folded.slice(t.start - s.start, t.end - s.start)) && /^\s+(?:[\w-]+\s+)?drones?\b/i.test(s.folded.slice(t.end - s.start, t.end - s.start + 30))) t.kind = IncidentKind.AIRSTRIKE;
      if (t.kind === IncidentKind.OTHER && /\bdrones?\s+(?:packed|rigged|laden|loaded)\s+with\s+explosives\b/i.test(s.folded.slice(Math.max(0, t.start - s.start - 20), t.end - s.start))) t.kind = IncidentKind.AIRSTRIKE;
    }
    // "a drone fell on a school without exploding": a dud is OTHER, as unexploded ordnance is.
    // (only the attack term nearest before the phrase: "…without exploding, but a second strike killed two" is still a strike)
    const dud = DUD.exec(s.folded);
    if (dud) {
      const at = s.start + dud.index;
      const term = out.filter((t) => t.start < at && (t.kind === IncidentKind.AIRSTRIKE || t.kind === IncidentKind.SHELLING)).pop();
      if (term) term.kind = IncidentKind.OTHER;
    }
  }
  return out.sort((a, b) => a.start - b.start);
}

/** A munition that did not go off. */
const DUD = /\b(?:without\s+exploding|failed\s+to\s+(?:explode|detonate)|did\s+not\s+(?:explode|detonate)|didn['’]t\s+(?:explode|detonate)|never\s+exploded)\b/i;

const GAS_GATE = /\b(?:gas|chemical|chlorine|sarin)\b/i;

/**
 * Harm words of military briefings and bomb reports that the shared list lacks: "eliminated 25 militants",
 * "neutralised", "a car bomb went off", "detonated". Only read next to an attack word.
 */
/** A notice that opens with the attack and its target, no verb of harm: "Airstrikes by Russian warplanes on residential neighbourhood in X." */
const ATTACK_NOTICE = /^\W*(?:(?:new|heavy|renewed|intense|russian|syrian|regime)\s+)?(?:air ?strikes?|air-strikes?|air raids?|raids?|shelling|bombardment|barrel bombs?|missile strikes?|drone strikes?)\s+(?:by\s+[^,.;:]{1,40}?\s+)?(?:on|targeting|against|hitting)\s/i;
/** An aircraft that "came down" or crashed: the downing is the harm ("A Syrian army helicopter came down near X"). */
const AIRCRAFT_DOWN = /\b(?:helicopters?|jets?|planes?|aircraft|drones?|warplanes?|sukhois?|migs?)\b[^.;]{0,40}?\b(?:came\s+down|crash(?:ed|-landed))\b/i;
const HARM_EXTRA = /\b(?:eliminat(?:ed|ing)|neutrali[sz](?:ed|ing)|(?:went|gone|goes|going)\s+off|detonat(?:ed|ing)|deadly|deadliest|fatal|lethal|bloody|bloodiest)\b/i;

/** A list item's marker at the start of its line: "- ", "• ", "* ", "– ". */
const LIST_ITEM = /^\s*[-•\x95*–\x96—\x97]\s+/;
/** A passive attack verb in a list item: "a convoy was struck", "tankers were hit". */
const ITEM_PASSIVE_HIT = /\b(?:was|were|had been|has been|have been)\s+(?:(?:also|reportedly)\s+)?(?:struck|hit|targeted|bombed|attacked)\b/i;
/** A gas or chemical attack named as such ("toxic gas attack", "chlorine attack", "chemical strike"). */
const CHEMICAL_ATTACK = /\b(?:(?:(?:toxic|poison(?:ous)?|nerve|chlorine|sarin|mustard)\s+)?gas|chemical(?:\s+weapons?)?|chlorine|sarin)\s+(?:attacks?|strikes?)\b/gi;

/** "two barrels hit", "the first barrel fell": barrel bombs by their short name (once the article has named them). */
const SHORT_BARREL = /\bbarrels?\b(?![- ]bombs?\b|\s+of\b)/gi;
function shortBarrels(s: SentenceInfo, terms: Term[]): void {
  SHORT_BARREL.lastIndex = 0;
  for (let m = SHORT_BARREL.exec(s.folded); m; m = SHORT_BARREL.exec(s.folded)) {
    const start = s.start + m.index;
    const end = start + m[0].length;
    if (terms.some((t) => start < t.end && end > t.start)) continue;
    terms.push({ start, end, kind: IncidentKind.AIRSTRIKE });
  }
  terms.sort((a, b) => a.start - b.start);
}

/** The next sentence says the drones were brought down: "… launched two drones at X. Both were shot down …". */
const DOWNED_NEXT = /^\s*(?:both|all|they|the\s+(?:[\w-]+\s+)?drones?|the\s+attacks?|each|it|one|neither|none)\b(?:\s+[\w-]+){0,4}?\s+(?:(?:was|were|had\s+been|have\s+been)\s+)?(?:(?:later|quickly|all|also|successfully)\s+)?(?:shot down|intercepted|downed|brought down|destroyed in (?:the\s+)?air|repelled|repulsed|thwarted|foiled)\b/i;
/** Later in the drones' own sentence: "…, adding that the attack was repelled", "…, but all were shot down". */
const DOWNED_LATER = /\b(?:the\s+attacks?|the\s+(?:[\w-]+\s+)?drones?|all\s+of\s+them|they|it)\s+(?:(?:was|were|had\s+been|have\s+been|has\s+been)\s+)?(?:(?:all|also|successfully)\s+)?(?:shot down|intercepted|downed|repelled|repulsed|thwarted|foiled)\b/i;

/**
 * Drones whose interception the next sentence of the paragraph tells: the launch was intercepted, an
 * OTHER incident (as "shot down three drones" in one sentence already is), not an air strike.
 */
function interceptedDrones(doc: Doc, s: SentenceInfo, terms: Term[]): void {
  for (const t of terms) {
    if (t.kind !== IncidentKind.AIRSTRIKE || !/drones?$/i.test(doc.folded.slice(t.start, t.end))) continue;
    const next = doc.sentences[s.index + 1];
    if ((next && next.role === 'body' && next.paragraph === s.paragraph && DOWNED_NEXT.test(next.folded)) || DOWNED_LATER.test(doc.folded.slice(t.end, s.end))) t.kind = IncidentKind.OTHER;
  }
}

/** Incidents in this domain happen in Syria: foreign places (datelines, capitals) are never incident sites. */
function inSyria(slug: string, doc: Doc): boolean {
  if (doc.newPlaces.has(slug)) return true;
  const chain = placeChain(slug);
  return chain.includes('syria');
}

/** Villages or towns of a province's countryside named as what was hit. */
const COUNTRYSIDE_TARGET = /\b(?:villages?|towns?|hamlets?)\s+(?:in|of|across)\s+(?:the\s+)?(?:[\w-]+\s+){0,2}countryside\b/i;

function isProvince(slug: string): boolean {
  return PLACES.get(slug)?.kind === PlaceKind.PROVINCE;
}
/** A sentence that gives a toll (of the dead or the wounded). */
function tollTold(text: string): boolean {
  const f = extractFigures(text);
  return (f.killed ?? 0) > 0 || (f.injured ?? 0) > 0;
}
/** An area inside one province (a plain, a mountain range: "the al-Ghab plain", "Jabal al-Zawiya"). */
function isLocalArea(slug: string): boolean {
  const p = PLACES.get(slug);
  return p?.kind === PlaceKind.REGION && !!p.parent && isProvince(p.parent);
}
function placeKind(slug: string, doc: Doc): PlaceKind | undefined {
  return PLACES.get(slug)?.kind ?? doc.newPlaces.get(slug)?.kind;
}
/** Below province level: a village, town, city, district or facility (new places included). */
function isSpecificIn(slug: string, doc: Doc): boolean {
  const k = placeKind(slug, doc);
  return k !== undefined && k !== PlaceKind.PROVINCE && k !== PlaceKind.REGION && k !== PlaceKind.COUNTRY;
}

/** What joins the places of one list: "X, Y and the village of Z", "the Qah camp near Atmeh". */
const PLACE_LIST_JOIN =
  /^(?:\s*,\s*|\s*,?\s+(?:and|as well as)\s+)(?:(?:in|on|at|near|around)\s+the\s+(?:outskirts|edges?|fringes?|centre|center)\s+of\s+)?(?:(?:the\s+)?(?:nearby|neighbou?ring|adjacent)\s+)?(?:(?:the\s+)?(?:towns?|villages?|city|district|neighbou?rhoods?|camp)\s+of\s+)?$|^\s+(?:districts?|(?:displacement\s+)?camp)\s+near\s+(?:the\s+(?:village|town)\s+of\s+)?$/i;

/** Groups adjacent place mentions joined by ",", "and", "near": one list names one incident's places. */
function placeGroups(doc: Doc, ms: Mention[]): Mention[][] {
  const groups: Mention[][] = [];
  for (const m of ms) {
    const g = groups[groups.length - 1];
    const last = g?.[g.length - 1];
    if (g && last && PLACE_LIST_JOIN.test((/\s(?:displacement\s+)?camp$/i.exec(last.surface)?.[0] ?? '') + doc.folded.slice(last.end, m.start))) g.push(m);
    else groups.push([m]);
  }
  return groups;
}

/** Actors the sentence names as carrying out the attack (agent next to an attack word). */
export function agentsIn(doc: Doc, s: SentenceInfo, from = s.start, to = s.end): string[] {
  const out: string[] = [];
  for (const m of s.mentions) {
    if (m.type !== 'actor' || m.start < from || m.end > to) continue;
    const a = ACTORS.get(m.slug);
    if (!a || !ATTACKER_KINDS.has(a.kind)) continue;
    const before = doc.folded.slice(Math.max(from, m.start - 30), m.start).toLowerCase();
    const after = doc.folded.slice(m.end, Math.min(to, m.end + 110)).toLowerCase();
    const surface = m.surface.toLowerCase();
    const weaponAlias = /\b(?:jets?|warplanes?|aircraft|planes|air ?strikes?|airstrikes?|bombing|shelling|artillery|helicopters?|air force|aerospace forces|aviation|air raids|drone|counter-fire)\b/.test(surface);
    // Active voice only: "Turkish soldiers were killed" names victims, not attackers. (An operations room or a command named
    // after the group, and an appositive on it, may come between: "the X operations room, an alliance led by Y, fired …".)
    const agentAfter =
      /^(?:'s\s+[\w-]+)?(?:\s+(?:war)?(?:planes?|jets?|helicopters?|aircraft|drones?|forces|troops|artillery|units|gunners|fighters|militants|gunmen|operations\s+room|command))?(?:\s+(?:in|across|inside)\s+(?:the\s+)?(?:[\w'-]+\s+){0,3}?(?:zone|province|countryside|areas?|region|enclave|pocket))?(?:\s+and\s+[\w\s'-]{0,30}?)?(?:\s*,\s+(?:an?|the)\s+[^,.;"]{1,60},)?\s+(?:(?:were|was)\s+behind|(?:(?:have|has|had)\s+)?(?:(?:also|later|reportedly|then|again)\s+)?(?:carried out|conducted|launched|fired|struck|bombed|shelled|hit|killed|dropped|targeted|attacked|pounded|hammered|bombarded|raided|shot down|downed|opened fire)\b)/.test(after);
    const agentBefore =
      /\b(?:carried out|conducted|launched|fired|dropped|operated|struck|hit|bombed|shelled|killed|targeted|attacked|pounded|hammered|bombarded|raided)\s+by\s+(?:the\s+)?$/.test(before) ||
      /\b(?:strikes?|raids?|attacks?|shelling|bombing|fire|bombardment|missiles?|rockets?)\s+(?:by|from)\s+(?:the\s+)?$/.test(before);
    // "rebel rocket fire", "rebel shelling": the attackers named by their adjective on the attack noun.
    const agentNoun = /^\s+(?:(?:rocket|mortar|artillery|missile|drone|air|tank)\s+)?(?:fire|shelling|shells|rockets?|mortars?|bombardment|air\s*strikes?|airstrikes?|strikes?|raids?|bombing|attacks?)\b/.test(after);
    if (weaponAlias || agentAfter || agentBefore || agentNoun) if (!out.includes(m.slug)) out.push(m.slug);
  }
  return out;
}

/**
 * An attack term that only tells an earlier attack: one that dates this one (", days after Russian strikes on X"), one given
 * as the reason for it with no toll of its own ("in response to the terrorist attack on …"), or one named by its place
 * (`placeNamedBackReference`).
 */
function toldAsEarlier(doc: Doc, s: SentenceInfo, t: { start: number; end: number }, drafts: DraftIncident[]): boolean {
  const before = doc.folded.slice(Math.max(s.start, t.start - 40), t.start);
  if (DAYS_AFTER_BEFORE.test(before)) return true;
  if (REASON_BEFORE.test(before) && !HARM_AFTER.test(doc.folded.slice(t.end, s.end))) return true;
  return placeNamedBackReference(doc, s, t, drafts);
}

/**
 * "blamed insurgents for the Homs attack": an attack named by its place, with the article, and no date of its own, refers back
 * to an attack already known; it is a new incident of this article only if the article has told one there already (then it
 * continues that one).
 */
function placeNamedBackReference(doc: Doc, s: SentenceInfo, t: { start: number }, drafts: DraftIncident[]): boolean {
  const place = s.mentions.find((m) => m.type === 'place' && m.end <= t.start && /^\s+(?:[a-z-]+\s+)?$/.test(doc.folded.slice(m.end, t.start)));
  if (!place || !/\bthe\s+$/i.test(doc.folded.slice(Math.max(s.start, place.start - 5), place.start))) return false;
  if (s.dates.length > 0) return false;
  return !drafts.some((d) => d.placeSlugs.includes(place.slug));
}

/**
 * Clause boundaries that separate events in time: "entered X on Thursday, as air strikes killed…",
 * "buried their dead on Wednesday after an air raid…". A date on the other side of one belongs to
 * the other event. ("minutes after the first late on Sunday" is the same moment: no boundary.)
 */
const CLAUSE_BOUNDARY =
  /;|,\s+(?:but|as|while|when|whereas|after|following|before|where|from which|from where)\s+|\s(?:after|following|before)(?<!\b(?:minutes|moments|seconds|shortly|soon|just)\s(?:after|following|before))\s+(?=(?:a|an|the|weeks?|days?|months?|hours?|heavy|intense|repeated|renewed|several|two|three|dozens|deadly|\w+ing)\b)/gi;

function clauseStarts(s: SentenceInfo): number[] {
  const out = [s.start];
  CLAUSE_BOUNDARY.lastIndex = 0;
  for (let m = CLAUSE_BOUNDARY.exec(s.folded); m; m = CLAUSE_BOUNDARY.exec(s.folded)) out.push(s.start + m.index);
  return out;
}
function clauseOf(starts: number[], pos: number): number {
  let c = 0;
  for (let i = 0; i < starts.length; i++) if ((starts[i] ?? 0) <= pos) c = i;
  return c;
}

/** "said on Tuesday", "told reporters late on Monday", "at a briefing on Monday", "a report published on Tuesday": the statement's date. */
const SPEECH_DATE =
  /\b(?:said|says|told|reported|announced|added|confirmed|denied|insisted|maintained|stressed|asserted|alleged|claimed|argued|warned|acknowledged|admitted|briefing|statement|published|released|issued|posted|(?:(?:was|were|been)\s+(?:\w+ly\s+)?(?:condemned|critici[sz]ed|denounced|deplored|rejected|denied|dismissed|refuted|disputed)))(?:\s+(?:reporters|journalists|a news conference|a briefing|in a statement|at a briefing|at a news conference|(?:[A-Z][\w-]*\s*){1,3}))?\s*(?:,\s*)?$/;

/** Before a date: the making of pictures ("images taken on", "footage filmed on"). */
const PICTURE_DATE = /\b(?:images?|imagery|photos?|photographs?|pictures?|footage|videos?)\b(?:[^.;]{0,60}?[\s,])?(?:(?:were|was)\s+)?(?:taken|filmed|recorded|captured|shot|uploaded|acquired)\s+(?:(?:late|early)\s+)?(?:on\s+)?(?:\d{1,2}\s+[A-Z][a-z]+(?:\s+\d{4})?\s+and\s+|[A-Z][a-z]+\s+\d{1,2}(?:,?\s+\d{4})?\s+and\s+)?$/i;
/** A toll's rise told before a date: "rose to 13 on Monday", "had climbed to at least 20 by Tuesday". */
const TOLL_ROSE_BEFORE_DATE = /\b(?:rose|risen|climbed|reached|increased|jumped|mounted)\s+to\s+(?:at\s+least\s+|more\s+than\s+|some\s+)?[\w-]+(?:\s+(?:people|civilians|dead|deaths))?\s+(?:(?:late|early)\s+)?(?:(?:on|by)\s+)?$/i;
/**
 * Deaths or damage told before a date, not an aftermath: "six people died", "were killed", "the hospital was put out of
 * service" ("died of his wounds" is AFTERMATH_BEFORE_DATE's).
 */
const DEATH_BEFORE_DATE = /\b(?:died|(?:were|was|had been|have been)\s+killed|lost\s+their\s+lives|(?:were|was)\s+(?:wounded|injured|destroyed|(?:badly\s+)?damaged|(?:put|knocked)\s+out\s+of\s+(?:service|action)))\s+(?:(?:late|early)\s+)?(?:on\s+|in\s+the\s+(?:early\s+)?(?:hours|morning|evening|afternoon)\s+of\s+)?$/i;
/** An attack suffered, told before a date: "the town was hit again on", "Ariha came under fire late on". */
const HIT_BEFORE_DATE = /\b(?:(?:was|were|had\s+(?:already\s+)?been)\s+(?:(?:also|again|already|once\s+again|repeatedly|last|first)\s+)?(?:hit|struck|bombed|shelled|targeted|pounded|attacked)(?:\s+(?:from\s+the\s+(?:air|ground)|by\s+(?:[\w-]+\s+){0,3}?(?:air\s?strikes?|shelling|artillery|jets|warplanes|rockets|shells|drones?)))?|came\s+under\s+(?:[\w-]+\s+)?(?:fire|attack|bombardment|shelling))(?:\s+(?:again|too|also))?\s+(?:(?:late|early)\s+)?(?:on\s+)?$/i;
/** A relative clause on the speaker up to a date ("…, which summoned the envoy on"), and words that make it tell an attack or a toll. */
const REL_CLAUSE_BEFORE_DATE = /,\s*(?:which|who)\s+[^,;()"“”]*$/i;
const ATTACK_OR_HARM = /\b(?:strikes?|struck|hit|hits|bomb(?:s|ed|ing|ings)?|shell(?:s|ed|ing)?|raids?|raided|attack(?:s|ed|ing)?|targeted|targeting|pounded|fire|fired|rockets?|missiles?|drones?|killed|killing|wounded|injured|died|dead|deaths?|toll|casualt(?:y|ies)|victims|martyrs)\b/i;
/** Right after a date: its possessive on an attack noun ("Tuesday's air strike", "Monday's raid"). */
const DAY_OF_ATTACK = /^(?:['’]s?)?\s+(?:[\w-]+\s+)?(?:air\s?strikes?|air-strikes?|strikes?|raids?|attacks?|bombings?|bombardment|shelling)\b/i;
/** An aftermath before a date: "buried three more victims on", "died of her wounds late on", "funerals were held on". */
const AFTERMATH_BEFORE_DATE = /\b(?:buried|burying|bury|funerals?(?:\s+(?:was|were)\s+held)?|mourn(?:ed|ing)|laid\s+to\s+rest|(?:died|succumbed)\s+(?:of|from|to)\s+(?:his|her|their|its)\s+(?:wounds|injuries))(?:\s+(?!(?:after|when|in|by|on)\b)[\w-]+){0,4}?(?:\s+(?:(?:late|early)\s+)?(?:on|last))?\s*$/i;

/** A speech act right after a date: the date is the statement's ("on Wednesday issued a statement"). */
const SPEECH_AFTER_DATE =
  /^\s*(?:said|says|told|issued|released|published|announced|reported|confirmed|denied|condemned|urged|accused|blamed|warned|claimed)\b/;
/** A named speaker and its verb right after a day counted on: "The next day the Russian Defence Ministry said …" dates the speech. */
const NAMED_SPEECH_AFTER_DATE =
  /^\s*,?\s*(?:the\s+)?[A-Z][\w'’-]*(?:\s+(?:[A-Z][\w'’-]*|for|of|and))*\s+(?:said|says|told|issued|released|published|announced|reported|confirmed|denied|condemned|urged|accused|blamed|warned|claimed)\b/;

/** What joins an attack word to the place it fell in, nothing between: "a drone strike near X", "the air raid in X". */
const ATTACK_AT = /^\s+(?:in|near|at|outside|on\s+the\s+outskirts\s+of)\s+(?:the\s+(?:town|village|city)\s+of\s+)?$/i;
/** What joins an attack word to the place it was aimed at: "attack of 16 November on", "raids against the town of". */
const ATTACK_ON =
  /^(?:\s+(?:attacks?|strikes?|raids?|bombings?|barrages?))?(?:\s+(?:of|on)\s+[\w ,]{1,25}?)?\s+(?:on|against|targeting)\s+(?:the\s+)?(?:(?:town|village|city|district|neighbou?rhood|camp)\s+of\s+)?$/i;

/** A toll placed by "in": "five in Ariha", "three more people in the village of". */
const TOLL_IN =
  /\b(?:\d+|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|a dozen|dozens|several|others?)\s+(?:more\s+|other\s+)?(?:(?:people|civilians|children|women|men|others)\s+)?(?:were\s+(?:killed|wounded|injured)\s+)?in\s+(?:the\s+(?:nearby\s+)?(?:town|village|city|district|camp)\s+of\s+)?$/i;

/** "the bombing of the hospital in X", "the shelling of X": the object of an attack noun. */
const NOMINAL_OF = /^\s+of\s+(?:(?:the|a|an)\s+)?(?:[\w-]+\s+){0,3}?(?:(?:in|at|near)\s+)?(?:the\s+(?:town|village|city|district)\s+of\s+)?$/i;

/** The site of an incident already described, named again: "the same school", "the same hospital". */
const SAME_SITE =
  /\bthe\s+same\s+(?:school|hospital|clinic|market|marketplace|building|camp|mosque|bakery|facility|neighbou?rhood|village|town|area|site|shelter)\b|\bthe\s+(?:town|village|hamlet|camp)(?:'s|’s)?\b(?!\s+(?:of|council|councils)\b)/i;
/** A back-reference to an attack already described ("the strike on 15 July killed 27"). */
const DEFINITE_ATTACK = /\b(?:the|that|this|these|those|(?:Sunday|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday)['’]s)\s+(?:[\w-]+\s+){0,2}?(?:strikes?|air ?strikes?|air-strikes?|attacks?|raids?|air raids?|bombings?|barrel\s+bombs|shelling|bombardments?|assaults?|blasts?|explosions?)\b/i;
/** "the attack on the post at", "the strike against the village of": a definite attack aimed at a site. */
const ATTACK_ON_SITE = /\bthe\s+(?:[\w-]+\s+){0,2}?(?:attack|strike|shelling|raid|bombing|assault|bombardment)\s+(?:on|at|against)\b/i;
/** "striking regime positions near X", "shelling homes in X": an attack verb with the thing it hit. */
const STRIKING_OBJECT = /\b(?:striking|hitting|pounding|shelling|bombing)\s+(?!of\b)(?:the\s+)?(?:(?!of\b)[\w-]+\s+){0,2}?(?:positions?|targets?|posts?|bases?|homes?|houses?|buildings?|neighbou?rhoods?|outskirts|villages?|towns?)\b/i;
/** A definite determiner right before an attack word: "the strikes", "those deadly raids". */
const DEFINITE_BEFORE = /\b(?:the|these|those|that|this)\s+(?:[\w-]+\s+){0,2}$/i;
/** Markers that the sentence is about a different event than the one before it. */
const OTHER_EVENT = /\b(?:separate(?:ly)?|(?<!days?\s)earlier|previous(?!\s+(?:day|night|evening))|another\s+(?:[\w-]+\s+)?(?:strike|air ?strike|attack|raid|bombing|shelling|incident))\b/i;
/** Several attacks counted together ("two air strikes in Idlib province this month"): a summary, not one attack. */
/** A season or period of bombardment ("through the winter of 2019"): a campaign, not one attack. */
const CAMPAIGN_SPAN =
  /\b(?:through(?:out)?|during|over|all)\s+(?:the\s+)?(?:winter|summer|spring|autumn|fall|year|month|months|weeks|war)\b|\b(?:every\s+(?:day|night)|day\s+after\s+day|night\s+after\s+night|(?:near|almost)[- ]daily)\b/i;
const SEVERAL_ATTACKS = /\b(?:two|three|four|five|six|several|multiple|repeated|a series of|a wave of|dozens of)\s+(?:(?:separate|deadly|suspected|turkish|russian|syrian|israeli|american|u\.?s\.?|government|regime|coalition|drone|artillery|rocket|missile)\s+){0,2}(?:air ?strikes|air-strikes|strikes|raids|attacks|bombings)\b/i;
/** Attacks on several places at once: "struck at least six towns and villages", "shelled a number of villages". */
const SEVERAL_PLACES = /\b(?:struck|strikes|hit|hits|hitting|pounded|pounding|targeted|targeting|bombed|bombing|shelled|shelling|raided|striking)\s+(?:at\s+least\s+|more\s+than\s+|some\s+)?(?:two|three|four|five|six|seven|eight|nine|ten|a\s+dozen|\d+|several|multiple|a\s+number\s+of|dozens\s+of)\s+(?:towns|villages|areas|locations|communities|neighbou?rhoods|sites)\b/i;
/** A bulletin's count of attacks: "shelled government-held areas 37 times", "over the previous 24 hours". */
const REPEATED = /\b(?:\d+|two|three|four|five|six|seven|eight|nine|ten|several|dozens\s+of)\s+times\b|\b(?:over|in|during)\s+the\s+(?:previous|past|last)\s+(?:24|48|72)\s+hours\b/i;
/** A lead that sums up a day's attacks over a region. */
const ROUNDUP = /\b(?:across|throughout|around)\s+(?:the\s+)?(?:north-?west(?:ern)?|north-?western|northern|southern|rebel-held|opposition-held|Idlib|Idleb|Syria)|\bin\s+(?:several|various|multiple)\s+(?:towns|villages|areas)\b/i;
/** A bulletin's header: "Summary of violations … in north-west Syria on Thursday 9 June". */
const ROUNDUP_NOUN = /\b(?:summary|summery|round-?up|bulletin|violations|attacks|strikes|raids|bombardment|shelling)\b/i;
/** Markers that a sentence's attack happened on another day than the round-up's. */
const OTHER_DAY = /\b(?:(?<!days?\s)earlier|previous(?:ly)?|last\s+(?:week|month)|the day before|days?\s+(?:before|after|earlier|later)|since)\b/i;
/** An attack noun, its agent and "in": the place that follows is the attack's. */
const ATTACK_BY_AGENT_IN = /\b(?:strikes?|air ?strikes?|air-strikes?|attacks?|raids?|bombings?|shelling|bombardment)\s+by\s+(?:the\s+)?(?:[\w-]+\s+){0,3}?(?:forces|troops)\s+in\s+(?:the\s+)?$/i;
/** Where the attacker sits is not where the attack hit ("insurgents in Idlib fired rockets at…"). */
const AGENT_LOCATION = /\b(?:rebels?|insurgents?|militants?|fighters?|jihadists?|terrorists?|forces|troops|groups?|factions?|positions?|based|stationed|deployed|positioned)\s+(?:in|inside|from)\s+(?:the\s+)?$|\b(?:positioned|stationed|deployed|based|dug\s+in)\s+(?:(?:north|south|east|west)(?:-?(?:east|west))?\s+of|near|outside|around)\s+(?:the\s+)?$|\b(?:operating|operated|flying|flown|took off|taking off|based|stationed)\s+(?:out\s+of|from|at)\s+(?:the\s+)?(?:[\w-]+\s+){0,2}$/i;
/** A numbered item's heading, dated in brackets: "3. Air strikes west of Jisr al-Shughour (Tuesday, 6 December)." */
const RUN_IN_HEADING = /^\s*\d{1,2}[.)]\s+[^.;:()]{3,80}\(\s*[^()]{3,40}\)\s*\.?\s*$/;
/** A named area located by a bearing from a place: "the Shehba region north of", "the Zawiya hills south of". */
/** A reported question that opens the sentence, up to its comma: "Asked whether the army had shelled X,". */
const ASKED_WHETHER = /^\W*(?:(?:When|After\s+being|Later)\s+)?[Aa]sked\s+(?:whether|if|about|why|how)\b[^,;]*,/;
/** Shooters placed by a bearing and then a place: "positioned to the east of the village, around X". */
const POSITIONED_BEARING = /\b(?:positioned|stationed|deployed|based|massed)\s+(?:to\s+the\s+)?(?:north|south|east|west)(?:-?(?:east|west))?\s+of\s+(?:the\s+)?[\w-]+(?:\s+[\w-]+)?\s*,?\s*(?:around|near|outside|in)\s+(?:the\s+)?$/i;
/** A site named by a noun, then placed by bearing from X: "the town, north of X", "the camp, about 5 km west of X". */
const NOUN_LOCATOR = /\b(?:the|this|that)\s+(?:[\w-]+\s+)?(?:town|village|city|camp|area|site|market|hospital|school|bakery)\s*,\s*(?:(?:about|some|around|roughly|just)\s+)?(?:\d+\s*(?:km|kilometres|kilometers|miles)\s+)?(?:north|south|east|west|north-?east|north-?west|south-?east|south-?west)(?:ern)?\s+of\s+(?:the\s+)?$/i;
const AREA_LOCATOR = /\b[A-Z][\w'’-]+\s+(?:region|plain|valley|mountains|hills|desert)\s+(?:(?:about\s+|some\s+)?\d+\s*(?:km|kilometres|kilometers|miles)\s+)?(?:(?:north|south|east|west)(?:-?(?:east|west))?(?:ern)?\s+of|near|outside)\s+(?:the\s+)?(?:(?:city|town)\s+of\s+)?$/;
/** An institution's seat before a place: "the centre in", "the embassy at", "the command based in". */
const SEAT_BEFORE = /\b(?:cent(?:re|er)|headquarters|offices?|embassy|consulate|ministry|command|mission|bureau|air ?base|base)\s+(?:based\s+)?(?:in|at)\s+(?:the\s+)?$/i;
/** A speech verb right after the place: the place belongs to the speaker's name ("… centre in X denied"). */
const SPEAKS_AFTER = /^\s+(?:(?:has|had|have|also|later|then|previously|on\s+\w+day)\s+)?(?:said|says|told|denied|denies|stated|announced|reported|confirmed|rejected|claimed|insisted|added|accused|blamed|dismissed|maintained)\b/i;
/** An attack planned or threatened, not carried out: "planning attacks on", "preparing to strike". */
const INTENDED_TARGET =
  /\b(?:planning|plotting|preparing|planned|plotted|intending|intended|threatening|threatened|vowed|vowing|plans?|intends?|prepares?)\s+(?:(?:to\s+)?(?:carry out|launch|stage|conduct|new|further|fresh|more|future)\s+)?(?:(?:an?\s+)?(?:[a-z-]+\s+)?(?:attacks?|strikes?|raids?|operations?|provocations?)|to\s+(?:attack|strike|hit|target|shell|bomb))\s+(?:on|against|in)?\s*(?:the\s+)?(?:(?:settlement|town|village|city|area)\s+of\s+)?$/i;
/** Where forces sit ("government forces positioned around the town of X") is not where their fire hit. */
const POSITIONED_AT =
  /\b(?:positioned|stationed|deployed|massed|entrenched|holed up|based)\s+(?:in|inside|around|near|at|outside|on the outskirts of)\s+(?:the\s+)?(?:(?:town|village|city|area|outskirts|countryside)\s+of\s+)?$/i;
/**
 * Where the wounded were treated or died is not where the attack hit: "died in hospital near X",
 * "taken to a hospital in the nearby town of X", "treated at a clinic in X", "from his hospital bed in X".
 */
const TREATED_AT =
  /\b(?:died|treated|taken|transferred|evacuated|rushed|admitted|moved|brought|recovering|hospitali[sz]ed)\b[^.;]{0,30}?\b(?:hospitals?|clinics?|medical\s+(?:centres?|centers?|points?|facilit(?:y|ies)))\b[^.;]{0,20}?\b(?:in|at|near|outside)\s+(?:the\s+)?(?:nearby\s+)?(?:(?:town|village|city)\s+of\s+)?$|\bhospital\s+beds?\s+(?:in|at|near)\s+(?:the\s+)?$|\b(?:treated|treating|treats|operated on|cared for)\s+(?:the\s+|some\s+of\s+the\s+|many\s+of\s+the\s+)?(?:[\w-]+\s+)?(?:victims|wounded|injured|patients|casualties|survivors)\s+(?:in|at)\s+(?:the\s+)?(?:(?:town|village|city)\s+of\s+)?$/i;
/**
 * "X near Y": Y only locates X ("the air base near Latakia", "Mardikh near the provincial capital",
 * "a district on the western edge of Aleppo", "al-Zahraa (Aleppo city)").
 */
const LOCATOR =
  /^\s*(?:,\s*(?:an?|the)\s+(?:[\w-]+\s+)?(?:town|village|city|hamlet|camp|district|area)\s+(?:(?:of|with|home\s+to)\s+(?:(?:some|about|around|nearly|roughly|more\s+than|over)\s+)?[\d,]+\s+(?:people|residents|inhabitants)\s+)?|(?:air ?base|airbase|base|airport|hospital|market|crossing|village|town|city|area|district|dam|prison|checkpoint|post|highway)\s+)?,?\s*(?:(?:about|some|around|roughly|nearly|just|only)\s+)?(?:(?:\d+|a few|several|two|three|four|five|ten|twenty)\s*(?:km|kms|kilometres|kilometers|miles)\s*(?:\([^)]{0,20}\)\s*)?)?(?:near|outside|close to|on the (?:[\w-]+\s+)?(?:outskirts|edges?|fringes?) of|(?:north|south|east|west|north-?west|north-?east|south-?west|south-?east)(?:ern)?\s+of)\s+(?:the\s+)?(?:(?:town|village|city|provincial capital|capital)\s+(?:of\s+)?)?$|^\s*\(\s*$/i;

const NUMBER_WORDS: Record<string, number> = { a: 1, an: 1, one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10, fifteen: 15, twenty: 20, thirty: 30 };
/** A day count that sets a sentence's attack apart from the main story's. */
const DAYS_OFF = /\b(?:a|an|one|two|three|four|five|six|seven|\d)\s+days?\s+(?:after|before|earlier|later)\b|\bthe\s+(?:previous|preceding)\s+day\b|\bthe\s+day\s+before\b/i;
const DAYS_APART =
  /\b(a|an|one|two|three|four|five|six|seven|\d)\s+days?\s+(after|before|earlier|later)\b|\bthe\s+(?:previous|preceding)\s+(?:day|night|evening)\b|\bthe\s+(?:day|night)\s+before\b(?!\s+(?:the|a|an|yesterday)\b)|\bthe\s+(?:next|following)\s+(day|morning)\b/gi;

function addDaysIso(date: string, n: number): string {
  const d = new Date(`${date}T12:00:00Z`);
  return new Date(d.getTime() + n * 86_400_000).toISOString().slice(0, 10);
}

/** The dated attack told last (by its last sentence), if any. */
function lastToldAttack(drafts: readonly DraftIncident[]): DraftIncident | null {
  let best: DraftIncident | null = null;
  let at = -1;
  for (const x of drafts) {
    if (x.date === null) continue;
    const last = Math.max(...x.sentences);
    if (last > at) {
      best = x;
      at = last;
    }
  }
  return best;
}

/** The sentence counts days from a date told before it ("five days earlier", "a day later"). */
function countsDays(s: SentenceInfo): boolean {
  DAYS_APART.lastIndex = 0;
  return DAYS_APART.test(s.folded);
}

/** An incident's summary: the text that tells it, on one line, cut to 200 characters. */
const summaryOf = (text: string): string => text.replace(/\s+/g, ' ').slice(0, 200);

/** The text of sentence `s` between two document offsets. */
const clauseText = (s: SentenceInfo, from: number, to: number): string => s.folded.slice(from - s.start, to - s.start);

/**
 * "a day after rebels shelled X", "two days earlier", "the previous day": the attack is that many
 * days off the date the sentence gives (or inherits, `dateAt` < 0) when that date lies before the phrase.
 */
function dayShift(s: SentenceInfo, t: Term, dateAt: number, date: string | null): string | null {
  if (date === null) return null;
  DAYS_APART.lastIndex = 0;
  for (let m = DAYS_APART.exec(s.folded); m; m = DAYS_APART.exec(s.folded)) {
    const at = s.start + m.index;
    if (dateAt >= at) continue;
    const n = m[1] ? (NUMBER_WORDS[m[1].toLowerCase()] ?? Number(m[1])) : 1;
    const dir = (m[2] ?? (m[3] ? 'later' : 'earlier')).toLowerCase();
    // ("The next day the Russian Defence Ministry said …": the day the ministry spoke, not the attack's)
    if (dir === 'later' && NAMED_SPEECH_AFTER_DATE.test(s.folded.slice(m.index + m[0].length, m.index + m[0].length + 80))) continue;
    // "shelled X on 3 December, in response to a massacre two days earlier": the count belongs to an event
    // told after the date, not to an attack told before it.
    if ((dir === 'earlier' || dir === 'later') && dateAt >= 0 && t.start < dateAt) continue;
    // ("… near a school in X, which had suspended classes the previous day": the count dates the relative clause's act)
    const rel = REL_CLAUSE_BEFORE_DATE.exec(s.folded.slice(0, m.index));
    if (rel && s.start + rel.index > t.end && !ATTACK_OR_HARM.test(rel[0])) continue;
    if (dir === 'earlier') return addDaysIso(date, -n);
    if (dir === 'later') return addDaysIso(date, n);
    // "X, a day after Y": only Y (after the phrase) is shifted.
    // ("On 25 November, two days before the rebels launched their offensive, a drone killed …": Y is the offensive, and the
    // attack after the aside's comma is on the day told)
    if (t.start > at && !/[,;]/.test(clauseText(s, at + m[0].length, t.start))) return addDaysIso(date, dir === 'after' ? -n : n);
  }
  return date;
}

/** Aircraft named as the weapon: evidence that an ambiguous "missile" came from the air. */
const AIR_WEAPON = /\b(?:jets?|warplanes?|planes?|aircraft|helicopters?|drones?|air ?strikes?|air-strikes?|air raids?|raids?|barrel bombs?|aerial|sorties)\b/i;
/** Ground launchers named as the weapon: the missile was ground-launched. */
const GROUND_WEAPON = /\b(?:artillery|shell(?:s|ing|ed)?|mortars?|launchers?|launch pads?|surface-to-surface|ground-to-ground|ballistic|tanks?|anti-aircraft|shoulder-fired)\b/i;

/**
 * A bare "missile" is ground fire unless the article calls the attack an air raid around it: "the first
 * missile hit the hospital … the strike killed two … Russian jets had carried out the raid" is an air strike.
 */
function missileFromAir(doc: Doc, s: SentenceInfo, t: Term): boolean {
  if (!/^missiles?$/i.test(doc.folded.slice(t.start, t.end))) return false;
  if (GROUND_WEAPON.test(s.folded)) return false;
  // (the sentence before, and on to the end of the next paragraph, up to six sentences on)
  const near = doc.sentences.filter((x) => x.role === 'body' && x.index >= s.index - 1 && (x.index <= s.index + 3 || (x.paragraph <= s.paragraph + 1 && x.index <= s.index + 6)));
  return near.some((x) => AIR_WEAPON.test(x.folded)) && !near.some((x) => x !== s && /\b(?:surface-to-surface|ground-to-ground|ballistic)\b/i.test(x.folded));
}

/** "Russian warplanes carried out intense shelling of X": shelling done by aircraft is an air strike. */
function shelledByAircraft(doc: Doc, s: SentenceInfo, t: Term): boolean {
  if (!/^shell(?:ing|ed|s)?$/i.test(doc.folded.slice(t.start, t.end))) return false;
  return AIRCRAFT_AGENT.test(doc.folded.slice(Math.max(s.start, t.start - 60), t.start));
}

/** An attack's kind: OTHER when an OTHER event is told with it (a downing, a roadside bomb), an air strike when the missile came from the air or aircraft did the shelling, else its term's kind. */
function attackKind(doc: Doc, s: SentenceInfo, t: Term, with_: readonly Term[]): IncidentKind {
  if (with_.some((x) => x.kind === IncidentKind.OTHER)) return IncidentKind.OTHER;
  // "militants had launched drones at the Hmeimim air base": an improvised drone attack on a base is OTHER, not an
  // air strike (armed military drones are).
  if (/^drones?$/i.test(doc.folded.slice(t.start, t.end)) && DRONES_AT_BASE.test(s.folded) && MILITANT_AGENT.test(s.folded)) return IncidentKind.OTHER;
  return missileFromAir(doc, s, t) || shelledByAircraft(doc, s, t) ? IncidentKind.AIRSTRIKE : t.kind;
}

function distance(t: Term, g: Mention[]): number {
  const first = g[0];
  const last = g[g.length - 1];
  if (!first || !last) return Infinity;
  return first.start >= t.end ? first.start - t.end : t.start >= last.end ? (t.start - last.end) * 2.5 : 0;
}

/** What follows the place of a dateline: ", Idlib province, Syria –", ", Syria (AN) —", " (Meridian Wire) -". */
const DATELINE_TAIL = /^(?:\s*,\s*[A-Z][\w'’. -]{1,30}){0,3}\s*(?:,\s*[A-Z][a-z]+\.? \d+\s*)?(?:\([^)]*\))?\s*[-—\x97–\x96]/;

/** After a place opening a paragraph, what makes it a dateline or a label: an optional date and agency tag, then a dash. */
const LABEL_TAIL = /^\s*(?:,\s*(?:[A-Z][a-z]+\.? \d+|(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day(?:\s+(?:night|morning|afternoon|evening))?)\s*)?(?:\([^)]*\))?\s*[-—\x97–\x96]/;

/**
 * How many body paragraphs open with a place and a dash. A dateline opens one; a round-up that labels
 * each paragraph with its town ("KAFR SAJNA – Two women were killed …") opens several.
 */
function placeLabels(doc: Doc): number {
  let n = 0;
  let paragraph = -1;
  for (const s of doc.sentences) {
    if (s.role !== 'body' || s.paragraph === paragraph) continue;
    paragraph = s.paragraph;
    const m = s.mentions.find((x) => x.type === 'place');
    if (m && m.start - s.start < 3 && LABEL_TAIL.test(doc.folded.slice(m.end, m.end + 30))) n++;
  }
  return n;
}

/** The specific place in Syria that the article's dateline names, if any. */
function datelinePlace(doc: Doc): Mention | undefined {
  const first = doc.sentences.find((s) => s.role === 'body');
  const m = first?.mentions.find((x) => x.type === 'place');
  if (!first || !m || m.start - first.start >= 3) return undefined;
  if (!DATELINE_TAIL.test(doc.folded.slice(m.end, m.end + 60))) return undefined;
  return inSyria(m.slug, doc) && isSpecificIn(m.slug, doc) ? m : undefined;
}

/** A place given only as a direction from it: "west of Aleppo". */
const DIRECTION_OF = /\b(?:north|south|east|west|north-?east|north-?west|south-?east|south-?west)(?:ern)?\s+of\s+(?:the\s+)?$/i;
/**
 * A feature's one town: the headline names exactly one specific place in Syria ("The surgeon of Saraqeb") and the body
 * names it too. With no dateline, that is where the story is set.
 */
function headlinePlace(doc: Doc): Mention | undefined {
  // ("a week of strikes west of Aleppo": a place that only gives a direction is not the story's)
  const head = doc.sentences.filter((s) => s.role === 'headline').flatMap((s) => s.mentions.filter((m) => m.type === 'place' && !DIRECTION_OF.test(doc.folded.slice(Math.max(0, m.start - 30), m.start))));
  const slugs = new Set(head.map((m) => m.slug));
  const m = head[0];
  if (!m || slugs.size !== 1 || !inSyria(m.slug, doc) || !isSpecificIn(m.slug, doc)) return undefined;
  return doc.sentences.some((s) => s.role === 'body' && s.mentions.some((x) => x.type === 'place' && x.slug === m.slug)) ? m : undefined;
}

/**
 * A feature's one site when neither dateline nor headline gives a town: the body names exactly one specific place in
 * Syria ("the blackboard at Kansafra's only primary school" … "the strike on Tuesday morning brought down the roof").
 */
function onlyBodySite(doc: Doc): Mention | undefined {
  const sites = doc.sentences.filter((s) => s.role === 'body').flatMap((s) => s.mentions.filter((m) => m.type === 'place' && inSyria(m.slug, doc) && isSpecificIn(m.slug, doc)));
  if (!sites[0] || sites.some((m) => m.slug !== sites[0]!.slug)) return undefined;
  // (named with the site it is the town of, "Kansafra's only primary school", "the market in X": not a seat, "In
  // Damascus, the ministry", nor a crossing or a base)
  return sites.find((m) => SITE_OF_TOWN_AFTER.test(doc.folded.slice(m.end, m.end + 40)) || SITE_IN_TOWN_BEFORE.test(doc.folded.slice(Math.max(0, m.start - 40), m.start)));
}
/** Before a place that is not where the story is set: a direction from it, where people fled from or to, a seat. */
const NOT_SCENE_BEFORE = /\b(?:(?:north|south|east|west|north-?east|north-?west|south-?east|south-?west)(?:ern)?\s+of|(?:fled|fleeing|escaped|displaced|came|arrived|moved|fired|launched|driven|bused|returned)\s+(?:[\w-]+\s+){0,3}?(?:from|out\s+of)|towards?|fled|fleeing|around|near|outside|based\s+in|(?:cent(?:re|er)|headquarters|offices?|embassy|ministry|base)\s+in)\s+(?:(?:the|eastern|western|northern|southern)\s+)?(?:(?:town|village|city)\s+of\s+)?$/i;
/**
 * A feature's town set in its opening paragraph and never named again with the attack: "… the one road out of Kafr Lata,
 * a village a few kilometres south of Ariha, …" then "Early on the 14th, a warplane dropped two bombs on a house".
 * The one specific place in Syria that the first two paragraphs name before the attack, other than as a direction, an
 * origin or a seat (a town named later, "its pupils now go to a school in Ariha", does not unset the scene).
 */
function sceneTown(doc: Doc, attack: SentenceInfo): Mention | undefined {
  const first = doc.sentences.find((s) => s.role === 'body');
  if (!first) return undefined;
  const towns: Mention[] = [];
  for (const s of doc.sentences) {
    if (s.role !== 'body' || s.index >= attack.index || s.paragraph > first.paragraph + 1) continue;
    let prev: { m: Mention; out: boolean } | undefined;
    for (const m of s.mentions) {
      if (m.type !== 'place') continue;
      // (and a place listed with one that is not the scene: "families displaced from Homs and Hama")
      const listed = prev?.out === true && /^\s*(?:,|and|,\s*and)\s*$/.test(doc.folded.slice(prev.m.end, m.start));
      const out = listed || NOT_SCENE_BEFORE.test(doc.folded.slice(Math.max(0, m.start - 40), m.start));
      prev = { m, out };
      if (!out && inSyria(m.slug, doc) && isSpecificIn(m.slug, doc) && placeKind(m.slug, doc) !== PlaceKind.FACILITY) towns.push(m);
    }
  }
  const town = towns[0];
  // (one town only: an opening that names two sites, "one on the hospital in Darat Izza, and one on the market in Atarib",
  // sets no single scene; nor one the headline gives as a direction, "strikes west of X")
  if (!town || towns.some((m) => m.slug !== town.slug)) return undefined;
  const head = doc.sentences.filter((s) => s.role === 'headline').flatMap((s) => s.mentions.filter((m) => m.slug === town.slug));
  return head.some((m) => DIRECTION_OF.test(doc.folded.slice(Math.max(0, m.start - 30), m.start))) ? undefined : town;
}
/** Words that name an air attack, and a ground one, beyond doubt (not a bare "strike", "rocket" or "missile"). */
const STRONG_AIR = /^(?:air ?strikes?|air-strikes?|air raids?|warplanes?|jets?|helicopters?|barrel bombs?|aircraft|aerial\s+\w+|bomb(?:ed|ing|ings))$/i;
const AIRBORNE_ONLY = /^\s+(?:(?:had|have|were|was)\s+)?(?:circled|circling|flew|flying|hovered|hovering|overhead|heard|could\s+be\s+heard|roared|roaring)\b/i;
const STRONG_GROUND = /^(?:shell(?:ing|ed|s)?|artillery(?:\s+(?:bombardment|fire))?|mortars?|(?:tank|ground)\s+fire)$/i;
/** An attack placed only relative to somewhere ("an air strike on a nearby road"): not at the body's one town ("near its main square",
 * "the prison complex and a residential street nearby" are in it). */
const NEARBY = /\b(?:nearby(?=\s+[a-z])(?!\s+(?:on|in|at|and|as|when|while|the|a|an)\b)|near(?!\s+(?:its|their|the\s+(?:town|village|city)['’]s)\b)|outside|elsewhere)\b/i;
/** Sites a town is named with ("Kansafra's only primary school", "the market in X"). */
const SITE_WORDS = String.raw`(?:school|hospital|market|marketplace|bakery|mosque|clinic|camp|kindergarten)`;
const SITE_OF_TOWN_AFTER = new RegExp(String.raw`^['’]s\s+(?:[\w-]+\s+){0,3}?${SITE_WORDS}\b`, 'i');
const SITE_IN_TOWN_BEFORE = new RegExp(String.raw`\b${SITE_WORDS}\s+(?:in|at|of)\s+(?:the\s+(?:town|village|city)\s+of\s+)?$`, 'i');

/**
 * A sentence that points back to an attack already told and says where it happened: "the convoy was hit near the
 * village of X", "the soldiers had come under fire near the village of X". The place follows the match.
 */
const SITE_GIVEN_LATER = /\b(?:the|that|this)\s+(?:[\w-]+\s+){0,2}?(?:convoy|column|strike|air\s?strike|attack|raid|bombing|troops|soldiers|vehicles)\s+(?:(?:was|were|had\s+been)\s+(?:hit|struck|bombed|targeted|attacked)|(?:had\s+|have\s+)?(?:come|came)\s+under\s+(?:[\w-]+\s+)?fire)\s+(?:[\w-]+\s+){0,3}?(?:near|in|at|outside)\s+/i;

/** A town troops took: "entered the town of", "captured". */
const ENTERED_PLACE = /\b(?:entered|entering|captured|capturing|seized|seizing|retook|retaking|recaptured|recapturing|overran|overrunning|stormed|storming|took\s+(?:full\s+)?control\s+of|pushed\s+into|swept\s+into|moved\s+into|advanced\s+into|encircled|encircling)\s+(?:the\s+)?(?:(?:strategic|key|rebel-held|opposition-held|besieged|southern|northern|eastern|western)\s+)?(?:(?:town|village|city|outskirts|centre|center)\s+of\s+)?$/i;
/** Where the people a site serves live: "a water station that serves 200,000 people in". */
const SERVES_PLACE = /\b(?:that|which|who)\s+(?:serves?|served|supplies|supplied|feeds|fed|provides|provided|draw\s+(?:their|its)\s+water\s+from)\s+(?:(?!\b(?:hit|struck|bombed|shelled|killed|wounded)\b)(?:[^.;,]|(?<=\d),(?=\d)))*?\b(?:in|of|across)\s+(?:the\s+)?(?:(?:city|town|village)\s+of\s+)?$|\bserving\s+(?:[^.;,]{0,50}?\s)?(?:in|of|across)\s+(?:the\s+)?$/i;
/** Drones launched at a base, and the militants who launch them (an improvised drone attack). */
const DRONES_AT_BASE = /\bdrones?\b[^.;]{0,60}?\b(?:at|on|against|towards?|targeted|targeting|attacked|attacking|approaching)\s+(?:the\s+|its\s+|a\s+)?(?:[\w-]+\s+){0,2}?(?:air\s?base|airbase|base|airport|airfield)\b/i;
const MILITANT_AGENT = /\b(?:militants?|rebels?|terrorists?|insurgents?|jihadists?|armed\s+groups?)\b/i;
/** "militant positions used to launch drones at the Hmeimim base": where the earlier attacks were aimed, not this one's site. */
const USED_TO_LAUNCH_AT = /\b(?:used|uses|using)\s+(?:by\s+(?:[\w-]+\s+){1,4}|(?:the|its|their|a|an)\s+(?:[\w-]+\s+){1,3})?to\s+(?:launch|fire|fly|send)\s+(?:[\w-]+\s+){0,3}?(?:at|on|against|towards?)\s+(?:the\s+|its\s+)?(?:[\w-]+\s+)?$/i;
/** A body's domain: "the administration that runs", "which controls most of". */
const RULES_PLACE = /\b(?:that|which|who)\s+(?:(?:now|still|effectively|largely)\s+)?(?:runs|ran|controls|controlled|governs|governed|administers|administered|rules|ruled|dominates|dominated)\s+(?:(?:most|much|parts|all|the\s+rest)\s+of\s+)?(?:the\s+)?$/i;
/** A period's start named by an event at a place: "since the fall of (the city of) X". */
const SINCE_EVENT_OF = /\bsince\s+(?:the\s+)?(?:fall|capture|liberation|launch|outbreak|onset|siege)\s+of\s+(?:the\s+)?(?:(?:city|town|village)\s+of\s+)?$/i;
/** The town just told, named again by its noun: "the town's eastern neighbourhoods", "the same village". */
const TOWN_AGAIN = /\bthe\s+(?:same\s+)?(?:town|village|city)(?:['’]s\b|\b(?!\s+of\b))/i;
/** "the same afternoon", "later that day", "earlier in the day", "hours earlier", "less than an hour later", "on the evening of the massacre": the day of the attack told before. */
const SAME_DAY = /\b(?:the\s+same\s+(?:day|morning|afternoon|evening|night)|the\s+(?:day|morning|afternoon|evening|night)\s+of\s+the\s+(?:massacre|strike|air\s?strike|attack|raid|bombing|shelling|bombardment)|(?:later|earlier)\s+(?:that|the\s+same|in\s+the)\s+(?:day|morning|afternoon|evening|night)|(?:(?:less|more)\s+than\s+)?(?:(?:an?|one|half\s+an|two|three|four|five|a\s+few|several|\d+)\s+)?(?:hours?|minutes?|moments)\s+(?:earlier|later)(?!\s+than\b))\b/i;

/** A running tally rather than one attack: "air strikes have killed hundreds". */
const TALLY = /\b(?:have|has)\s+(?:now\s+|so far\s+|since\s+)?(?:killed|left|claimed|wounded)\b|\b(?:hundreds|thousands|dozens|scores)\b/i;

/**
 * The place a scene-setting sentence sets the scene in: a specific place after "in", "at", "near"
 * ("the surgical hospital in X", "Families in X"), not one that is visited or talked about.
 */
function leadPlaceGroup(doc: Doc, specific: Mention[]): Mention[] | undefined {
  const m = specific.find((x) => /\b(?:in|at|near|outside|of)\s+(?:the\s+)?(?:(?:town|village|city|centre|center|outskirts|edge)\s+of\s+)?$/i.test(doc.folded.slice(Math.max(0, x.start - 40), x.start)));
  return m ? placeGroups(doc, specific.filter((x) => x.start >= m.start))[0] : undefined;
}

/** "fell on and around the camp": a definite site noun that points back to a named site. */
const SITE_NOUN = /\b[Tt]he\s+(camp|hospital|market|marketplace|school|clinic|bakery|mosque)\b(?!['’]s\s+(?:director|head|manager|staff|administration|spokes\w+)\b|\s+(?:of|in|near|at|outside|for)\s+(?:the\s+)?(?:(?:town|village|city)\s+of\s+)?(?:al-|el-)?[A-Z])/;

/**
 * The named site a definite site noun refers to ("al-Amal camp … rounds fell on the camp"): the last
 * place in the three sentences before, in the same or the previous paragraph, named with that noun.
 */
function namedSite(doc: Doc, s: SentenceInfo): Mention[] | undefined {
  const noun = SITE_NOUN.exec(s.folded)?.[1]?.toLowerCase();
  if (!noun) return undefined;
  const re = new RegExp(String.raw`\b${noun}\b`, 'i');
  const nounIn = new RegExp(String.raw`\b${noun}\s+(?:in|at|near)\s+(?:the\s+(?:town|village|city)\s+of\s+)?$`, 'i');
  for (let i = s.index - 1; i >= Math.max(0, s.index - 3); i--) {
    const x = doc.sentences[i];
    if (!x || x.role !== 'body' || x.paragraph < s.paragraph - 1) break;
    // (named with the noun: "al-Amal camp", "the Darat Izza hospital", or "a hospital in Darat Izza")
    const m = [...x.mentions].reverse().find((y) => y.type === 'place' && isSpecificIn(y.slug, doc) && inSyria(y.slug, doc) && (re.test(y.surface) || new RegExp(String.raw`^\s+${noun}\b`, 'i').test(doc.folded.slice(y.end, y.end + 20)) || nounIn.test(doc.folded.slice(Math.max(x.start, y.start - 40), y.start))));
    if (m) return [m];
  }
  return undefined;
}

/** A site named by its town and hit: "the hospital in Sarmin was hit", "the Kafr Nabl school had been struck". */
const SITE_GATE = /\b(?:was|were|had been|has been)\s+(?:(?:also|reportedly|again|directly)\s+)?(?:hit|struck|bombed|targeted|shelled)\b/i;
const SITE_KINDS = String.raw`(?:(?:field\s+|surgical\s+|maternity\s+|children's\s+)?hospital|school|market|marketplace|bakery|mosque|clinic|(?:medical|health)\s+(?:centre|center|point)|camp)`;
const TOWN = String.raw`(?:al-|el-)?[A-Z][\w'’-]*(?:\s+(?:al-|el-)?[A-Z][\w'’-]*){0,2}`;
const SITE_HIT = new RegExp(
  String.raw`\b(?:${SITE_KINDS}\s+(?:in|at|of)\s+(?:the\s+(?:town|village|city)\s+of\s+)?${TOWN}|${TOWN}['’]s\s+(?:[\w-]+\s+)?${SITE_KINDS}|the\s+${TOWN}\s+${SITE_KINDS})\s+(?:was|were|had been|has been)\s+(?:(?:also|reportedly|again|directly)\s+)?(?:hit|struck|bombed|targeted|shelled)\b`,
);

/** "our town", "our village": the place of the body that speaks in the first person. */
const OUR_PLACE = /\bour\s+(?:town|village|city|camp|neighbou?rhood|district)\b/i;

/**
 * The place "our town" means: the last specific place in Syria the article named before the sentence (the
 * quoting text introduces the body: "The local council of X … published the following statement").
 */
function ourPlace(doc: Doc, s: SentenceInfo): Mention[] | undefined {
  for (let i = s.index - 1; i >= Math.max(0, s.index - 8); i--) {
    const x = doc.sentences[i];
    if (!x || (x.role !== 'body' && x.role !== 'standfirst')) continue;
    const m = [...x.mentions].reverse().find((y) => y.type === 'place' && isSpecificIn(y.slug, doc) && inSyria(y.slug, doc));
    if (m) return [m];
  }
  return undefined;
}

/** Finds the article's incidents. Headline, standfirst and crossheads are not scanned. */
export function findIncidents(doc: Doc): DraftIncident[] {
  const drafts: DraftIncident[] = [];
  // Attack sentences that name no place: the dateline's place is theirs when the article names no other site.
  const placeless: Array<{ s: SentenceInfo; kind: IncidentKind; date: string | null }> = [];
  let lastDate: { date: string | null; sentence: number } | null = null;
  // A round-up lead ("Air strikes and shelling killed 17 civilians across northwest Syria on Monday") dates
  // the attacks it goes on to list, however far down they come.
  let roundup: string | null = null;
  // A scene-setting lead tells the attack and its place in adjacent sentences: "The first bomb fell." +
  // "A nurse was on duty at the hospital in X on Sunday 17 November." The last sentence of each sort:
  let leadAttack: { s: SentenceInfo; kind: IncidentKind; date: string | null } | null = null;
  let leadPlace: { s: SentenceInfo; group: Mention[]; date: string | null } | null = null;
  // The last specific place a scene-setting sentence set the scene in; it outlives the next sentence.
  let scene: { s: SentenceInfo; group: Mention[] } | null = null;
  // "barrel bombs" named once, "two barrels hit a school" after: the short form is the same weapon.
  const barrelBombs = /\bbarrel[- ]bombs?\b/i.test(doc.folded);
  // The kind of the last attack told by an item of a list ("- …"), for the items after it that name no weapon.
  let listKind: { kind: IncidentKind; index: number } | null = null;
  // The kind of the last attack a body sentence told.
  let lastKind: { kind: IncidentKind; index: number } | null = null;
  const labelled = placeLabels(doc) >= 2;
  // The one site a section heading names ("1. Jisr al-Shughur, 15 May"): its section's attacks that name no place are there.
  let heading: Mention[] | null = null;
  // Its day ("2. Darkoush, 17 May"): the section's attacks that give no day of their own, or only one counted from an
  // earlier section's ("Two days later, a strike hit …"), are on it.
  let headingDay: string | null = null;
  let headingAt = -1;
  for (const s of doc.sentences) {
    // A dated section heading ("Darkush, 25 October") dates the section's undated lines.
    if (s.role === 'crosshead') {
      const d = s.dates.find((x) => x.date !== null && !x.span && !x.month);
      if (d) lastDate = { date: d.date, sentence: s.index };
      headingDay = d?.date ?? null;
      headingAt = s.index;
      const groups = placeGroups(doc, s.mentions.filter((m) => m.type === 'place' && inSyria(m.slug, doc) && isSpecificIn(m.slug, doc)));
      // (a heading that opens with its place: not a masthead's "Local News | Jisr al-Shughur district")
      const g = groups.length === 1 ? groups[0] : undefined;
      heading = g?.[0] && /^\s*(?:\d{1,2}[.)]\s+)?$/.test(doc.folded.slice(s.start, g[0].start)) ? g : null;
    }
    if (s.role !== 'body') continue;
    // Dates that belong to the statement ("said on Tuesday") or the dateline are not the event's.
    const ownDates = s.dates.filter((d) => {
      // A month-long period ("in October") marks a tally, not the day of an event.
      if (d.month) return false;
      const before = doc.folded.slice(Math.max(s.start, d.start - 30), d.start);
      // ("said Saturday's air strike …": a day's possessive on the attack is the attack's, whatever comes before it)
      const possessive = /['’]s?$/.test(doc.folded.slice(d.start, d.end)) || /^['’]/.test(doc.folded.slice(d.end, d.end + 1));
      if (SPEECH_DATE.test(before) && !(possessive && DAY_OF_ATTACK.test(doc.folded.slice(d.end, d.end + 30)))) return false;
      // "Satellite images taken on 8 June", "footage filmed on Sunday": when the pictures were made, not the attack.
      if (PICTURE_DATE.test(doc.folded.slice(Math.max(s.start, d.start - 110), d.start))) return false;
      // "SAMS on Wednesday issued a statement on the strike", "the ministry on Monday said": the speech act's day.
      if (SPEECH_AFTER_DATE.test(doc.folded.slice(d.end, d.end + 40))) return false;
      // "buried three more victims on Monday", "died of his wounds on Friday": the aftermath's day, not the attack's.
      // ("burying the victims of Tuesday's air strike": a day's possessive on the attack dates the attack)
      if (AFTERMATH_BEFORE_DATE.test(doc.folded.slice(Math.max(s.start, d.start - 45), d.start)) && !DAY_OF_ATTACK.test(doc.folded.slice(d.end, d.end + 30))) return false;
      // "the death toll from … rose to 13 on Monday": the day the toll was updated, not the attack's.
      if (TOLL_ROSE_BEFORE_DATE.test(doc.folded.slice(Math.max(s.start, d.start - 40), d.start))) return false;
      // "The ministry, which summoned the Russian envoy on Monday over …, said the raids on X were …": the day of
      // another act, told in a relative clause on the speaker that tells no attack or toll and closes before the verb.
      const aside = REL_CLAUSE_BEFORE_DATE.exec(doc.folded.slice(Math.max(s.start, d.start - 90), d.start));
      if (aside && !ATTACK_OR_HARM.test(aside[0]) && /^[^,;:"“”]*,/.test(doc.folded.slice(d.end, d.end + 80)) && !DAY_OF_ATTACK.test(doc.folded.slice(d.end, d.end + 30))) return false;
      // The date of a dateline ("BEIRUT, July 15 (Meridian Wire) -") is the report's; a date that opens a
      // timeline entry ("Nov. 14 – Artillery shells …") is the event's.
      // (a table row, "Kansafra — 12 October — 3 killed", has no comma before its date)
      // (in a round-up whose entries open with place labels, "* IDLIB CITY, Monday - A car bomb …", the label's day is the entry's)
      if (!labelled && d.start - s.start < 30 && d.start - s.start > 2 && /^\s*(?:\([^)]*\))?\s*[-—\x97–\x96]/.test(doc.folded.slice(d.end, d.end + 25)) && !/\s[-—\x97–\x96|]\s*$/.test(doc.folded.slice(s.start, d.start))) return false;
      // ("Oct 19 (Meridian Wire) - An air strike hit …": a date that opens the line before the agency's tag is the dateline's)
      if (d.start - s.start < 30 && /^\s*\([^)]{2,40}\)\s*[-—\x97–\x96]/.test(doc.folded.slice(d.end, d.end + 45)) && /^\W*$/.test(doc.folded.slice(s.start, d.start))) return false;
      return true;
    });
    const clauses = clauseStarts(s);
    // A timeline entry opens with its date and a dash or colon: "23 May - …", "Nov. 14: …".
    // (or after the entry's place label: "* IDLIB CITY, Monday - A car bomb …")
    const entry = ownDates.find((d) => d.date !== null && !d.span && d.start - s.start <= 40 && ENTRY_LEAD.test(doc.folded.slice(s.start, d.start)) && /^(?:\s+(?:night|morning|afternoon|evening))?\s*[-—\x97–\x96:]\s/.test(doc.folded.slice(d.end, d.end + 14)));
    // A question ("Do you deny that Russian jets took part in strikes on X?") asserts no attack.
    // ("Asked whether Turkish troops had returned fire near X, the spokeswoman declined to comment": a question too, up to its comma)
    const asked = ASKED_WHETHER.exec(s.folded);
    // ("…, days after Russian strikes on the outskirts of Idlib city": an earlier attack that only dates this one)
    const terms = /\?\s*["”]?\s*$/.test(s.folded) ? [] : attackTerms(s).filter((t) => (!asked || t.start >= s.start + asked[0].length) && !toldAsEarlier(doc, s, t, drafts));
    if (/drone/i.test(s.folded)) interceptedDrones(doc, s, terms);
    if (barrelBombs && /\bbarrels?\b/i.test(s.folded)) shortBarrels(s, terms);
    // "the hospital in Sarmin was hit late on Tuesday": a named site hit is an attack, of the kind the sentences just
    // before told (an air strike when they told none).
    if (terms.length === 0 && SITE_GATE.test(s.folded)) {
      const m = SITE_HIT.exec(s.folded);
      if (m) terms.push({ start: s.start + m.index, end: s.start + m.index + m[0].length, kind: lastKind && s.index - lastKind.index <= 3 ? lastKind.kind : /shelled$/i.test(m[0]) ? IncidentKind.SHELLING : IncidentKind.AIRSTRIKE });
    }
    if (terms.length > 0) lastKind = { kind: terms[0]!.kind, index: s.index };
    // A list of strikes ("listed the main results:" then "- Near X, bombers destroyed …", "- Near Y, a convoy was
    // struck …"): an item that names no weapon is an attack of the kind the list's items before it named.
    const item = LIST_ITEM.test(s.text);
    if (item && terms.length > 0) listKind = { kind: terms[0]!.kind, index: s.index };
    else if (item && listKind && s.index - listKind.index <= 2 && ITEM_PASSIVE_HIT.test(s.folded)) {
      const m = ITEM_PASSIVE_HIT.exec(s.folded)!;
      terms.push({ start: s.start + m.index, end: s.start + m.index + m[0].length, kind: listKind.kind });
      listKind.index = s.index;
    } else if (!item) listKind = null;
    const all = s.mentions.filter((m) => m.type === 'place' && inSyria(m.slug, doc));
    // Where fire came from, where troops advanced to, where people fled from: no site of the attack, and neither is a
    // place listed with one ("fired from government positions around Kafranbel and Maarat al-Numan").
    const notSite = new Set<number>();
    // (each pattern only where its verb occurs in the sentence at all)
    const fired = /\b(?:fired|launched|shot)\s+from\b/i.test(s.folded);
    const advanced = /\btowards?\b/i.test(s.folded);
    const fled = /\b(?:fled|flee|fleeing|escaped|escaping|displaced)\b/i.test(s.folded);
    const places = all.filter((m, i) => {
      const wide = fired || advanced || fled ? doc.folded.slice(Math.max(s.start, m.start - 100), m.start) : '';
      const listed = i > 0 && notSite.has(i - 1) && /^\s*(?:,|and|,\s*and)\s*$/.test(doc.folded.slice(all[i - 1]!.end, m.start));
      if (listed || (fired && FIRED_FROM.test(wide)) || (advanced && ADVANCED_TO.test(wide)) || (fled && FLED_FROM.test(wide))) {
        notSite.add(i);
        return false;
      }
      const before = doc.folded.slice(Math.max(s.start, m.start - 45), m.start);
      // Where fire came from is not where it hit ("fired from positions in Aleppo province").
      // (a distance is no origin: "landed about 50 metres from the health centre in X" is near it)
      if (/\bfrom\b(?<!\b(?:metres|meters|yards|feet|kilometres|kilometers|km|miles|away)\sfrom)(?!\s+(?:[\w']+\s+){0,3}?(?:air ?strikes?|air-strikes?|strikes?|raids?|attacks?|bombings?|shelling|bombardment|blast|explosion)\s+(?:on|in|at|near)\b)(?![^,.;]*\b(?:hit|hits|struck|targeted|pounded|shelled|bombed|destroyed|damaged|flattened|levelled|leveled|killed|wounded|at|into|toward|towards)\b)[^,.;]{0,35}$/i.test(before)) return false;
      // ("an air strike by Syrian government forces in Idlib province": the attack's place, not the forces' seat)
      // ("an air strike … on their positions in the Balyun area": the positions attacked, not the attackers')
      // ("shelled Turkish troops deployed near Saraqeb": the troops hit, where they stood)
      if (((AGENT_LOCATION.test(before) && !ATTACK_BY_AGENT_IN.test(before)) || POSITIONED_AT.test(before)) && !TARGET_POSITIONS_IN.test(before)) return false;
      // "an officer at the reconciliation centre in Hmeimim denied …": the seat of the body that speaks.
      if (SPEAKS_AFTER.test(doc.folded.slice(m.end, m.end + 40)) && SEAT_BEFORE.test(before)) return false;
      // "terrorists planning attacks on X": a target intended, not an attack that happened.
      if (INTENDED_TARGET.test(doc.folded.slice(Math.max(s.start, m.start - 90), m.start))) return false;
      // "in response to drone attacks on Hmeimim": where the attacks given as a reason hit, not this attack's site.
      if (REASON_ATTACKS_ON.test(doc.folded.slice(Math.max(s.start, m.start - 90), m.start))) return false;
      // (unless the sentence gives its toll: "in retaliation to heavy aerial bombing on X, which left two civilians dead")
      if (EARLIER_ATTACK_AT.test(doc.folded.slice(Math.max(s.start, m.start - 130), m.start)) && !HARM_AFTER.test(doc.folded.slice(m.end, s.end))) return false;
      // "in the Shehba region north of Aleppo", "over the hills west of X": X only locates the area.
      if (AREA_LOCATOR.test(before)) return false;
      // "the raid on the town, north of Idlib city": X only locates the town told before.
      if (NOUN_LOCATOR.test(before)) return false;
      // "fired by government forces positioned to the east of the village, around Khan Sheikhoun": where the shooters stood.
      if (POSITIONED_BEARING.test(doc.folded.slice(Math.max(s.start, m.start - 90), m.start))) return false;
      // "put a water station that serves 200,000 people in Idlib city out of service": the people the site serves live there.
      if (SERVES_PLACE.test(doc.folded.slice(Math.max(s.start, m.start - 90), m.start))) return false;
      // "the civilian administration that runs Idlib on behalf of HTS", "HTS, which controls most of the province": a body's domain.
      if (RULES_PLACE.test(doc.folded.slice(Math.max(s.start, m.start - 50), m.start))) return false;
      if (USED_TO_LAUNCH_AT.test(doc.folded.slice(Math.max(s.start, m.start - 70), m.start))) return false;
      // "Aleppo's al-Hamdaniyah district": the city only holds the district named next.
      const next = all[i + 1];
      if (next && /^['’]s\s+$/.test(doc.folded.slice(m.end, next.start)) && placeChain(next.slug).includes(m.slug)) return false;
      // "since the fall of Idlib city": a time, not where anything was hit.
      if (SINCE_EVENT_OF.test(before)) return false;
      // "…, as government forces entered the town of Khan Sheikhoun": a town troops took, not where the attack hit.
      if (ENTERED_PLACE.test(doc.folded.slice(Math.max(s.start, m.start - 60), m.start))) return false;
      // "artillery stationed in Abu Dali and Sinjar": a place coordinated with the shooters' location is theirs too.
      const prevPlace = i > 0 ? all[i - 1] : undefined;
      if (prevPlace && /^\s*(?:,|and|,\s*and)\s*$/.test(doc.folded.slice(prevPlace.end, m.start)) && AGENT_LOCATION.test(doc.folded.slice(Math.max(s.start, prevPlace.start - 45), prevPlace.start))) return false;
      if (TREATED_AT.test(doc.folded.slice(Math.max(s.start, m.start - 90), m.start))) return false;
      // Dateline ("IDLIB, Syria —"); in a round-up whose paragraphs open with place labels, the label is the paragraph's site.
      if (!labelled && m.start - s.start < 3 && LABEL_TAIL.test(doc.folded.slice(m.end, m.end + 30))) return false;
      // A label that a place inside it, named in the body, makes more precise ("ALEPPO: Rebel rockets hit the New Aleppo district").
      if (m.start - s.start < 3 && /^\s*[:—\x97–\x96-]/.test(doc.folded.slice(m.end, m.end + 3)) && all.some((o) => o !== m && o.slug !== m.slug && placeChain(o.slug).includes(m.slug))) return false;
      const prev = i > 0 ? all[i - 1] : undefined;
      // …but a camp and the village it lies by are one site ("the Qah camp near Atmeh").
      const gap = prev ? doc.folded.slice(prev.end, m.start) : '';
      // (an area too: "pounded Jabal al-Zawiya, south of Idlib city")
      if (prev && (isSpecificIn(prev.slug, doc) || placeKind(prev.slug, doc) === PlaceKind.REGION) && LOCATOR.test(gap) && !/\bcamp\b/i.test(prev.surface + gap)) return false;
      return true;
    });
    const specific = places.filter((m) => isSpecificIn(m.slug, doc));
    // "the rocket attack of 16 November on X": an attack aimed at a named place is an attack, harm told or not.
    const aimedAt = terms.some((t) =>
      specific.some((m) => {
        if (m.start < t.end || m.start - t.end >= 70) return false;
        const gap = doc.folded.slice(t.end, m.start);
        return ATTACK_ON.test(gap) || ATTACK_AT.test(gap) || (/^(?:bombing|shelling|bombardment)$/i.test(doc.folded.slice(t.start, t.end)) && NOMINAL_OF.test(gap));
      }),
    );
    // Harm told only inside a back-reference ("five minutes before the strike") is the earlier attack's.
    const rels = relativeSpans(s);
    const harmText = rels.length === 0 ? s.folded : rels.reduceRight((acc, r) => acc.slice(0, r.start - s.start) + ' '.repeat(r.end - r.start) + acc.slice(r.end - s.start), s.folded);
    // "3. Air strikes west of X (Tuesday, 6 December).": a digest item's run-in heading names its attack
    // without a verb.
    const runIn = specific.length > 0 && ownDates.length > 0 && RUN_IN_HEADING.test(s.folded);
    const chemical = specific.length > 0 && terms.some((t) => t.chemical);
    const harm = HARM.test(harmText) || (terms.length > 0 && (HARM_EXTRA.test(harmText) || AIRCRAFT_DOWN.test(harmText))) || (specific.length > 0 && ATTACK_NOTICE.test(s.folded)) || (specific.length > 0 && STRIKING_OBJECT.test(harmText)) || (specific.length > 0 && RAID_ON.test(s.folded)) || aimedAt || runIn || chemical;
    // "killed 62 civilians in Idlib in October": a month with no day is a tally's period.
    const monthTally = s.dates.some((d) => d.month) && !ownDates.some((d) => d.date !== null);
    const severalPlaces = SEVERAL_PLACES.test(s.folded);
    const aggregate = AGGREGATE.test(s.folded) || SEVERAL_ATTACKS.test(s.folded) || severalPlaces || REPEATED.test(s.folded) || CAMPAIGN_SPAN.test(s.folded) || monthTally || s.dates.some((d) => d.span);
    const denial = /\b(?:denied|denies|deny|rejected|dismissed|allegations?)\b/i.test(s.folded);
    const dateFor = (t: Term, anchor: number): string | null => {
      // "Two days before the air strike, …": counted from the last dated attack told.
      const rel = relativeSpans(s)[0];
      const relAnchor = rel ? [...drafts].reverse().find((d) => d.date !== null) : undefined;
      if (rel && relAnchor?.date) return addDaysIso(relAnchor.date, rel.days);
      if (ownDates.length === 0) {
        if (headingDay !== null) return headingDay;
        // (an undated section's attack is not on the day of the section before: "3. Salqin")
        if (heading !== null && lastDate && lastDate.sentence < headingAt && !countsDays(s)) return null;
        // "a second raid … the same afternoon": the day of the attack last told, not of the last date read.
        if (SAME_DAY.test(s.folded)) {
          const told = [...drafts].reverse().find((x) => x.date !== null);
          if (told) return told.date;
        }
        // ("five days earlier" counts from the last date told, however far back it was told)
        if (lastDate && (s.index - lastDate.sentence <= 4 || countsDays(s)) && !OTHER_EVENT.test(s.folded)) {
          // ("By Wednesday morning the toll had risen to 12." then "A day earlier, a strike …": counted from the attack told
          // last, not from the day of a toll that no attack was told with)
          const last = lastDate;
          const told = countsDays(s) && !drafts.some((x) => x.sentences.has(last.sentence)) ? lastToldAttack(drafts) : null;
          return dayShift(s, t, -1, told?.date ?? lastDate.date);
        }
        if (roundup && !OTHER_DAY.test(s.folded)) return roundup;
        return null;
      }
      // Only a date in the attack's own clause dates it; one across a clause boundary is another event's.
      const c = clauseOf(clauses, t.start);
      const same = ownDates.filter((d) => clauseOf(clauses, d.start) === c);
      // The day told in the clause before, with the act it dates, when the word joining the clauses ties the two days:
      // "Six people died on Monday after an air strike hit …" (the deaths the attack caused), "The town was hit again on
      // Monday, when an air strike wounded eight" ("when" tells what happened that day).
      // ("Saraqeb was last hit on Sept. 11, hours before the truce took effect, when an air strike …": an aside may come between)
      const dayBefore = (joint: RegExp, reach: number, told: RegExp, back = 1) =>
        c > 0 && joint.test(doc.folded.slice(clauses[c], clauses[c]! + reach))
          ? ownDates.find((d) => {
              const k = clauseOf(clauses, d.start);
              return d.date !== null && !d.span && k < c && k >= c - back && told.test(doc.folded.slice(clauses[k], d.start));
            })
          : undefined;
      const joinedDay = same.length === 0 ? (dayBefore(/^\s*,?\s*(?:after|following)\s/i, 12, DEATH_BEFORE_DATE) ?? dayBefore(/^\s*,\s*when\s/i, 8, HIT_BEFORE_DATE, 2)) : undefined;
      if (joinedDay) return dayShift(s, t, joinedDay.start, joinedDay.date);
      // "bombed a bakery in al-Atarib as people queued for bread on Saturday morning", "residents fled on Monday, as air
      // strikes hit the town": a clause joined by "as" or "while" tells the same moment, so its day is the attack's.
      if (same.length === 0) {
        const nextJoined = c + 1 < clauses.length && /^\s*,?\s*(?:as|while)\s/i.test(doc.folded.slice(clauses[c + 1], clauses[c + 1]! + 10));
        const joined = c > 0 && /^\s*,?\s*(?:as|while)\s/i.test(doc.folded.slice(clauses[c], clauses[c]! + 10));
        const near = ownDates.filter((d) => d.date !== null && !d.span && ((nextJoined && clauseOf(clauses, d.start) === c + 1) || (joined && clauseOf(clauses, d.start) === c - 1)));
        if (near.length === 1) return dayShift(s, t, near[0]!.start, near[0]!.date);
      }
      // "On 25 November, two days before the rebels launched their offensive, a drone killed …": a day that opens the
      // sentence before a comma dates the sentence's attack (its time of day may follow: "On Thursday evening, …").
      const opening = same.length === 0 ? ownDates.find((d) => d.date !== null && !d.span && /^\W*(?:(?:late|early)\s+)?(?:on\s+)?$/i.test(doc.folded.slice(s.start, d.start)) && /^\s*(?:(?:morning|afternoon|evening|night)\s*)?,/i.test(doc.folded.slice(d.end, d.end + 12))) : undefined;
      if (opening) return dayShift(s, t, opening.start, opening.date);
      // (a timeline entry's date, "23 May - A double-tap air strike on Heish …", dates the whole entry)
      if (same.length === 0) return entry?.date ?? null;
      const dist = (d: { start: number; end: number }): number => Math.min(Math.abs(d.start - t.end), Math.abs(t.start - d.end), Math.abs(d.start - anchor));
      const best = [...same].sort((a, b) => dist(a) - dist(b))[0];
      // "28 May - Late on Tuesday an air strike …": the weekday of the entry's week, not of the publication's.
      const weekday = best && entry?.date ? /\b(Sunday|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday)\b/.exec(doc.folded.slice(best.start, best.end)) : null;
      if (weekday?.[1] && entry?.date) return weekdayOnOrBefore(weekday[1], entry.date);
      return best ? dayShift(s, t, best.start, best.date) : null;
    };
    const provinces = places.filter((m) => isProvince(m.slug));
    // "… the hospital in Daret Azza. … the hospital, in the western Aleppo countryside, was hit": an
    // article's first attack placed only by its province is at the site the story set its scene in, there.
    const sceneSite =
      drafts.length === 0 && specific.length === 0 && scene && s.index - scene.s.index <= 3 && provinces.some((p) => scene!.group.some((g) => placeChain(g.slug).includes(p.slug))) ? scene.group : undefined;
    const siteRef = specific.length === 0 && provinces.length === 0 && terms.length > 0 && harm && !aggregate && !denial ? namedSite(doc, s) : undefined;
    // "Russian warplanes targeted the hospital in our town": a body speaking for a place (a council's post) names it "our town".
    const ours = specific.length === 0 && terms.length > 0 && harm && !aggregate && !denial && OUR_PLACE.test(s.folded) ? ourPlace(doc, s) : undefined;
    const underHeading = specific.length === 0 && provinces.length === 0 && heading !== null && terms.length > 0 && harm && !aggregate && !denial ? heading : undefined;
    // ("a drone struck a tractor in the al-Ghab plain": an area inside a province places the attack more closely than the province)
    const areas = places.filter((m) => isLocalArea(m.slug));
    const pool = specific.length > 0 ? specific : (sceneSite ?? siteRef ?? ours ?? underHeading ?? (areas.length > 0 ? areas : provinces));
    const regionWide = ROUNDUP.test(s.folded) || severalPlaces || s.mentions.some((m) => m.type === 'place' && placeKind(m.slug, doc) === PlaceKind.REGION);
    if (drafts.length === 0 && roundup === null && specific.length === 0 && regionWide && ((terms.length > 0 && harm) || ROUNDUP_NOUN.test(s.folded))) {
      const d = ownDates.find((x) => x.date !== null);
      if (d && ownDates.every((x) => x.date === d.date)) roundup = d.date;
    }
    if (terms.length > 0 && harm && places.length === 0 && !aggregate && !denial) {
      const t = terms[0]!;
      placeless.push({ s, kind: attackKind(doc, s, t, terms), date: dateFor(t, t.start) });
    }
    // "… fired mortar shells at a post in the de-escalation zone." + (new paragraph) "… the attack on the post at X":
    // a definite attack on a named site continues the sentence before, paragraph break or not.
    const adjacent = (x: SentenceInfo | undefined): boolean => !!x && x.index === s.index - 1 && (x.paragraph === s.paragraph || ATTACK_ON_SITE.test(s.folded));
    const ownDay = ownDates.find((d) => d.date !== null)?.date ?? null;
    if (drafts.length === 0 && !aggregate && !denial) {
      const lead = (kind: IncidentKind, date: string | null, group: Mention[], from: SentenceInfo[]): void => {
        drafts.push({
          key: 0,
          kind,
          date,
          placeSlugs: [...new Set(group.map((m) => m.slug))],
          perpetrators: new Set(from.flatMap((x) => agentsIn(doc, x))),
          sentences: new Set(from.map((x) => x.index)),
          summary: summaryOf(from.map((x) => x.text).join(' ')),
        });
      };
      const group = leadPlaceGroup(doc, specific);
      if (terms.length === 0 && group && leadAttack && adjacent(leadAttack.s) && (leadAttack.date ?? ownDay) !== null) lead(leadAttack.kind, leadAttack.date ?? ownDay, group, [leadAttack.s, s]);
      else if (terms.length > 0 && harm && places.length === 0 && !TALLY.test(s.folded) && leadPlace && adjacent(leadPlace.s)) {
        const t = terms[0]!;
        const date = ownDates.length > 0 ? dateFor(t, t.start) : leadPlace.date;
        if (date !== null) lead(attackKind(doc, s, t, terms), date, siteRef ?? leadPlace.group, [leadPlace.s, s]);
      }
    }
    leadAttack =
      // (a region, "in the Idlib de-escalation zone", places no attack: the next sentence may)
      terms.length > 0 && harm && places.every((m) => placeKind(m.slug, doc) === PlaceKind.REGION) && !aggregate && !denial && !TALLY.test(s.folded)
        ? { s, kind: attackKind(doc, s, terms[0]!, terms), date: ownDates.length > 0 ? dateFor(terms[0]!, terms[0]!.start) : null }
        : null;
    const firstGroup = terms.length === 0 ? leadPlaceGroup(doc, specific) : undefined;
    leadPlace = firstGroup ? { s, group: firstGroup, date: ownDay } : null;
    if (firstGroup) scene = { s, group: firstGroup };
    // "On Monday, a day after the strike, SANA reported that army units had destroyed a depot in Maarat Hurma": the attack the
    // back-reference counts from is at the sentence's place, on the sentence's own day less the count.
    const rel = rels.length === 1 ? rels[0]! : undefined;
    if (terms.length === 0 && rel && rel.days > 0 && specific.length > 0 && !aggregate) {
      const own = ownDates.find((d) => d.date !== null && !d.span && (d.end <= rel.start || d.start >= rel.end));
      const group = placeGroups(doc, specific)[0];
      if (own?.date && group) {
        drafts.push({
          key: drafts.length,
          kind: /shell/i.test(doc.folded.slice(rel.start, rel.end)) ? IncidentKind.SHELLING : IncidentKind.AIRSTRIKE,
          date: addDaysIso(own.date, -rel.days),
          placeSlugs: [...new Set(group.map((m) => m.slug))],
          perpetrators: new Set(agentsIn(doc, s)),
          sentences: new Set([s.index]),
          summary: summaryOf(s.text),
          aside: drafts.length > 0,
        });
      }
    }
    // "Sarmada … has been hit by several bombings in recent months": the town's history, with no day of its own, is no incident.
    const history = ((HISTORY.test(s.folded) || COUNTED_ATTACKS.test(s.folded) || KEPT_UP.test(s.folded)) && !ownDates.some((d) => d.date !== null)) || FREQUENT_ATTACKS.test(s.folded);
    if (terms.length > 0 && harm && pool.length > 0 && !((aggregate || denial) && specific.length === 0) && !history) {
      const groups = placeGroups(doc, pool);
      // One-to-one pairing of attack terms and place groups, nearest pairs first.
      const pairs: Array<{ t: Term; g: Mention[]; d: number }> = [];
      // An attack word across a clause boundary from the place ("X, where a bombing had killed…") pairs last.
      const sameClause = (t: Term, g: Mention[]): boolean => clauseOf(clauses, t.start) === clauseOf(clauses, g[0]?.start ?? t.start);
      for (const t of terms) for (const g of groups) pairs.push({ t, g, d: distance(t, g) + (sameClause(t, g) ? 0 : 120) });
      pairs.sort((a, b) => a.d - b.d);
      const usedT = new Set<Term>();
      const usedG = new Set<Mention[]>();
      const chosen: Array<{ t: Term; g: Mention[] }> = [];
      for (const p of pairs) {
        if (usedT.has(p.t) || usedG.has(p.g)) continue;
        // A lone place group in the sentence takes its attack term at any distance.
        if (p.d > 160 && groups.length > 1) continue;
        usedT.add(p.t);
        usedG.add(p.g);
        chosen.push(p);
      }
      // "killing five in Ariha and three in Binnish": each place with its own toll is its own incident,
      // by the attack word that the first one took.
      const first = chosen[0];
      if (first) {
        for (const g of groups) {
          if (usedG.has(g) || !g[0] || g[0].start < first.t.end) continue;
          const last = g[g.length - 1]!;
          // "… hit Ariha on Monday and Binnish on Tuesday": a place with its own, other day.
          const ownDay = ownDates.find((d) => d.date !== null && d.start >= last.end && /^[\s,]*(?:(?:late|early)\s+)?(?:on\s+)?$/i.test(doc.folded.slice(last.end, d.start)));
          const firstDay = dateFor(first.t, first.g[0]?.start ?? first.t.start);
          if (TOLL_IN.test(doc.folded.slice(Math.max(s.start, g[0].start - 40), g[0].start)) || (ownDay && firstDay !== null && ownDay.date !== firstDay)) chosen.push({ t: first.t, g });
        }
      }
      // "artillery pounded the town from first light and government helicopters returned after dark to drop barrel bombs",
      // "Saraqeb came under air strikes and artillery fire": one town hit by air and by ground fire in one sentence is two
      // incidents, one of each kind.
      if (chosen.length === 1 && groups.length === 1 && !terms.some((x) => x.kind === IncidentKind.OTHER)) {
        const word = (x: Term): string => doc.folded.slice(x.start, x.end);
        // (not aircraft only seen: "while warplanes circled overhead")
        const air = terms.find((x) => x.kind === IncidentKind.AIRSTRIKE && STRONG_AIR.test(word(x)) && !AIRBORNE_ONLY.test(doc.folded.slice(x.end, x.end + 30)));
        const ground = terms.find((x) => x.kind === IncidentKind.SHELLING && STRONG_GROUND.test(word(x)) && !missileFromAir(doc, s, x) && !shelledByAircraft(doc, s, x));
        const other = chosen[0]!.t.kind === IncidentKind.AIRSTRIKE ? ground : air;
        // ("Warplanes and artillery shelled Ariha": one attack by both)
        const [a, b] = air && ground ? (air.start < ground.start ? [air, ground] : [ground, air]) : [];
        const oneVerb = !!a && !!b && /^\s+and\s+(?:[\w-]+\s+)?$/i.test(doc.folded.slice(a.end, b.start)) && /^\s+(?:shelled|struck|hit|pounded|bombarded|bombed|targeted|attacked|killed)\b/i.test(doc.folded.slice(b.end, b.end + 14));
        if (air && ground && other && !oneVerb) chosen.push({ t: other, g: chosen[0]!.g });
      }
      chosen.sort((a, b) => (a.g[0]?.start ?? 0) - (b.g[0]?.start ?? 0));
      for (const { t, g: best } of chosen) {
        // "… struck our hospital in X on Sunday. … three munitions struck the hospital": a site named before, with no
        // day of its own, is the attack already told there.
        if (pool === siteRef && ownDates.length === 0) {
          const told = drafts.filter((d) => best.every((m) => d.placeSlugs.includes(m.slug))).pop();
          if (told) {
            told.sentences.add(s.index);
            continue;
          }
        }
        // "has not said a word about the strikes on X and Y": a definite attack on sites already told,
        // with no day of its own, names those incidents again rather than a new one.
        if (ownDates.length === 0 && DEFINITE_BEFORE.test(doc.folded.slice(Math.max(s.start, t.start - 30), t.start)) && best.every((m) => drafts.some((d) => d.placeSlugs.includes(m.slug)))) {
          for (const d of drafts) if (best.some((m) => d.placeSlugs.includes(m.slug))) d.sentences.add(s.index);
          continue;
        }
        // "condemned the strike on Wednesday, calling it a violation … for the Idlib region": a definite attack
        // placed only by a province that holds an incident of that kind already told names that incident
        // again; the day next to it is the reaction's.
        if (DEFINITE_BEFORE.test(doc.folded.slice(Math.max(s.start, t.start - 30), t.start)) && best.every((m) => !isSpecificIn(m.slug, doc))) {
          const told = drafts.filter((d) => d.kind === t.kind && d.placeSlugs.some((p) => isSpecificIn(p, doc) && best.some((m) => ancestorOf(m.slug, p, doc))));
          if (told.length === 1) {
            told[0]!.sentences.add(s.index);
            continue;
          }
        }
        // "A Kremlin spokesman said Russian aircraft had not struck Maarat Misrin": a denied attack is no new incident; it
        // names the one told there, if any.
        if (NEGATED_ATTACK.test(doc.folded.slice(Math.max(s.start, (best[0]?.start ?? 0) - 50), best[0]?.start ?? 0))) {
          for (const d of drafts) if (d.kind === t.kind && best.some((m) => d.placeSlugs.includes(m.slug))) d.sentences.add(s.index);
          continue;
        }
        // "A Russian air strike on a village near the town of Jisr al-Shughur …" then "… the strike hit a house in the village of
        // al-Jadida": the definite strike names the village the first sentence left unnamed.
        const unnamed = DEFINITE_BEFORE.test(doc.folded.slice(Math.max(s.start, t.start - 30), t.start)) ? drafts.filter((d) => d.vague && d.kind === t.kind) : [];
        if (unnamed.length === 1 && best.every((m) => isSpecificIn(m.slug, doc)) && compatibleDates(unnamed[0]!.date, ownDates.length > 0 ? dateFor(t, best[0]?.start ?? t.start) : null)) {
          unnamed[0]!.placeSlugs = [...new Set(best.map((m) => m.slug))];
          unnamed[0]!.vague = false;
          unnamed[0]!.sentences.add(s.index);
          continue;
        }
        // "Russia's defence ministry said its aircraft had struck a "terrorist" arms depot west of Idlib city on Sunday":
        // a site placed only by its bearing from a town, on the day the one attack of that kind was told, is that attack
        // in another's words.
        if (best.length > 0 && best.every((m) => DIRECTION_OF.test(doc.folded.slice(Math.max(s.start, m.start - 30), m.start))) && !/\balso\b/i.test(s.folded) && !OTHER_EVENT.test(s.folded)) {
          const day = dateFor(t, best[0]!.start);
          const told = day === null ? [] : drafts.filter((d) => d.kind === t.kind && d.date === day);
          if (told.length === 1) {
            told[0]!.sentences.add(s.index);
            continue;
          }
        }
        // Kind: OTHER (downing, roadside bomb) or the paired attack term's kind.
        const near = terms.filter((x) => Math.abs(x.start - (best[0]?.start ?? 0)) < 200 && sameClause(x, best));
        const kind = attackKind(doc, s, t, near);
        drafts.push({
          key: drafts.length,
          kind,
          date: dateFor(t, best[0]?.start ?? t.start),
          placeSlugs: [...new Set(best.map((m) => m.slug))],
          perpetrators: new Set(agentsIn(doc, s)),
          sentences: new Set([s.index]),
          summary: summaryOf(s.text),
          aside: drafts.length > 0 && (OTHER_EVENT.test(s.folded) || DAYS_OFF.test(s.folded)),
          inherited: ownDates.length === 0 && rels.length === 0,
          vague: best.length === 1 && UNNAMED_NEAR.test(doc.folded.slice(Math.max(s.start, best[0]!.start - 50), best[0]!.start)),
        });
      }
    } else if (terms.length > 0 && drafts.length > 0) {
      const t = terms[0]!;
      const prev = drafts[drafts.length - 1]!;
      const prevSentence = Math.max(...prev.sentences);
      // The last incident, or the last of a kind told within the three sentences before.
      const lastOfKind = (kind: IncidentKind): DraftIncident | undefined =>
        prev.kind === kind ? (s.index - prevSentence <= 3 ? prev : undefined) : [...drafts].reverse().find((d) => d.kind === kind && s.index - Math.max(...d.sentences) <= 3);
      // (with no day to tell it by, "The town was struck again on Tuesday, when artillery shells hit …" in an undated article,
      // an attack of another kind on the town is still another incident: below)
      const sameSiteDay = places.length === 0 && harm && !aggregate && (ownDates.length > 0 || relativeSpans(s).length > 0) && SAME_SITE.test(s.folded) ? dateFor(t, t.start) : null;
      if (sameSiteDay !== null) {
        // "The same school had been hit by shelling on Feb. 3": another attack on the last incident's site.
        const date = sameSiteDay;
        const site = [...drafts].reverse().find((d) => d.placeSlugs.some((p) => isSpecificIn(p, doc))) ?? prev;
        if (date !== site.date) {
          drafts.push({
            key: drafts.length,
            kind: terms.some((x) => x.kind === IncidentKind.OTHER) ? IncidentKind.OTHER : t.kind,
            date,
            placeSlugs: [...site.placeSlugs],
            perpetrators: new Set(agentsIn(doc, s)),
            sentences: new Set([s.index]),
            summary: summaryOf(s.text),
            aside: true,
          });
        }
      } else if (specific.length > 0) {
        // A later sentence naming an incident's place and the attack's date dates it
        // ("did not carry out any strikes in the area of X on 5 May").
        for (const d of drafts) {
          if (d.date !== null || d.kind !== t.kind || !specific.some((m) => d.placeSlugs.includes(m.slug))) continue;
          const date = ownDates.length > 0 ? dateFor(t, specific[0]?.start ?? t.start) : null;
          if (date) d.date = date;
        }
      } else if (
        places.length === 0 && harm && !aggregate && !denial && s.index - prevSentence <= 3 && TOWN_AGAIN.test(s.folded) && !OTHER_EVENT.test(s.folded) &&
        t.kind !== prev.kind && t.kind !== IncidentKind.OTHER && prev.kind !== IncidentKind.OTHER && prev.placeSlugs.some((p) => isSpecificIn(p, doc))
      ) {
        // "Warplanes struck Saraqeb … Hours later, government artillery pounded the town's eastern neighbourhoods, killing two
        // more": an attack of another kind on the town just told is another incident there.
        drafts.push({
          key: drafts.length,
          kind: t.kind,
          date: dateFor(t, t.start),
          placeSlugs: [...prev.placeSlugs],
          perpetrators: new Set(agentsIn(doc, s)),
          sentences: new Set([s.index]),
          summary: summaryOf(s.text),
          aside: false,
          inherited: ownDates.length === 0,
        });
      } else if (places.length === 0 && !aggregate && lastOfKind(t.kind) && DEFINITE_ATTACK.test(s.folded) && !OTHER_EVENT.test(s.folded)) {
        // "The strike on 15 July killed 27": a back-reference continues the last incident, or the main
        // story's when the last one was an aside ("Two days earlier, a strike …" then "X slammed the strike").
        // ("Monday's strike" with several incidents: the one of that day; "the barrel bombs killed three more" after
        // shelling and barrel bombs on one town: the last one of that kind)
        const last = lastOfKind(t.kind)!;
        const day = ownDates.length > 0 ? dateFor(t, t.start) : null;
        const ofDay = day === null ? [] : drafts.filter((d) => d.kind === t.kind && d.date === day);
        const ref = ofDay.length === 1 ? ofDay[0]! : last.aside ? (drafts.find((d) => !d.aside && d.kind === t.kind) ?? last) : last;
        ref.sentences.add(s.index);
        // "A car bomb went off in X." + "The blast came on Wednesday evening.": the next sentence's own day
        // dates the attack, over a day carried from an earlier sentence.
        const own = ownDates.length > 0 ? dateFor(t, t.start) : null;
        if (own !== null && (ref.date === null || (ref.inherited && ref === prev && s.index - prevSentence === 1))) {
          ref.date = own;
          ref.inherited = false;
        }
        for (const a of agentsIn(doc, s)) ref.perpetrators.add(a);
      }
    } else if (terms.length === 0 && drafts.length > 0 && specific.length > 0 && !OTHER_EVENT.test(s.folded)) {
      // "The convoy was hit near the village of X": a follow-up sentence pins the last incident,
      // known so far only by its province, to a place inside that province.
      const prev = drafts[drafts.length - 1]!;
      const near = s.index - Math.max(...prev.sentences) <= 2;
      if (near && prev.placeSlugs.every((p) => !isSpecificIn(p, doc))) {
        const site = specific.find((m) => PASSIVE_HIT.test(doc.folded.slice(Math.max(s.start, m.start - 60), m.start)));
        if (site && prev.placeSlugs.some((p) => ancestorOf(p, site.slug, doc))) {
          prev.placeSlugs = [site.slug];
          prev.sentences.add(s.index);
        }
      }
    }
    // ("which government forces captured last month" gives no day, and takes none away)
    const dayDates = ownDates.filter((d) => d.date !== null || !/\b(?:month|year)\b/i.test(doc.folded.slice(d.start, d.end)));
    if (dayDates.length > 0) lastDate = { date: dayDates[0]?.date ?? null, sentence: s.index };
  }
  // "13 regime soldiers had been killed in Turkish shelling": an attack told without its place belongs to
  // the one incident of that kind and day whose named attacker it names.
  for (const p of placeless) {
    if (drafts.some((d) => d.sentences.has(p.s.index))) continue;
    const agents = agentsIn(doc, p.s);
    if (agents.length === 0) continue;
    const same = drafts.filter((d) => d.kind === p.kind && compatibleDates(d.date, p.date) && agents.some((a) => d.perpetrators.has(a)));
    if (same.length === 1) same[0]!.sentences.add(p.s.index);
  }
  // "It was the second time in four days that the town had been hit. On Thursday, an air strike near a bakery killed two
  // men": an attack with a day of its own and no place, after a sentence saying the one town told of was hit before, is
  // another attack there.
  for (const p of placeless) {
    const prev = doc.sentences[p.s.index - 1];
    if (p.date === null || drafts.some((d) => d.sentences.has(p.s.index)) || !prev || prev.paragraph !== p.s.paragraph || !TOWN_HIT_BEFORE.test(prev.folded)) continue;
    const towns = [...new Set(drafts.flatMap((d) => d.placeSlugs).filter((x) => isSpecificIn(x, doc)))];
    if (towns.length !== 1) continue;
    const same = drafts.find((d) => d.placeSlugs.includes(towns[0]!) && d.kind === p.kind && d.date === p.date);
    if (same) same.sentences.add(p.s.index);
    else {
      drafts.push({
        key: drafts.length,
        kind: p.kind,
        date: p.date,
        placeSlugs: [towns[0]!],
        perpetrators: new Set(agentsIn(doc, p.s)),
        sentences: new Set([p.s.index]),
        summary: summaryOf(p.s.text),
      });
    }
  }
  // A lead's attack placed only at a region the dateline's town lies in ("DARAT IZZA, Syria — … the team leader in
  // the western Aleppo countryside said two missiles struck the covered market"): the town is its site.
  const datelined = datelinePlace(doc);
  if (datelined && !drafts.some((x) => x.placeSlugs.includes(datelined.slug))) {
    const firstBody = doc.sentences.find((x) => x.role === 'body')?.index ?? 0;
    const lead = drafts.find((x) => Math.min(...x.sentences) - firstBody <= 2 && !x.placeSlugs.some((p) => isSpecificIn(p, doc)) && x.placeSlugs.some((p) => ancestorOf(p, datelined.slug, doc)));
    if (lead) lead.placeSlugs = [datelined.slug];
  }
  // A lead's attack placed only at a region whose site a later sentence gives by pointing back to it ("33 soldiers were
  // killed in an air strike in Idlib province" … "said the convoy was hit near the village of Baloun").
  for (const x of drafts) {
    if (x.placeSlugs.some((p) => isSpecificIn(p, doc))) continue;
    const first = Math.min(...x.sentences);
    for (const later of doc.sentences) {
      if (later.index <= first || later.role !== 'body') continue;
      const back = SITE_GIVEN_LATER.exec(later.folded);
      if (!back) continue;
      const at = later.start + back.index + back[0].length;
      const m = later.mentions.find((y) => y.type === 'place' && y.start >= at && isSpecificIn(y.slug, doc) && inSyria(y.slug, doc) && x.placeSlugs.some((p) => ancestorOf(p, y.slug, doc)));
      if (!m) continue;
      // (the pointing sentence may have made an incident of its own there, from its own weaker word: "had come under
      // fire near X" after "killed in an air strike in Idlib province" is the air strike, not shelling besides it)
      const there = drafts.filter((o) => o !== x && o.placeSlugs.includes(m.slug));
      if (there.length > 1 || (there.length === 1 && ![...there[0]!.sentences].every((i) => i === later.index))) continue;
      for (const o of there) {
        drafts.splice(drafts.indexOf(o), 1);
        for (const p of o.perpetrators) x.perpetrators.add(p);
        x.date ??= o.date;
      }
      x.placeSlugs = [m.slug];
      x.sentences.add(later.index);
      break;
    }
  }
  // (or, with no dateline, the one town a feature's headline names: "The surgeon of Saraqeb" … "The helicopters had hit the vegetable market";
  // or, with neither, the one town its body names)
  // (an attack placed only as "nearby" is not at the body's one site: "an air strike on a nearby road"; or, with none of
  // these, the one town a feature's opening sets its scene in)
  const firstPlaceless = placeless[0];
  const site =
    // (no incident placed at a town yet: one placed only at a province, "strikes against targets in Idlib province", is a tally)
    drafts.every((x) => !x.placeSlugs.some((p) => isSpecificIn(p, doc))) && firstPlaceless
      ? (datelined ?? headlinePlace(doc) ?? (placeless.some((p) => NEARBY.test(p.s.folded)) ? undefined : (onlyBodySite(doc) ?? sceneTown(doc, firstPlaceless.s))))
      : undefined;
  if (site && firstPlaceless) {
    // "MAARRAT MISRIN, Syria – … the toll from the strike rose to 12": the dateline place is the strike's.
    // ("On Monday, a strike on a residential street killed five" … "The town had already been hit on Saturday": one
    // incident there per kind and day)
    const groups: Array<typeof placeless> = [];
    for (const p of placeless) {
      const dayOf = (g: typeof placeless): boolean => g.every((x) => compatibleDates(x.date, p.date));
      // (another kind the same day is the same attack told again: "Aerial bombardment" … "the first missile struck")
      const group = groups.find((g) => g[0]!.kind === p.kind && dayOf(g)) ?? groups.find(dayOf);
      if (group) group.push(p);
      else if (groups.length === 0 || p.date !== null) groups.push([p]);
    }
    for (const same of groups) {
      drafts.push({
        key: drafts.length,
        kind: same[0]!.kind,
        date: same.find((p) => p.date !== null)?.date ?? null,
        placeSlugs: [site.slug],
        perpetrators: new Set(same.flatMap((p) => agentsIn(doc, p.s))),
        sentences: new Set(same.map((p) => p.s.index)),
        summary: summaryOf(same[0]!.s.text),
      });
    }
  }
  // An attack placed only at a province or a wide region ("killed in air strikes in Idlib province since …", "the hospital
  // had been hit", its town never named) is a tally or an attack whose site the text does not give: no incident.
  // (after merging, so that a province-wide mention of an attack told elsewhere with its town still joins it). Villages
  // in a province's countryside, named as the target, are a site ("fired rockets at villages in the countryside of Latakia").
  const countryside = (x: DraftIncident): boolean => [...x.sentences].some((i) => COUNTRYSIDE_TARGET.test(doc.sentences[i]?.folded ?? ''));
  // (an area inside a province, "a drone struck a tractor in the al-Ghab plain, killing four", is a site when the sentence
  // that places the attack there also gives its toll; "warplanes pounded Jabal al-Zawiya", "the deadliest raid in Jabal
  // al-Zawiya" name an area hit, not one attack's site)
  const areaSite = (x: DraftIncident): boolean => x.placeSlugs.some(isLocalArea) && [...x.sentences].some((i) => tollTold(doc.sentences[i]?.text ?? ''));
  return mergeDrafts(retract(drafts, doc), doc).filter((x) => x.placeSlugs.some((p) => isSpecificIn(p, doc)) || countryside(x) || areaSite(x));
}

/** A sentence saying the town told of was hit before: "It was the second time in four days that the town had been hit", "The town was hit again on Sunday". */
const TOWN_HIT_BEFORE = /\b(?:the|this)\s+(?:town|village|city)\s+(?:had|has)\s+(?:already\s+)?been\s+(?:hit|struck|bombed|shelled|targeted|attacked)\b|\b(?:the|this)\s+(?:town|village|city)\s+(?:was|came\s+under\s+fire)\s+(?:(?:hit|struck|bombed|shelled|targeted|attacked)\s+)?again\b|\b(?:second|third|fourth)\s+time\b[^.;]{0,60}?\b(?:hit|struck|bombed|shelled|targeted|attacked)\b/i;
/** What sets a place aside right after the one meant ("The strike hit X, not Y."). */
const NOT_PLACE_GAP = /^\s*,?\s*(?:and\s+)?not\s+(?:in\s+|at\s+|on\s+)?(?:the\s+(?:town|village|city)\s+of\s+)?$/i;
/**
 * Corrections: "The strike hit Kansafra, not Kafr Nabl." (in the body or a "Correction:" note). An incident
 * placed only at the place set aside is the same attack misplaced: its sentences go to the incident at the
 * place given instead.
 */
function retract(drafts: DraftIncident[], doc: Doc): DraftIncident[] {
  if (drafts.length < 2) return drafts;
  const texts = [
    ...doc.sentences.filter((s) => s.role === 'body').map((s) => s.folded),
    ...doc.lines.filter((l) => /^\W*corrections?\s*:/i.test(l.plain)).map((l) => doc.folded.slice(l.start, l.end)),
  ].filter((t) => /\bnot\s/i.test(t));
  if (texts.length === 0) return drafts;
  const surfaces = new Map<string, Set<string>>();
  for (const m of doc.mentions) if (m.type === 'place') surfaces.set(m.slug, (surfaces.get(m.slug) ?? new Set()).add(doc.folded.slice(m.start, m.end)));
  let out = drafts;
  for (const gone of drafts) {
    if (gone.placeSlugs.length !== 1) continue;
    const wrong = gone.placeSlugs[0]!;
    const keep = out.find((d) => d !== gone && d.kind === gone.kind && !d.placeSlugs.includes(wrong) && d.placeSlugs.some((p) => texts.some((t) => [...(surfaces.get(p) ?? [])].some((r) => [...(surfaces.get(wrong) ?? [])].some((w) => {
      const at = t.indexOf(r);
      const to = at < 0 ? -1 : t.indexOf(w, at + r.length);
      return to >= 0 && NOT_PLACE_GAP.test(t.slice(at + r.length, to));
    })))));
    if (!keep) continue;
    for (const x of gone.sentences) keep.sentences.add(x);
    out = out.filter((d) => d !== gone);
  }
  return out;
}

/** What may come before a timeline entry's date: nothing, or a bullet and the entry's place label ("* IDLIB CITY, "). */
const ENTRY_LEAD = /^\W*(?:[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*){0,3},\s*)?$/;

/** The last `weekday` on or before `iso`. */
function weekdayOnOrBefore(weekday: string, iso: string): string {
  const want = WEEKDAYS.indexOf(weekday.toLowerCase());
  const d = new Date(`${iso}T00:00:00Z`);
  return addDaysIso(iso, -((d.getUTCDay() - want + 7) % 7));
}

function compatibleDates(a: string | null, b: string | null): boolean {
  return a === null || b === null || a === b;
}

/** Whether `anc` contains `slug`; a place found from context ("the village of X") has the parent the text gave it. */
function ancestorOf(anc: string, slug: string, doc?: Doc): boolean {
  if (placeChain(slug).slice(1).includes(anc)) return true;
  const parent = doc?.newPlaces.get(slug)?.parent;
  return !!parent && (parent === anc || placeChain(parent).includes(anc));
}

/** "was hit near the village of", "had been struck in": a passive attack verb right before the place. */
const PASSIVE_HIT =
  /\b(?:was|were|had been|has been|have been)\s+(?:(?:reportedly|also)\s+)?(?:hit|struck|targeted|attacked|bombed|shelled)\s+(?:near|in|at|outside|close to|on the outskirts of)\s+(?:the\s+)?(?:(?:village|town|city|area|hamlet)\s+of\s+)?$/i;

const SPECIFICITY: Record<string, number> = {
  [PlaceKind.FACILITY]: 0,
  [PlaceKind.DISTRICT]: 1,
  [PlaceKind.VILLAGE]: 2,
  [PlaceKind.TOWN]: 3,
  [PlaceKind.CITY]: 4,
  [PlaceKind.PROVINCE]: 5,
  [PlaceKind.REGION]: 6,
  [PlaceKind.COUNTRY]: 7,
};

/**
 * Deterministic place order: most specific first, then by slug. The incident id takes the first
 * place, so two articles naming the same places in another order give the same id.
 */
export function orderPlaces(slugs: string[], doc?: Doc): string[] {
  const rank = (s: string): number => SPECIFICITY[(PLACES.get(s)?.kind ?? doc?.newPlaces.get(s)?.kind ?? PlaceKind.VILLAGE) as string] ?? 2;
  return [...new Set(slugs)].sort((a, b) => rank(a) - rank(b) || (a < b ? -1 : a > b ? 1 : 0));
}

function mergeDrafts(list: DraftIncident[], doc?: Doc): DraftIncident[] {
  const out: DraftIncident[] = [];
  // An area inside a province (the al-Ghab plain) may hold any town of that province: it is merged like a container.
  const covers = (p: string, q: string): boolean => ancestorOf(p, q, doc) || (isLocalArea(p) && !isLocalArea(q) && ancestorOf(PLACES.get(p)?.parent ?? '', q, doc));
  for (const d of list) {
    const target = out.find(
      (o) =>
        o.kind === d.kind &&
        compatibleDates(o.date, d.date) &&
        (o.placeSlugs.some((p) => d.placeSlugs.includes(p)) ||
          o.placeSlugs.every((p) => d.placeSlugs.some((q) => covers(p, q))) ||
          d.placeSlugs.every((p) => o.placeSlugs.some((q) => covers(p, q)))),
    );
    if (!target) {
      out.push({ ...d, key: out.length });
      continue;
    }
    // Keep the most specific places: a container is not repeated next to what it contains.
    const all = [...new Set([...target.placeSlugs, ...d.placeSlugs])];
    target.placeSlugs = all.filter((p) => !all.some((q) => q !== p && covers(p, q)));
    target.date = target.date ?? d.date;
    for (const p of d.perpetrators) target.perpetrators.add(p);
    for (const s of d.sentences) target.sentences.add(s);
  }
  for (const d of out) d.placeSlugs = orderPlaces(d.placeSlugs, doc);
  return out;
}

export function datePrecision(date: string | null): DatePrecision {
  return date ? DatePrecision.DAY : DatePrecision.UNKNOWN;
}
