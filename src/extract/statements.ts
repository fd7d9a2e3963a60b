/**
 * Statements: who said what, with which stance, about whom and which incident.
 * Attribution: speech verbs with their subject (left, through appositives and asides), inverted
 * quotes ("…," said X), "according to X", relays ("X told Interfax", "quoted by SANA") and
 * coreference (pronouns, role nouns, surnames).
 */
import { ActorKind, IncidentKind, PlaceKind, Stance } from '../domain/model';
import { ACTORS, PLACES, ancestorsOf, lookupPlace, officeBody, placeChain, sideOf, slugify } from '../resolve';
import type { Doc, SentenceInfo } from './document';
import { extractFigures, fillMissingFigures, type Figures } from './figures';
import { agentsIn, type DraftIncident } from './incidents';
import {
  ACCUSE_CUE,
  ACCUSE_VERB,
  AGGREGATE,
  ATTACKER_KINDS,
  CALL_CUE,
  CALL_VERB,
  CONFIRM_CUE,
  CONFIRM_VERB,
  CRITICISE_CUE,
  CRITICISE_VERB,
  DENY_CUE,
  DENY_VERB,
  EXPECT_CALL,
  NATIONALITY_STATE,
  PASSIVE_DENIAL,
  SPEECH_VERBS,
} from './lexicon';
import { quoteOpen } from './sentences';
import { knownActorSlug, type Mention } from './mentions';

/** A person named in the article but unknown to the alias table. */
export interface PersonInfo {
  slug: string;
  name: string;
  partOf: string | null;
  /** Set for an unknown authority body ("Hama Police Command"); people have none. */
  kind?: ActorKind;
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

const TITLES = String.raw`(?:(?:Dr|Mr|Mrs|Ms|Lieutenant-General|Lieutenant General|Lt-Gen|Lt\. Gen\.|Colonel-General|Colonel General|Major-General|Major General|Maj-Gen|Maj\. Gen\.|Rear Admiral|Admiral|General|Gen\.|Colonel|Col\.|Lieutenant|Brigadier|Sheikh|Governor|Mayor|Imam|Judge|Prof|Professor|Captain|Capt\.|Father|Nurse|Spokesperson|Spokesman|Spokeswoman|Pastor|Bishop|Archbishop|Engineer|Ambassador|Sergeant|Sister)\.?\s+)`;
/** A capitalised name word; accented letters too ("Hallström", "Çelik"). */
const NAME_TOKEN = String.raw`[A-Z\u00c0-\u00d6\u00d8-\u00de][a-z\u00df-\u00f6\u00f8-\u00ff\u0101-\u017f'’]+(?:-[A-Z][a-z\u00df-\u00f6\u00f8-\u00ff\u0101-\u017f'’]+)?`;
const PERSON_RE = new RegExp(String.raw`(${TITLES})?(${NAME_TOKEN}(?:\s+(?:(?:al|el|bin|ibn|abu|abdel|abdul)-?\s?)?${NAME_TOKEN}){1,3})`, 'g');
const SINGLE_WITH_TITLE = new RegExp(String.raw`\b(?:Mr|Mrs|Ms|Dr)\.?\s+(${NAME_TOKEN})`, 'g');
const NOT_NAME = new Set(
  'The A An In On At As By For From With After Before Since During While But And Or If When Where Who Which That This These Those It Its He She They We Our Their His Her Russian Syrian Turkish British American French European Iranian Western Islamic Arab Kurdish Monday Tuesday Wednesday Thursday Friday Saturday Sunday January February March April May June July August September October November December Reporting Editing Writing Additional Share Related Photo Image However Meanwhile Elsewhere Separately Later Earlier Among Despite Nearly Some Many Most Several Dozens Hundreds Thousands Civilians Residents Rescuers Activists Witnesses Diplomats Militants Rebels Jihadists Hospitals Airstrikes Aerial Air Last Early Late Both Each Every Other No Not One Two Three Four Five Six Seven Eight Nine Ten Foreign Defence Defense Ministry Minister President Prime Secretary State General Admiral Major Head Chief Spokesman Spokeswoman Observatory Council Security United Nations Human Rights Watch Civil News Agency Armed Forces Aerospace Centre Center Front Liberation Opposition Coalition Amateur Unidentified Mainstream Northwest North South East West Northern Southern Eastern Western Idlib Idleb Hama Aleppo Syria Russia Turkey'.split(
    ' ',
  ),
);

const BODY_HEAD = String.raw`(?:(?:[A-Z][\w'-]+\s+){1,4}(?:Command|Directorate|Committee|Council|Authority|Administration|Department|Office|Commission|Police|Headquarters|Governorate))`;
/** "a source at <Body>", "an official from the <Body>". */
const SOURCE_AT_BODY = new RegExp(String.raw`\b(?:[Aa]n?|[Tt]he)\s+(?:[\w-]+\s+)?(?:source|sources|official|officials|spokes(?:man|woman|person)|officer|statement)\s+(?:at|in|from|of|for|with)\s+(?:the\s+)?(${BODY_HEAD})\b`, 'g');
/** "The Hama Police Command said". */
const BODY_SAYS = new RegExp(String.raw`(?:^(?:The\s+)?|\bthe\s+)(${BODY_HEAD})(?=(?:\s*,\s*in\s+a\s+(?:[\w-]+\s+){0,4}?statement[^,]{0,30},)?\s+(?:said|says|told|announced|reported|stated|held|holds|appealed|called|urged|condemned|accused|denied|blamed|demanded)\b)`, 'g');

/**
 * A body the alias table does not know, named by capitalised words that end in a body's head noun ("the Free Police",
 * "the Saraqeb Coordination", "Nour Relief Team", "the Fatah al-Mubin Operations Room").
 */
const UNKNOWN_BODY_HEAD = String.raw`Police|Directorate|Committee|Council|Authority|Administration|Department|Command|Commission|Coordination|Room|Team|Organi[sz]ation|Network|Foundation|Association|Relief|Union|Cent(?:re|er)|Campaign|Office|Institute|Initiative|Project|Group|Coordinators|Archive|Forum|Alliance|Coalition|Trust|Society|Collective|Platform`;
const UNKNOWN_BODY = new RegExp(String.raw`(?<![\w'’-])((?:(?:al-|el-)?[A-Z][\w'’-]*\s+(?:(?:al|el)[-\s])?){1,4}(${UNKNOWN_BODY_HEAD})(?:\s+International)?)\b(?!\s+[A-Z])`, 'g');
/** The head noun that makes a known body's name, after a town's, that town's branch of it ("… Civil Defence| Centre|"). */
const BRANCH_HEAD = /^\s+(?:Cent(?:re|er)|Team|Office|Branch|Directorate|Command)$/;
const UNKNOWN_BODY_GATE = new RegExp(String.raw`\b(?:${UNKNOWN_BODY_HEAD})\b`);
/** Words that describe a body rather than name it: a name of only these before its head noun is no name ("the Local Council"). */
const GENERIC_BODY_WORD = /^(?:Local|Municipal|City|Town|Village|Provincial|Revolutionary|General|Central|Joint|Main|Regional|Operations|Media|Health|Education|Security|Military|Press|Emergency|Crisis|Relief)$/;
/** Capitalised words that open a sentence or clause, not a name ("The", "Meanwhile"). */
const LEADING_FUNCTION_WORD = /^(?:The|A|An|In|On|At|As|By|For|From|With|After|Before|Since|During|While|But|And|Or|If|When|Where|Meanwhile|Separately|Earlier|Later|Also|Both|Its|Their|Our)$/;
/** The kind of an unknown body by its head noun. */
function unknownBodyKind(head: string): ActorKind {
  if (/^(?:Police|Directorate|Authority|Administration|Department|Command|Office)$/.test(head)) return ActorKind.GOVERNMENT_BODY;
  if (/Room$/.test(head)) return ActorKind.ARMED_GROUP;
  if (/^(?:Council|Committee|Commission|Coordination)$/.test(head)) return ActorKind.OPPOSITION_BODY;
  return ActorKind.NGO;
}

/** Head nouns of organisations: never a person's name on their own. */
const ORG_WORD = /^(?:Hospital|Clinic|Infirmary|Organi[sz]ation|Command|Committee|Coordination|Room|Relief|Commission|Council|Society|Network|Office|Agency|Ministry|Department|Directorate|Authority|Administration|Centre|Center|Group|Front|Army|Forces|Brigade|Union|Coalition|Alliance|Observatory|Institute|Foundation|Association|Federation|Mission|Secretariat|Service|Services|Police|Court|Government|Parliament|Assembly|Board|Bureau|Team|Unit|Units|Corps|Media|News|Television|Radio|Channel)$/;

/** What a denial verb denies when it denies the toll: "(denied) any losses", "suffering any casualties". */
const DENIED_LOSSES = /^\s*(?:(?:having\s+)?(?:suffered|suffering|sustained|sustaining|incurred|incurring)\s+)?any\s+(?:[a-z]+\s+)?(?:losses|casualties|deaths|fatalities)\b/i;
/** An organisation's name joined by "for", ending in an organisation word: "Hope for Children International". */
const CONNECTED_ORG =
  /(?<![\w'’-])((?:[A-Z][\w'’-]+\s+){1,3}for\s+(?:[A-Z][\w'’-]+\s+){0,3}(?:International|Foundation|Relief|Children|Peace|Development|Aid|Initiative|Fund|Coalition|Institute|Organi[sz]ation|Association|Society|Alliance|Trust))\b/g;
/** A body named by its head noun and what it is for: "the Centre for Education in Emergencies", "Coalition for Syrian Schools". */
const HEAD_FOR_ORG =
  /(?<![\w'’-])((?:(?!The\b|[\w'’-]*-based\b)[A-Z][\w'’-]+\s+){0,2}(?:Centre|Center|Institute|Council|Committee|Coalition|Campaign|Network|Alliance|Foundation|Society|Association|Commission|Union|Fund|Project|Initiative)\s+for\s+(?:(?:[A-Z][\w'’-]+|and|in|of|the)\s+){0,4}[A-Z][\w'’-]+)\b/g;
/** A named hospital or clinic: capitalised words before its head noun ("Sarmin Surgical Hospital", "Bab al-Hawa Hospital"). */
const NAMED_INSTITUTION = /(?<![\w'’-])((?:(?:al-|el-)?[A-Z][\w'’-]*\s+(?:(?:al|el|an|ash|as|ar|bin|bab)[-\s])?){1,4}(?:Hospital|Clinic|Infirmary|Medical\s+Cent(?:re|er)|Health\s+Cent(?:re|er)))\b/g;
const INSTITUTION_GATE = /\b(?:Hospital|Clinic|Infirmary|Medical\s+Cent(?:re|er)|Health\s+Cent(?:re|er))\b/;
/** Government and office heads that open a "… of …" title, not an organisation's own name. */
const ORG_HEAD_FIRST = /^(?:Ministry|Minister|Ministers|Department|Secretary|Head|Director|Chief|President|Office|Council|Commissioner|Bureau|Board|University|Committee|Union|League|Institute|Federation)\b/;
const PRONOUN_RE = /\b(he|she|it|they)\b/gi;
/** "we", "our staff", "our medical team": an organisation speaking of itself. */
const FIRST_PERSON_ORG = /\b(?:[Ww]e|[Oo]ur\s+(?:[\w-]+\s+)?(?:staff|team|teams|doctors|volunteers|colleagues|workers|personnel|organi[sz]ations?|partners|medics|monitors|office|sources))\b/g;
const ROLE_RE = /\b(?:the(?:\s+same)?|a|an)\s+(?:(?:[A-Z]{2,3}|[A-Z][a-z]+)-based\s+|(?:medical|humanitarian|international|aid)\s+(?=charity|group|organi[sz]ation|agency)|(?:\d+-page|new|latest|annual|monthly|final)\s+(?=(?:report|brief|study)\b))?(ministry|group|faction|armed group|charity|agency|broadcaster|centre|center|rescue group|rescue organisation|rescue organization|rescue service|spokesman|spokeswoman|spokesperson|official|report|brief|study|project|initiative|institute|think tank|organisation|organization|department|office|directorate|rights group|monitor|network|military|army(?=\s+sources?\b)|ministry official|ministry spokesman)\b/gi;

/** Role nouns for a document that speaks for its author ("the report", "the brief", "the study"). */
const REPORT_NOUN = /^(?:report|brief|study)$/;

/** A group of earlier speakers named by number ("the three countries' ambassadors", "both governments"). */
const JOINT_RE = /\b(?:the\s+(?:two|three|four|five)|both)\s+(?:countries|governments|nations|states|powers|allies|ministries|capitals)(?:['’]\s*(?:[a-z]+\s+)?(?:ambassadors|envoys|representatives|foreign ministers|ministers|leaders|delegations|missions))?\b|\bboth(?<=^\W*both)(?=\s+(?:(?:have|had|also)\s+)?(?:say|said|says|insist|insisted|deny|denied|maintain|maintained|claim|claimed|argue|argued|accuse|accused|blame|blamed)\b)/gi;

/** Words without which SIGNATORIES_RE cannot match (a cheap test first). */
const SIGNATORIES_GATE = /signatories|organi[sz]ations|charities|NGOs|agencies|groups/;
/** The authors of a joint document by a collective noun: "the signatories", "three medical organisations", "the charities". */
const SIGNATORIES_RE = /\b(?:[Tt]he\s+(?:(?:two|three|four|five|six|seven|eight|nine|ten|\d+)\s+)?signatories|(?:(?:the|[Tt]wo|[Tt]hree|[Ff]our|[Ff]ive|[Ss]ix|[Ss]even|[Ee]ight|[Nn]ine|[Tt]en|\d+)\s+)(?:(?:medical|aid|humanitarian|human\s+rights|rights|relief|health|non-governmental|international|local|Syrian|other)\s+){0,2}(?:organi[sz]ations|charities|NGOs|agencies|groups)(?!\s+(?:of|in\s+the\s+(?:coalition|alliance)))|[Tt]he\s+(?:organi[sz]ations|charities|NGOs))\b/g;

/** "The source told …": the source just quoted (not "a source", which is a new, unnamed one). */
const THE_SOURCE_RE = /\bthe\s+(?:same\s+)?source\b(?!\s+(?:of|for|at|in|from)\b)/gi;
/** "the rear admiral", "the Russian officer", "the mechanic": the person introduced with that role word, else the person named last. */
const THE_OFFICER_RE = /\bthe\s+(?:(?:Russian|Syrian|Turkish|Iranian|senior|military|top)\s+)?(rear\s+admiral|admiral|general|colonel|major-general|lieutenant-general|brigadier|officer|commander|minister|ambassador|envoy|diplomat|doctor|surgeon|nurse|volunteer|witness|official|teacher|farmer|mechanic|baker|pharmacist|engineer|anaesthetist|anesthetist|physician|midwife|paramedic|rescuer|driver|shopkeeper|imam|activist|survivor|governor|mayor)\b(?!\s+(?:of|for|at|in|from)\b)/gi;
/** A role word in the apposition that introduces a person: "Khaled Barakat, a mechanic who …". */
const INTRO_ROLE_AFTER = /^,\s+(?:a|an|the)\s+(?:[\w-]+\s+){0,3}?(rear\s+admiral|admiral|general|colonel|brigadier|officer|commander|minister|ambassador|envoy|diplomat|doctor|surgeon|nurse|volunteer|official|teacher|farmer|mechanic|baker|pharmacist|engineer|anaesthetist|anesthetist|physician|midwife|paramedic|rescuer|driver|shopkeeper|imam|activist|survivor|governor|mayor)s?\b/i;

/** Who was introduced with which role word, sentence by sentence: "the mechanic said" is the person introduced as a mechanic. */
function roleHolders(doc: Doc, names: string[]): Array<{ sentence: number; name: string; role: string }> {
  const out: Array<{ sentence: number; name: string; role: string }> = [];
  if (names.length === 0) return out;
  for (const s of doc.sentences) {
    if (s.role !== 'body') continue;
    for (const name of names) {
      const at = s.folded.indexOf(name);
      if (at < 0) continue;
      const role = INTRO_ROLE_AFTER.exec(s.folded.slice(at + name.length, at + name.length + 80))?.[1];
      if (role) out.push({ sentence: s.index, name, role: role.toLowerCase().replace(/\s+/g, ' ') });
    }
  }
  return out;
}
/** "citing figures from", "citing data compiled by": what lies between "citing" and the body cited. */
const CITED_FIGURES = /^(?:figures|data|numbers|statistics|tolls?|estimates|(?:a|the)\s+(?:report|tally|count))\s+(?:from|by|of|compiled by|released by|published by)\s+(?:the\s+)?/i;
/** "The statement said", "the joint statement added": the speakers of the statement just mentioned. */
const STATEMENT_RE = /(?<!\bin\s)\bthe\s+(?:joint\s+|written\s+|same\s+)?statement\b(?=\s+(?:(?:also|further|later)\s+)?(?:said|says|added|adds|stated|noted|read|continued|went on|urges|urged|calls on|called on|condemns|condemned|demands|demanded|accuses|accused|blames|blamed|denies|denied|rejects|rejected)\b)/gi;

/** An interview answer's label: "Dr Aboud: …", "Hind Aboud: …". */
const QA_LABEL = /^\s*((?:Dr|Mr|Mrs|Ms|Prof|Professor|Sheikh)\.?\s+)?([A-Z](?:[a-z'’]|-[A-Za-z])+(?:\s+(?:(?:al|el|abu|bin)-?\s?)?[A-Z](?:[a-z'’]|-[A-Za-z])+){0,3})\s*:\s+(?=\S)/;

/** A transcript's speaker label in capitals ("DR HADDAD: …"), read like a mixed-case label once title-cased. */
const CAPS_LABEL = /^\s*((?:DR|MR|MRS|MS|PROF)\.?\s+)?([A-Z][A-Z'’-]+(?:\s+[A-Z][A-Z'’-]+){0,3})(?:\s*,\s*([A-Z][A-Z'’ -]{1,40}?))?(?:\s*\([^()\n]{1,40}\))?\s*:\s+(?=\S)/;
const JOURNALIST_BEFORE = /\b(?:presenter|host|anchor|correspondent|reporter|editor|producer|interviewer|journalist)\s+(?:[A-Z][\w'-]*\s+)?$/i;
/** A parliamentary record's labels: "The Minister for the Middle East (Mr Tobias Ellwood): …", "Mr Andrew Lyle (Ludlow) (Con): …". */
const OFFICE_THEN_NAME = /^\s*(?:The\s+)?[A-Z][^():\n]{2,80}?\s*\(((?:Dr|Mr|Mrs|Ms|Prof|Sir|Dame)\.?\s+[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+){0,3})\)\s*:\s+(?=\S)/;
const NAME_THEN_SEAT = /^\s*((?:Dr|Mr|Mrs|Ms|Prof|Sir|Dame)\.?\s+[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+){0,3})(?:\s*\([^()\n]{1,40}\)){1,2}\s*:\s+(?=\S)/;
/** `text` with its label (`label`, up to and with its colon) read as `name` alone, padded so that the answer's offset stays the same. */
function asNameLabel(text: string, label: string, name: string): string {
  const head = label.replace(/:\s+$/, '');
  return `${name.padEnd(head.length, ' ')}${label.slice(head.length)}${text.slice(label.length)}`;
}
function qaLabel(text: string): RegExpExecArray | null {
  const m = QA_LABEL.exec(text);
  if (m) return m;
  // (the label read as the name alone)
  const office = OFFICE_THEN_NAME.exec(text) ?? NAME_THEN_SEAT.exec(text);
  if (office?.[1]) return QA_LABEL.exec(asNameLabel(text, office[0], office[1]));
  const c = CAPS_LABEL.exec(text);
  if (!c) return null;
  const title = (w: string): string => w.toLowerCase().replace(/(^|[\s'’-])([a-z])/g, (_x, a: string, b: string) => a + b.toUpperCase());
  // ("NOUR KASSEM, WHITE HELMETS:", "ABU AHMAD AL-HALABI (through interpreter):": the name alone)
  return QA_LABEL.exec(asNameLabel(text, c[0], `${c[1] ?? ''}${c[2] ?? ''}`.replace(/[A-Z][A-Z'’-]+/g, (w) => title(w))));
}

/** A speech verb anywhere in a phrase (SPEECH_VERBS itself, its global state reset around the test, rather than a second copy of that large pattern). */
function hasSpeechVerb(text: string): boolean {
  SPEECH_VERBS.lastIndex = 0;
  const found = SPEECH_VERBS.test(text);
  SPEECH_VERBS.lastIndex = 0;
  return found;
}
/** Between "deputy head of the X" and the person it introduces: "in Syria, Rear Admiral ". */
const ROLE_OF_BEFORE = /^(?:\s+in\s+[A-Z][\w-]*)?\s*,\s*(?:(?:[A-Z][a-z]+\.?|Rear|Major|Lieutenant)\s+){0,3}$/;
/** Registers a person (or a body the alias table lacks, with its kind) the first time it is named. */
function registerPerson(d: Discourse, slug: string, name: string, kind?: ActorKind): void {
  if (d.persons.has(slug) || ACTORS.has(slug)) return;
  d.persons.set(slug, kind ? { slug, name, partOf: null, kind } : { slug, name, partOf: null });
}
/** Makes a person's last name (lower-case) stand for them, unless it already stands for someone named before. */
function registerSurname(d: Discourse, name: string, slug: string): void {
  const last = name.split(/\s+/).pop()?.toLowerCase();
  if (last && !d.surnames.has(last)) d.surnames.set(last, slug);
}
/** A byline naming one person and nothing else ("By Dr Omar Sweid"): a wire's byline names a desk or an agency too. */
const BYLINE_PERSON = /^\s*(?:By|Written by)\s+(?:(?:Dr|Prof|Professor)\.?\s+)?([A-Z][\w'’-]+(?:\s+(?:(?:al|el|abu|bin)-)?[A-Z][\w'’-]+){1,3})\s*$/;
/** "I", "my", "me" outside quotations: the writer's own voice. */
const FIRST_PERSON_SINGULAR = /\b(?:I|[Mm]y|me)\b/g;
/** "We", "our", "us" outside quotations. */
const FIRST_PERSON_PLURAL = /\b(?:[Ww]e|[Oo]ur|us)\b/g;
/**
 * The author of an opinion piece or a first-person essay: the person a byline names, when the body
 * speaks in the first person singular outside quotations (three times at least). Registered as a person.
 */
function essayAuthor(doc: Doc, d: Discourse): string | null {
  const line = doc.lines.slice(0, 12).find((l) => BYLINE_PERSON.test(l.raw));
  const name = line ? BYLINE_PERSON.exec(line.raw)?.[1] : undefined;
  if (!name) return null;
  const own = doc.sentences
    .filter((x) => x.role === 'body')
    .map((x) => x.folded.replace(/"[^"]*"|“[^”]*”/g, ' '))
    .join(' ');
  // (or the plural of a writer speaking for the organisation they head: "we shared the clinic's coordinates", "our teams")
  if ((own.match(FIRST_PERSON_SINGULAR) ?? []).length < 3 && (own.match(FIRST_PERSON_PLURAL) ?? []).length < 4) return null;
  const slug = knownActorSlug(name) ?? slugify(name);
  registerPerson(d, slug, name);
  registerSurname(d, name, slug);
  return slug;
}
/** A letter to the editor opens with its salutation: "Sir, …", "Dear Editor, …". */
const SALUTATION = /^\s*(?:Sir|Madam|Dear\s+(?:Sir|Madam|Editor|editor|Sirs))\s*,/;
/**
 * The writers of a letters page: each letter runs from its salutation to the name signed on a line of its own under
 * it (with the writer's post or town on the next line). Returns the writer of every body paragraph of a letter,
 * registered as a person (part of the organisation the line under the name gives).
 */
function letterAuthors(doc: Doc, d: Discourse): Map<number, string> {
  const out = new Map<number, string>();
  const ss = doc.sentences;
  for (let i = 0; i < ss.length; i++) {
    const open = ss[i]!;
    if (open.role !== 'body' || !SALUTATION.test(open.folded)) continue;
    const paragraphs = new Set<number>();
    let j = i;
    while (j < ss.length && ss[j]!.role === 'body' && !(j > i && SALUTATION.test(ss[j]!.folded))) paragraphs.add(ss[j++]!.paragraph);
    // (the lines under the letter, whatever role the layout gave them: a signature at the very end reads as a sign-off)
    const under = doc.lines.filter((l) => l.start >= ss[j - 1]!.end && l.plain.length > 0);
    const sign = under[0];
    if (!sign || (ss[j] && ss[j]!.role === 'body' && ss[j]!.start <= sign.start)) continue;
    const line = sign.plain;
    PERSON_RE.lastIndex = 0;
    const m = PERSON_RE.exec(line);
    const name = m?.[2];
    if (!m || m.index !== 0 || m[0].length !== line.length || !name || name.split(/\s+/).some((t) => NOT_NAME.has(t) || ORG_WORD.test(t))) continue;
    const slug = knownActorSlug(name) ?? slugify(name);
    registerPerson(d, slug, name);
    registerSurname(d, name, slug);
    // "Syrian Network for Human Rights, Gaziantep", "Press Secretary, Embassy of the Russian Federation, Ankara".
    const post = under[1];
    const org = post
      ? (doc.mentions.find((x) => x.type === 'actor' && x.start >= post.start && x.end <= post.end)?.slug ??
        post.plain.split(/\s*,\s*/).map((part) => knownActorSlug(part.replace(/^(?:the\s+)?(?:Embassy|Mission|Office)\s+of\s+/i, ''))).find((x) => x) ??
        null)
      : null;
    const p = d.persons.get(slug);
    if (p && !p.partOf && org) p.partOf = org;
    for (const x of paragraphs) out.set(x, slug);
    i = j - 1;
  }
  return out;
}
/** A speech verb in the essay: the sentence reports someone else ("the health authorities reported two injured"). */
const OTHERS_REPORT = /\b(?:reported|reports|said|says|told|according to|announced|stated|claimed|claims)\b/;
/** What a relative clause's subject is said to have done: "(who) were behind the attack". */
const BEHIND_IT = /^\s*(?:was|were|are|is|had\s+been|have\s+been)\s+(?:behind|responsible\s+for)\b/i;
/** A relative pronoun, then the speaker and its verb, right before what it says: "…, who it says". */
const RELATIVE_SPEAKER_BEFORE = /\b(?:who|which)\s+(?:it|they|he|she|[A-Z][\w'-]*(?:\s+[A-Z][\w'-]*)?)\s+(?:says|said|claims|claimed|alleges|alleged|believes|believed)\s*$/;
/** A stance the speaker is said not to take, closing what is reported: ", without blaming either side". */
const WITHOUT_STANCE_TAIL = /,?\s?\bwithout\s+(?:directly\s+|explicitly\s+)?(?:blaming|accusing|naming|identifying|holding|condemning|criticising|criticizing|pointing\s+(?:the\s+)?finger)\b[^.;]*[.;]?\s*$/i;
/** A stance verb under negation: "I do not blame them", "nobody accused …". */
const NEGATED_STANCE = /\b(?:do|does|did|would|could|will)\s+not\s+(?:blame|accuse|condemn|deny|criticise|criticize)\b/i;
/** An address to someone after a colon, in the writer's voice: "To the Security Council: stop …", "I ask one thing of Russia: use it." */
const ADDRESS_COLON = /(?:^|[\s.])(?:[Tt]o|of)\s+(?:the\s+)?([^:;.]{2,80}?)\s*:\s*["“]?(?:stop|end|halt|use|act|do|protect|let|open|allow|give|tell|save|keep|take|hold|rein|listen|look)\b/;

/** Whether `name` is a news outlet's: the article's own (by any part of its name) or a medium the alias table knows. */
function isOutletName(doc: Doc, name: string): boolean {
  const key = name.toLowerCase();
  const slug = knownActorSlug(name);
  if (slug && ACTORS.get(slug)?.kind === ActorKind.MEDIA) return true;
  return [...doc.newActors.values()].some((a) => a.kind === ActorKind.MEDIA && a.name.toLowerCase().replace(/^the\s+/, '') === key.replace(/^the\s+/, ''));
}

/** The speaker's own call in quoted or transcribed words, up to its addressee ("we urge all members of the council to"). */
const FIRST_PERSON_CALL = /\b(?:I|we)\s+(?:would\s+|must\s+|strongly\s+|also\s+|again\s+)?(?:urge|call on|call upon|appeal to|(?:am|are|'m|'re)\s+(?:asking|urging|calling on|appealing to))\s+(?:(?:every|each|all|the)\s+(?:(?:permanent\s+)?members?\s+of\s+)?)?/i;
/** A question's label opening a line: "Question: …", "Q: …". */
const QUESTION_LINE = /^\s*(?:Q|Question)\s*:\s+\S/;
/** A question standing alone in bold: "**Do you know who carried out the strike?**". */
const BOLD_QUESTION = /^\s*(?:\*\*|__)[^*_\n]{3,200}\?(?:\*\*|__)\s*$/;
/** A spokesperson's remark about the briefing itself: "I don't have anything on that", "I will check with our colleagues". */
const PROCEDURAL = /^\s*(?:I|we)\s+(?:(?:do not|don't|have no|haven't got|do not have)\s+(?:have\s+)?(?:anything|any(?:thing)?\s+(?:more|further)|nothing|details|information)\b|(?:will|'ll|would|can|shall)\s+(?:check|look into|get back|find out|refer you|come back|take your questions)|have\s+nothing\s+(?:more|further|to\s+add))/i;
/** An official transcript's turn label: a title and a surname in capitals ("MS WHITFORD:", "MR DUJARRIC:"). */
const TRANSCRIPT_LABEL = /^\s*(?:DR|MR|MRS|MS|PROF)\.?\s+[A-Z][A-Z'’-]+(?:\s+[A-Z][A-Z'’-]+){0,2}\s*:\s+\S/;
/** Surnames given a gendered title anywhere in the text ("Mr Dughaim", "Mrs. Khatib"), lower-case. */
function titleGenders(doc: Doc): Map<string, 'm' | 'f'> {
  const out = new Map<string, 'm' | 'f'>();
  for (const m of doc.folded.matchAll(/\b(Mr|Mrs|Ms|Miss)\.?\s+(?:[A-Z][\w'-]+\s+)?([A-Z][\w'-]+)/g)) {
    const surname = (m[2] ?? '').toLowerCase().split('-').pop() ?? '';
    if (surname && !out.has(surname)) out.set(surname, m[1] === 'Mr' ? 'm' : 'f');
  }
  // A gendered role noun next to the name: "Hana Sorensen, a spokeswoman for …", "spokesman Selim Karaca".
  const gendered = (noun: string): 'm' | 'f' => (/(?:woman|mother|wife|widow|sister|daughter)$/i.test(noun) ? 'f' : 'm');
  for (const m of doc.folded.matchAll(/\b([A-Z][\w'-]+),\s+(?:a|an|the)\s+(?:[\w-]+\s+){0,3}?(spokes(?:man|woman)|chair(?:man|woman)|(?:grand)?(?:mother|father)|wife|husband|widow|sister|brother|daughter)\b/g)) {
    const surname = (m[1] ?? '').toLowerCase().split('-').pop() ?? '';
    if (surname && !out.has(surname)) out.set(surname, gendered(m[2] ?? ''));
  }
  for (const m of doc.folded.matchAll(/\b([Ss]pokes(?:man|woman)|[Cc]hair(?:man|woman))\s+(?:[A-Z][\w'-]+\s+)?([A-Z][\w'-]+)/g)) {
    const surname = (m[2] ?? '').toLowerCase().split('-').pop() ?? '';
    if (surname && !out.has(surname)) out.set(surname, gendered(m[1] ?? ''));
  }
  return out;
}

/** The person named in the sentences just before a transcript's first answer ("Spokesman Selim Karaca … gave the following answers:"). */
/**
 * The organisation a person named in `s` belongs to, from the words around the name: "Marta Ilves of the UN human rights
 * office", "Imad Sara, a spokesman for the ministry,", "the ministry's spokesman, X", "Its spokesman, X", or a minister's
 * title ("Foreign Minister X").
 */
function affiliationOf(doc: Doc, s: SentenceInfo, span: Span): string | null {
  const apposition = doc.folded.slice(span.end, Math.min(s.end, span.end + 120));
  // "Syria's ambassador to the United Nations, X": the state he represents, not the body he is sent to.
  const envoy = envoyState(doc.folded.slice(Math.max(s.start, span.start - 70), span.start), apposition);
  if (envoy) return envoy;
  // "Marta Ilves of the UN human rights office": the organisation right after "of".
  const ofOrg = s.mentions.find((m) => m.type === 'actor' && /^\s+(?:of|from|at|with)\s+(?:the\s+)?$/i.test(doc.folded.slice(span.end, m.start)) && m.start > span.end && ACTORS.get(m.slug)?.kind !== ActorKind.STATE);
  // (an appositive ends at its comma, and one that holds a speech verb is the sentence going on: "Imad Sara, blamed
  // 'terrorist groups' for …")
  const appText = /^\s*,[^,]{1,120}/.exec(apposition)?.[0] ?? '';
  const org =
    ofOrg ??
    s.mentions.find((m) => m.type === 'actor' && m.start >= span.end && m.end <= span.end + appText.length && ACTORS.get(m.slug)?.kind !== ActorKind.STATE && !hasSpeechVerb(appText)) ??
    s.mentions.find((m) => m.type === 'actor' && m.end <= span.start && (span.start - m.end <= 25 || ROLE_OF_BEFORE.test(doc.folded.slice(m.end, span.start))) && ACTORS.get(m.slug)?.kind !== ActorKind.STATE);
  if (org) return org.slug;
  // "Its spokesman, Omar Hamadi, …": an official of the organisation named just before.
  const its = ITS_OFFICIAL_BEFORE.test(doc.folded.slice(Math.max(s.start, span.start - 60), span.start)) ? lastOrgMention(doc, s, span.start) : null;
  // "Pyotr Zhukovets, the centre's head": the body the role noun stands for, named earlier in the text.
  const roleNoun = ROLE_NOUN_POST.exec(apposition)?.[1]?.toLowerCase();
  const byRole = roleNoun && !its ? lastWithRole(doc, span.start, roleNoun) : null;
  return its ?? byRole ?? ministryByTitle(doc.folded.slice(Math.max(s.start, span.start - 45), span.start), apposition) ?? governedState(doc.folded.slice(Math.max(s.start, span.start - 70), span.start) + (/^Governor\s+/.exec(doc.folded.slice(span.start, span.end))?.[0] ?? ''), apposition) ?? bareTitleBody(doc, s, span);
}

/** The actor named last before `at` whose alias table entry has the role noun `role` ("centre", "foreign ministry"). */
function lastWithRole(doc: Doc, at: number, role: string): string | null {
  return doc.mentions.filter((m) => m.type === 'actor' && m.end <= at && ACTORS.get(m.slug)?.roles.includes(role)).pop()?.slug ?? null;
}

/**
 * A post or a kinship and its comma between an inverted speech verb and the name of its holder: "said| the spokesman,
 * |Omar Hamadi", "said| his brother, |X", "said| the farmer's widow, |X".
 */
const ROLE_THEN_NAME = /^\s+(?:the|its|his|her|their|a|an)\s+(?:[\w'’-]+\s+){0,3}?(?:spokes(?:man|woman|person)|official|director|head|chief|commander|coordinator|representative|envoy|minister|ambassador|leader|researcher|doctor|author|brother|sister|father|mother|son|daughter|wife|husband|widow|widower|uncle|aunt|cousin|nephew|niece|grand(?:father|mother|son|daughter)|neighbou?r|friend|colleague)\s*,\s*$/i;
/** A bare spokesman's title before a name: "Spokesman Omar Hamadi". */
const BARE_SPOKESMAN = /(?:^\W*|[.;:!?"”,]\s*|\b(?:[Tt]he|[Aa]n?|and|but)\s+)[Ss]pokes(?:man|woman|person)\s*,?\s*$/;
/** A spokesman's title that names the kind of body: "Ministry spokesman X", "Foreign Ministry spokeswoman X". */
const BODY_SPOKESMAN = /\b((?:[A-Z][a-z]+\s+)?(?:Ministry|Centre|Center|Army|Council|Office))\s+[Ss]pokes(?:man|woman|person)\s*,?\s*$/;
/** A military rank before a name: "Rear Admiral Pyotr Zhukovets", "Lieutenant-General X". */
const RANK_BEFORE = /\b(?:Rear[- ]Admiral|Vice[- ]Admiral|(?:Lieutenant|Major|Colonel)[- ]General|Brigadier(?:[- ]General)?|Lt\.?[- ]Gen\.?|Maj\.?[- ]Gen\.?)\s+$/;

/**
 * The body a person titled but not placed speaks for: a bare "Spokesman Omar Hamadi" is the spokesman of the organisation
 * named last (this sentence or the two before); an officer by rank alone ("Rear Admiral Pyotr Zhukovets"), of the military
 * or government body of a party the text named last.
 */
function bareTitleBody(doc: Doc, s: SentenceInfo, span: Span): string | null {
  // (the span may hold the title: "Rear Admiral Pyotr Zhukovets", "Spokesman Omar Hamadi")
  const before = doc.folded.slice(Math.max(s.start, span.start - 30), span.end - span.surface.length);
  if (BARE_SPOKESMAN.test(before)) return lastOrgMention(doc, s, span.start);
  // "Ministry spokesman X": the body of that kind the text named last ("the Turkish Defence Ministry"), its full role first.
  const kind = BODY_SPOKESMAN.exec(before)?.[1]?.toLowerCase();
  if (kind) return lastWithRole(doc, span.start, kind) ?? lastWithRole(doc, span.start, kind.split(/\s+/).pop() ?? kind);
  if (!RANK_BEFORE.test(before)) return null;
  const body = doc.mentions.filter((m) => m.type === 'actor' && m.end <= span.start && (ACTORS.get(m.slug)?.kind === ActorKind.MILITARY || ACTORS.get(m.slug)?.kind === ActorKind.GOVERNMENT_BODY) && sideOf(m.slug) !== 'neutral').pop();
  return body?.slug ?? null;
}

/** An apposition giving a post in a body named by its role noun: ", the centre's head", ", the ministry's spokeswoman". */
const ROLE_NOUN_POST = /^\s*,\s*(?:the|a)\s+(centre|center|ministry|group|faction|monitor|network|organisation|organization|council|front|agency|army|military|charity|office|directorate)['’]s\s+(?:[\w-]+\s+){0,2}?(?:head|chief|director|spokes(?:man|woman|person)|commander|official|deputy(?:\s+head)?|representative)\b/i;
/** A province's governor ("the governor of Hama, X", "X, the governor of Hatay province", "Governor of Hama X", "Hama Governor X"): the province. */
const GOVERNOR_BEFORE = /\b(?:the\s+)?governor\s+of\s+(?:the\s+)?([A-Z][\w'-]+(?:\s+[A-Z][\w'-]+)?)(?:\s+province)?\s*,\s*$|\bGovernor\s+of\s+([A-Z][\w'-]+)\s+$|\b([A-Z][\w'-]+)\s+[Gg]overnor\s+$/;
const GOVERNOR_AFTER = /^\s*,\s*(?:the\s+)?governor\s+of\s+(?:the\s+)?(?:[\w'-]+\s+){0,2}?([A-Z][\w'-]+(?:\s+[A-Z][\w'-]+)?)(?:\s+province)?\b/;
/** A state's envoy ("Syria's ambassador to the United Nations, X", "X, Russia's envoy to Turkey"): the state. */
const ENVOY_OF_BEFORE = /\b([A-Z][a-z]+)['’]s\s+(?:(?:deputy|permanent|chief|UN|U\.N\.)\s+)?(?:ambassador|envoy|representative)\s+(?:to|at|in)\s+(?:the\s+)?[^,]{1,40},\s*$/;
const ENVOY_OF_AFTER = /^\s*,\s*([A-Z][a-z]+)['’]s\s+(?:(?:deputy|permanent|chief|UN|U\.N\.)\s+)?(?:ambassador|envoy|representative)\b/;
/** The state a province's governor serves, by the title around his name: the state the province is in (he speaks for its side). */
function governedState(before: string, after: string): string | null {
  const gov = GOVERNOR_BEFORE.exec(before) ?? GOVERNOR_AFTER.exec(after);
  const province = gov ? (gov[1] ?? gov[2] ?? gov[3] ?? '') : '';
  const place = province ? lookupPlace(province, null) : null;
  const state = place ? placeChain(place).find((p) => ACTORS.get(p)?.kind === ActorKind.STATE) : undefined;
  return state ?? null;
}
/** The state an ambassador or envoy represents, by the title around his name. */
function envoyState(before: string, after: string): string | null {
  const envoy = ENVOY_OF_BEFORE.exec(before) ?? ENVOY_OF_AFTER.exec(after);
  const nation = envoy?.[1]?.toLowerCase();
  const state = nation ? Object.values(NATIONALITY_STATE).find((x) => x === nation) : undefined;
  return state && ACTORS.has(state) ? state : null;
}

function introducedPerson(doc: Doc, s: SentenceInfo, d: Discourse): string | null {
  // (back over the introduction: "Hussam al-Ali, 34, leads a team … Crossline Magazine spoke to him by phone.")
  for (let i = s.index - 1; i >= 0 && i >= s.index - 5; i--) {
    const x = doc.sentences[i];
    // (not the reporter who asks: "Q (Daniel Reyes, Meridian Wire): …")
    if (!x || x.role !== 'body' || QUESTION_TURN.test(x.folded)) continue;
    const known = x.mentions.filter((m) => m.type === 'actor' && ACTORS.get(m.slug)?.kind === ActorKind.PERSON).pop();
    if (known) return known.slug;
    // The outlet that conducts the interview is not its subject.
    const named = personNamesIn(x).filter((p) => !isOutletName(doc, p.name)).pop();
    if (named) {
      const full = fullNameOf(named.name, d);
      const slug = slugify(full);
      registerPerson(d, slug, full);
      return slug;
    }
  }
  return null;
}
/** A line opening a transcript's turn with its speaker's label: "QUESTION:", "Q:", "MS WHITFORD:", "Dr Aboud:". */
const TURN_LABEL = /^\s*(?:(?:DR|MR|MRS|MS|PROF|Dr|Mr|Mrs|Ms|Prof)\.?\s+)?(?:[A-Z][A-Z'’-]+(?:\s+[A-Z][A-Z'’-]+){0,3}|[A-Z][a-z'’-]+(?:\s+[A-Z][a-z'’-]+){0,2}|Q|A)\s*:\s+\S/;
/** A transcript's bare answer label ("A: …") in a document with "Q:" lines: the answer is the interviewee's. */
const ANSWER_LABEL = /^\s*A\s*:\s+(?=\S)/;
const HAS_QUESTIONS = /(?:^|\n)[ \t]*Q[ \t]*(?:\([^()\n]{1,60}\)[ \t]*)?:[ \t]+\S/;
/** A question's turn, its asker named in brackets or not: "Q:", "Q (Daniel Reyes, Meridian Wire):". */
const QUESTION_TURN = /^\s*Q\s*(?:\([^()\n]{1,60}\)\s*)?:/;
/** Kinds of body a "the group" can mean. */
const GROUP_KINDS: ReadonlySet<ActorKind> = new Set([ActorKind.NGO, ActorKind.MONITOR, ActorKind.ARMED_GROUP, ActorKind.RESCUE_SERVICE, ActorKind.OPPOSITION_BODY]);
/** A social-media post's header: "1/ @SCD_Idlib · 21:14", "@SOHR - 10:42 GMT". */
const POST_HEADER = /^\s*(?:\d{1,3}\/\d{0,3}\s*)?@(\w{2,30})\s*(?:[·•\x95|—\x97–\x96-]\s*\d{1,2}[:.]\d{2}(?:\s*(?:GMT|UTC|local(?:\s+time)?|[ap]\.?m\.?))?)?\s*$/;

/**
 * The actor behind a social-media handle: one the alias table knows by a part of it ("@SOHR", "@SAMS_USA"), or one the
 * article names whose initials a part spells ("@SCD_Idlib": the Syria Civil Defence).
 */
function accountHolder(doc: Doc, handle: string): string | null {
  const parts = [handle, ...handle.split(/_|(?<=[a-z])(?=[A-Z])/)].filter((p) => p.length >= 2);
  for (const p of parts) {
    const known = knownActorSlug(p);
    if (known) return known;
  }
  const named = [...new Set(doc.mentions.filter((m) => m.type === 'actor').map((m) => m.slug))];
  for (const p of parts) {
    if (!/^[A-Z]{2,6}$/.test(p)) continue;
    const hit = named.find((slug) => [ACTORS.get(slug)?.name ?? '', ...(ACTORS.get(slug)?.aliases ?? [])].some((n) => initialsOf(n) === p));
    if (hit) return hit;
  }
  return null;
}
/** The initials of a name's capitalised words: "Syria Civil Defence" → "SCD". */
function initialsOf(name: string): string {
  return (name.match(/\b[A-Z]/g) ?? []).join('');
}
/** An answer opening with its speaker's own verb of denial or blame: "We reject …", "I categorically deny …" (calls read well as said). */
const FIRST_PERSON_VERB = /^\s*(?:I|We)\s+(?:(?:categorically|strongly|firmly|flatly|completely|totally|utterly|resolutely|once again|again|also)\s+)?(reject|deny|refute|dismiss|condemn|deplore|denounce|accuse|blame)\b/;
/** An answer that is only a pleasantry ("Good evening, and thank you.") asserts nothing. */
const PLEASANTRY = /^\s*(?:(?:good (?:morning|afternoon|evening|night)|thank you|thanks|hello|hi|you're welcome|my pleasure|pleasure)\b[\s\w,]{0,30}[.!]?\s*)$/i;

/** What follows a person introduced in narration: an appositive, an age, or a verb of the narration. */
const PERSON_INTRO = /^\s*(?:,\s+(?:a|an|the)\s+|,\s+\d{1,3}\s*,|\s+(?:was|is|had|has|who)\b|,\s+(?:whose|who)\b|\s+(?:(?:now|still|also|then|later|once|first|never)\s+)?(?!(?:as|is|was|has|his|its|this|thus|plus|less|unless|across|always|perhaps|towards|besides)\b)[a-z]{2,}(?:s|ed)\b)/;
/** The writer meeting a source ("I spoke to X", "we met X", "I asked X"): X is the antecedent of a later "he"/"she". */
const MET_BY_WRITER = /\b(?:I|we)\s+(?:(?:also|then|later|first)\s+)?(?:spoke|talked|met|interviewed|asked|reached|called|visited|found|phoned)(?:\s+(?:to|with))?\s+$/i;

/** Role-noun patterns and the key `resolveRole` reads them by, in the order they claim text. */
const ROLE_NOUNS: ReadonlyArray<readonly [RegExp, string]> = [
  [SIGNATORIES_RE, 'signatories'],
  [JOINT_RE, 'joint'],
  [THE_OFFICER_RE, 'officer'],
  [THE_SOURCE_RE, 'source'],
  [STATEMENT_RE, 'statement'],
];

/** How many sentences back "he"/"she" may find its antecedent. */
const PRONOUN_REACH = 3;

/** State carried across sentences for coreference. */
interface Discourse {
  /** Head nouns the article's own appositives give known bodies: "al-Fath al-Mubin, an alliance led by …" → alliance. */
  described: Map<string, Set<string>>;
  lastPerson: string | null;
  /** The persons (and anonymous officials) last made antecedents, most recent last, for "he"/"she" by gender. */
  recentPersons: Array<{ slug: string; at: number }>;
  /** A person's gender, learnt from the pronoun that first referred to them. */
  gender: Map<string, 'm' | 'f'>;
  /** Surnames (lower-case) the text gives a gendered title: "Mr Dughaim", "Mrs Khatib". */
  titleGender: Map<string, 'm' | 'f'>;
  /** Sentence index where lastPerson was last a speaker, and the sentence being read. */
  lastPersonAt: number;
  at: number;
  lastOrg: string | null;
  lastSpeaker: string | null;
  /** The last anonymous source named ("A Syrian military source quoted by SANA gave a third account"), for "the source". */
  lastSource?: { slug: string; at: number };
  /** Organisations the article's outlet names (a monitor's or a charity's own bulletin), for "the network", "the monitor". */
  ownOrgs: Array<{ slug: string; name: string }>;
  lastSpeakers: string[];
  persons: Map<string, PersonInfo>;
  /** surname (last token, lower-case) → person slug */
  surnames: Map<string, string>;
  seenActors: string[];
  /** Bodies the alias table does not know, registered from the text, with where each was named. */
  bodies: Array<{ slug: string; start: number }>;
  /** Full person names written anywhere in the body ("Abu Rami Hallak"), for short forms ("Abu Rami", "Dr Aboud"). */
  fullNames: string[];
  /** Persons introduced with a role word ("Khaled Barakat, a mechanic"), by sentence. */
  roles: Array<{ sentence: number; name: string; role: string }>;
  /** Mentions of the organisations the document introduced itself. */
  newOrgs: Mention[];
  /** Whether the article names the Security Council other than as "the council". */
  namesSecurityCouncil: boolean;
  /** Signatories of a joint document the article lists ("The statement was signed by:" and its items), with the sentence that lists them. */
  signatories: { at: number; slugs: string[] }[];
  /** The organisation writing in the first person plural (a press release: "our hospital", "We condemn"). */
  self: string | null;
  /** The one monitor the body names, when it names one (for "a monitor said" before the monitor is named). */
  onlyMonitor: string | null;
  /** The source a relay cited last ("Anadolu reported, citing Turkish security sources"), for "citing the same sources". */
  lastCited?: string;
}

/** The longer name in the article that a short form abbreviates ("Abu Rashed" → "Khaled Abu Rashed", "Aboud" → "Hind Aboud"). */
function fullNameOf(name: string, d: Discourse): string {
  const toks = name.split(/\s+/);
  let best: string | null = null;
  for (const full of d.fullNames) {
    const ft = full.split(/\s+/);
    if (ft.length <= toks.length) continue;
    const atEnd = toks.every((t, i) => ft[ft.length - toks.length + i] === t);
    const atStart = toks.length >= 2 && toks.every((t, i) => ft[i] === t);
    if ((atEnd || atStart) && (!best || ft.length > best.split(/\s+/).length)) best = full;
  }
  return best ?? name;
}

/** The person named next to a role noun ("X, Spokesperson for …", "Spokesperson X"). */
function roleHolder(doc: Doc, role: string, d: Discourse): string | null {
  const text = doc.folded.toLowerCase();
  const r = role.toLowerCase();
  for (const full of d.fullNames) {
    const f = full.toLowerCase();
    let at = text.indexOf(f);
    while (at >= 0) {
      const after = text.slice(at + f.length, at + f.length + 40);
      const before = text.slice(Math.max(0, at - 40), at);
      if (new RegExp(String.raw`^,\s+(?:the\s+)?(?:[a-z-]+\s+){0,2}${r}\b`).test(after) || new RegExp(String.raw`\b${r}(?:\s+[a-z-]+){0,2}\s+$`).test(before)) return full;
      at = text.indexOf(f, at + 1);
    }
  }
  return null;
}

/**
 * Person-name candidates of one sentence: PERSON_RE hits (title included in `start`) that overlap no
 * mention and hold no word that is never a name. A rejected hit is read again from its second word
 * ("… in Syria Rear Admiral Gennady Sorokin").
 */
function personNamesIn(s: SentenceInfo): Array<{ name: string; start: number; nameStart: number }> {
  const out: Array<{ name: string; start: number; nameStart: number }> = [];
  PERSON_RE.lastIndex = 0;
  for (let m = PERSON_RE.exec(s.folded); m; m = PERSON_RE.exec(s.folded)) {
    const name = m[2] ?? '';
    const title = m[1]?.length ?? 0;
    const nameStart = s.start + m.index + title;
    const toks = name.split(/\s+/);
    if (s.mentions.some((x) => nameStart < x.end && nameStart + name.length > x.start) || toks.some((t) => NOT_NAME.has(t) || ORG_WORD.test(t))) {
      PERSON_RE.lastIndex = m.index + title + (toks[0]?.length ?? 1);
      continue;
    }
    // "Dr Khalil": a title and a surname, read by SINGLE_WITH_TITLE (the person named in full before).
    if (toks.length === 2 && /^(?:Dr|Mr|Mrs|Ms|Prof)$/.test(toks[0] ?? '')) continue;
    out.push({ name, start: s.start + m.index, nameStart });
  }
  return out;
}

/** A sentence introducing a joint document's signatories: "The joint statement was signed by:", "Its signatories are". */
const SIGNED_BY = /\b(?:(?:co-?)?signed\s+by|signatories\s+(?:are|were|include[sd]?)|signatories)\s*:?\s*/i;

/**
 * The signatories a joint document lists: the organisations named after "signed by" in the same
 * sentence, or one per list item right after a sentence ending "signed by:". Two at least.
 */
function signatoryLists(doc: Doc): { at: number; slugs: string[] }[] {
  const out: { at: number; slugs: string[] }[] = [];
  if (!/signed|signatories/i.test(doc.folded)) return out;
  for (const s of doc.sentences) {
    const m = SIGNED_BY.exec(s.folded);
    if (!m) continue;
    const from = s.start + m.index + m[0].length;
    const kind = (slug: string): ActorKind | null => ACTORS.get(slug)?.kind ?? doc.newActors.get(slug)?.kind ?? null;
    const actorsIn = (x: SentenceInfo, at: number): string[] => x.mentions.filter((y) => y.type === 'actor' && y.start >= at && kind(y.slug) !== ActorKind.PERSON && kind(y.slug) !== ActorKind.MEDIA).map((y) => y.slug);
    let slugs = actorsIn(s, from);
    if (/:\s*$/.test(s.folded)) {
      for (let i = s.index + 1; i < doc.sentences.length; i++) {
        const x = doc.sentences[i]!;
        // (one per list item, or one per line that is a name alone: "Syrian American Medical Society (SAMS)")
        const line = !LIST_ITEM.test(x.folded) && x.folded.length <= 90 && !/[.;!?]\s*$/.test(x.folded);
        if (!LIST_ITEM.test(x.folded) && !line) break;
        const first = actorsIn(x, x.start)[0] ?? doc.mentions.find((y) => y.type === 'actor' && y.start >= x.start && y.end <= x.end && kind(y.slug) === ActorKind.NGO)?.slug;
        if (first) slugs.push(first);
        else if (line) break;
      }
    }
    slugs = [...new Set(slugs)];
    if (slugs.length >= 2) out.push({ at: s.index, slugs });
  }
  return out;
}

/** A force named without its country: "the air force", "the army", "army units". */
const BARE_FORCE = /^(?:the\s+)?(?:air\s+force|army|army\s+units)$/i;
/** Person names in the body sentences (two to four capitalised tokens, no known actor or place). */
function collectNames(doc: Doc): string[] {
  const out: string[] = [];
  for (const s of doc.sentences) {
    if (s.role !== 'body' && s.role !== 'crosshead') continue;
    for (const { name } of personNamesIn(s)) if (!out.includes(name)) out.push(name);
  }
  return out;
}

function kindOfSlug(slug: string, d: Discourse): ActorKind | null {
  const p = d.persons.get(slug);
  if (p) return p.kind ?? ActorKind.PERSON;
  return ACTORS.get(slug)?.kind ?? null;
}

/** The list of signatories nearest the sentence being read, before or after it. */
function nearestSignatories(d: Discourse): { at: number; slugs: string[] } | undefined {
  return [...d.signatories].sort((x, y) => Math.abs(x.at - d.at) - Math.abs(y.at - d.at))[0];
}

function resolveRole(noun: string, d: Discourse): string | null {
  const n = noun.toLowerCase();
  if (n === 'joint') return d.lastSpeakers.length >= 2 ? (d.lastSpeakers[0] ?? null) : null;
  // A joint document's "we": its signatories, wherever they are listed.
  if (n === 'we-signatories') {
    const list = nearestSignatories(d);
    if (!list) return null;
    d.lastSpeakers = list.slugs;
    return list.slugs[0] ?? null;
  }
  // "The signatories said …", "Three medical organisations have urged …": the joint document's listed authors
  // (the list nearest the sentence, before or after it), else the joint speakers just heard.
  if (n === 'signatories') {
    const list = nearestSignatories(d);
    if (list && Math.abs(list.at - d.at) <= 8) {
      d.lastSpeakers = list.slugs;
      return list.slugs[0] ?? null;
    }
    return d.lastSpeakers.length >= 2 ? (d.lastSpeakers[0] ?? null) : null;
  }
  if (n === 'source' && d.lastSource && d.at - d.lastSource.at <= 2) return d.lastSource.slug;
  if (n === 'statement' || n === 'source') return d.lastSpeaker;
  if (n.startsWith('officer')) {
    // ("the mechanic said": the person introduced as a mechanic, else the person named last)
    const role = n.slice('officer:'.length).replace(/\s+/g, ' ');
    const holder = role ? [...d.roles].reverse().find((r) => r.role === role && r.sentence <= d.at) : undefined;
    if (holder) {
      const full = fullNameOf(holder.name, d);
      const slug = slugify(full);
      registerPerson(d, slug, full);
      return slug;
    }
    return d.lastPerson && d.at - d.lastPersonAt <= PRONOUN_REACH ? d.lastPerson : null;
  }
  if (/^(?:spokesman|spokeswoman|spokesperson|official)$/.test(n)) return d.lastSpeaker;
  if (/^(?:ministry official|ministry spokesman)$/.test(n)) {
    for (let i = d.seenActors.length - 1; i >= 0; i--) {
      const s = d.seenActors[i];
      if (s && ACTORS.get(s)?.roles.includes('ministry')) return s;
    }
    return null;
  }
  // In an organisation's own document, "the report" is that organisation's.
  if (REPORT_NOUN.test(n) && d.self) return d.self;
  // "The report documented …" after "SNHR said in its monthly report …": the report of the body that spoke last.
  if (REPORT_NOUN.test(n) && d.lastSpeaker && kindOfSlug(d.lastSpeaker, d) !== ActorKind.PERSON && ACTORS.get(d.lastSpeaker)?.kind !== ActorKind.STATE) return d.lastSpeaker;
  if (/^(?:group|organisation|organization|project|initiative|institute|think tank)$/.test(n)) {
    if (d.lastOrg) return d.lastOrg;
    return null;
  }
  const wantKind: Record<string, ActorKind> = {
    ministry: ActorKind.GOVERNMENT_BODY,
    charity: ActorKind.NGO,
    agency: ActorKind.MEDIA,
    broadcaster: ActorKind.MEDIA,
    monitor: ActorKind.MONITOR,
    'rights group': ActorKind.NGO,
    military: ActorKind.MILITARY,
    army: ActorKind.MILITARY,
    faction: ActorKind.ARMED_GROUP,
    'armed group': ActorKind.ARMED_GROUP,
  };
  if (wantKind[n] === ActorKind.ARMED_GROUP) return lastArmedGroup(d);
  for (let i = d.seenActors.length - 1; i >= 0; i--) {
    const s = d.seenActors[i];
    if (!s) continue;
    // ("the charity" after a charity the alias table does not know)
    const body = d.persons.get(s);
    if (!ACTORS.has(s) && body?.kind !== undefined && body.kind !== ActorKind.PERSON && wantKind[n] === body.kind) return s;
    const a = ACTORS.get(s);
    if (!a) continue;
    if (a.roles.includes(n) || (wantKind[n] !== undefined && a.kind === wantKind[n]) || (n === 'network' && /\bNetwork\b/.test(a.name))) return s;
  }
  // "The network documented …" in a network's own bulletin: the organisation the article comes from.
  const own = d.ownOrgs.length > 0 ? d.ownOrgs.find((o) => o.name.toLowerCase().split(/\s+/).includes(n)) : undefined;
  // ("Air strikes killed 13 people in Dana, a monitor said" … "The Syrian Observatory for Human Rights said": the one monitor
  // the article names, named after the role noun)
  return own?.slug ?? (n === 'monitor' ? d.onlyMonitor : null);
}

/** "the UN agency", "the U.N. body": one of the UN's bodies, named before. */
const UN_AGENCY = /\b[Tt]he\s+((?:UN|U\.N\.|United Nations)\s+(?:agency|body|organi[sz]ation))\b/g;

/** "Its regional director", "its spokeswoman", "its embassy": an official or an office of an organisation named just before. */
const ITS_OFFICIAL_BODY = String.raw`[Ii]ts\s+(?:(?:regional|country|deputy|chief|senior|executive|press|local|field|media|general|managing|top|own|foreign|defen[cs]e|interior|prime)\s+){0,2}(?:director|spokes(?:man|woman|person)|head|chief|representative|official|envoy|ambassador|minister|coordinator|co-ordinator|director-general|secretary-general|chair(?:man|woman|person)?|president|administration|management|embassy|consulate|mission|delegation)`;
const ITS_OFFICIAL = new RegExp(String.raw`\b${ITS_OFFICIAL_BODY}\b`, 'g');
/** "Its spokesman, " right before a name: the official of the organisation named before (ITS_OFFICIAL's nouns). */
const ITS_OFFICIAL_BEFORE = new RegExp(String.raw`\b${ITS_OFFICIAL_BODY}\s*,?\s*$`);
/** The organisation named last before `at`, in this sentence or the two before it (not a person); with `d`, also a body the text named. */
function lastOrgMention(doc: Doc, s: SentenceInfo, at: number, d?: Discourse): string | null {
  for (let i = s.index; i >= 0 && i >= s.index - 2; i--) {
    const x = doc.sentences[i];
    if (!x || (x.role !== 'body' && i !== s.index)) break;
    const m = x.mentions.filter((y) => y.type === 'actor' && y.end <= at && ACTORS.get(y.slug)?.kind !== ActorKind.PERSON).pop();
    const body = d?.bodies.filter((b) => b.start >= x.start && b.start < Math.min(x.end, at) && (!m || b.start > m.start)).pop();
    if (body) return body.slug;
    if (m) return m.slug;
  }
  return null;
}

/** A descriptive epithet the alias table gives one body ("the UK-based group"), which several bodies fit. */
const EPITHET = /^(?:the\s+)?[A-Z][\w.]*-based\s+(?:group|monitor|organi[sz]ation|watchdog|network|NGO|charity)$/i;

/** "the UK-based group" after another body of the same kind was named: that body, not the alias table's. */
function epithetReferent(slug: string, surface: string, d: Discourse, doc: Doc, at: number): string {
  // "The council appealed …" right after "the Kafr Nabl Local Council" spoke: the body just named, not the alias table's council
  // ("the operations room" after "the Fatah al-Mubin Operations Room" likewise).
  const head = surface.length <= 24 ? /^(?:the\s+)?(council|committee|commission|directorate|authority|administration|command|police|coordination|team|(?:operations\s+)?room)$/i.exec(surface) : null;
  if (head) {
    const noun = (head[1] ?? '').toLowerCase();
    for (const x of [d.lastSpeaker, d.lastOrg]) {
      const name = x ? d.persons.get(x)?.name : undefined;
      if (x && x !== slug && name && name.toLowerCase().endsWith(noun)) return x;
    }
    return slug;
  }
  // "the monitor" (an alias of the best-known monitor) in an article that named another monitor and not that one: the one named
  // (monitors, charities and rescuers; "the army" stays the state's army).
  const roles = ACTORS.get(slug)?.roles ?? [];
  // (a role is written in lower case, but for the capital of a sentence-initial "The"; "the Observatory" is a name)
  const plain = (x: string): boolean => x.slice(1) === x.slice(1).toLowerCase() && (x[0] === x[0]?.toLowerCase() || x[0] === 'T');
  const roleOf = (x: string): boolean => plain(x) && roles.includes(x.toLowerCase().replace(/^(?:the|a|an)\s+/, ''));
  const kind = ACTORS.get(slug)?.kind;
  const civic = [ActorKind.MONITOR, ActorKind.NGO, ActorKind.RESCUE_SERVICE].includes(kind as ActorKind);
  if (civic && roleOf(surface) && !doc.mentions.some((x) => x.slug === slug && x.end <= at && !roleOf(x.surface))) {
    const named = recentActor(d, (x) => x !== slug && kindOfSlug(x, d) === kind);
    if (named) return named;
  }
  if (!surface.includes('-based') || !EPITHET.test(surface)) return slug;
  return recentActor(d, (x) => x === slug || ACTORS.get(x)?.kind === kind) ?? slug;
}

/** The most recent of the last dozen actors seen that `pick` accepts. */
function recentActor(d: Discourse, pick: (slug: string) => boolean): string | null {
  for (let i = d.seenActors.length - 1, n = 0; i >= 0 && n < 12; i--, n++) {
    const x = d.seenActors[i]!;
    if (pick(x)) return x;
  }
  return null;
}

/** A body's communicative act that is not itself a statement: "made no mention of", "published", "declined to comment". */
/** A liveblog entry's time stamp opening a sentence: "09:10 — ", "14.05 GMT: ". */
const TIME_STAMP_LEAD = /^\s*\d{1,2}[:.]\d{2}\s*(?:GMT|UTC|BST|CET|EET|local(?:\s+time)?|[ap]\.?m\.?)?\s*[-—\x97–\x96:|]\s*/i;
const MEDIUM_VERB = /^\s+(?:(?:has|have|had|also|later|then)\s+)?(?:made\s+no\s+mention|gave\s+no|published|released|issued|aired|broadcast|carried|posted|declined|refused|did\s+not\s+(?:immediately\s+)?(?:mention|report|say|comment|give|name|respond|reply)|(?:has|had)\s+(?:not|never)\s+(?:mentioned|reported|said|commented|given|named|addressed|acknowledged|responded|replied))\b/;

/** An organisation's own doing as a sentence's subject ("The Syria Civil Defence … gives the highest figure"): what "the group" means next. */
const ORG_SUBJECT_VERB = /^\s+(?:(?:has|have|had|also|later|then|again|now|still|separately)\s+)?(?:gives|gave|puts|put|counts|counted|records|recorded|documents|documented|registers|registered|lists|listed|estimates|estimated|offers|offered|provides|provided|has\s+(?:given|put|counted|recorded|documented|registered|listed|estimated|offered|provided))\b/;
/** A member of the body just named, as a sentence's subject: "(an SNHR) researcher photographs", "(a White Helmets) volunteer carries". */
const MEMBER_AFTER = /^\s+(?:researcher|volunteer|worker|member|doctor|medic|nurse|investigator|rescuer|staffer|paramedic|surgeon|team)s?\s+(?:[a-z]+ly\s+)?[a-z]+(?:s|ed)\b/;
/** After a subject: a finite verb ("referred", "has said", "made no mention"). */
const SUBJECT_VERB = /^\s+(?:(?:has|have|had|was|were|is|also|later|then|again)\s+)?(?:[a-z]+ed|made|gave|sent|told|said|says|issued|put|took|spoke)\b/;

/** A town's own body, before its town: "the local council of Kafr Nabl", "the Local Council of the city of Ariha", "the local council in Darkoush". */
const LOCAL_BODY_BEFORE = /\b[Tt]he\s+([Ll]ocal|[Mm]unicipal|[Cc]ity|[Tt]own|[Vv]illage|[Pp]rovincial|[Rr]evolutionary)\s+([Cc]ouncil|[Aa]dministration|[Cc]ommittee)\s+(?:of|in|for)\s+(?:the\s+(?:city|town|village)\s+of\s+)?$/;
/** …or after it: "the Kansafra local council", "Sarmin's local council", "the Idlib city local council". */
const LOCAL_BODY_AFTER = /^(?:['’]s)?\s+((?:[Cc]ity|[Tt]own)\s+)?([Ll]ocal|[Mm]unicipal)\s+([Cc]ouncil|[Aa]dministration|[Cc]ommittee)\b/;
/** "the town's local council", "the city's municipal council": a body named by the town told before. */
const TOWNS_BODY = /\b[Tt]he\s+(?:town|city|village)['’]s\s+(local|municipal)\s+(council|administration|committee)\b/g;
/** The mention of the last town, city or village named before `at`. */
function lastTownBefore(doc: Doc, at: number): Mention | undefined {
  const towns = doc.mentions.filter((m) => m.type === 'place' && m.end <= at && [PlaceKind.CITY, PlaceKind.TOWN, PlaceKind.VILLAGE].includes((PLACES.get(m.slug)?.kind ?? doc.newPlaces.get(m.slug)?.kind) as PlaceKind));
  return towns[towns.length - 1];
}
/** "in the town", "of the village": a definite place noun pointing back to the last one named. */
const TOWN_BACKREF = /\b(?:in|of|from|at|near)\s+the\s+(?:town|village|city)\b(?!['’]s|\s+of\b)/i;
/** "the local council" with no town of its own after it, or only "of the town" ("the local council of X" is LOCAL_BODY_BEFORE's). */
const BARE_LOCAL_BODY = /\b[Tt]he\s+(local|municipal)\s+(council|administration)\b(?!\s+(?:of|in|for)\s+(?:the\s+(?:town|city|village)\s+of\s+)?[A-Z])(?:\s+of\s+the\s+(?:town|village|city)\b(?!\s+of\b))?/g;
const LOCAL_BODY_GATE = /\b(?:[Ll]ocal|[Mm]unicipal|[Cc]ity|[Tt]own|[Vv]illage|[Pp]rovincial|[Rr]evolutionary)\s+(?:[Cc]ouncil|[Aa]dministration|[Cc]ommittee)\b/;

/** Head nouns of bodies' names that a definite description may name them by ("the network", "the directorate"). */
const HEAD_WORDS = ['police', 'coordination', 'team', 'room', 'hospital', 'clinic', 'network', 'observatory', 'directorate', 'ministry', 'committee', 'commission', 'council', 'centre', 'center', 'organisation', 'organization', 'coalition', 'alliance', 'union', 'mission', 'authority', 'administration', 'institute', 'foundation', 'association', 'society', 'command', 'department', 'office', 'syndicate', 'federation', 'secretariat'];
/** The head nouns, lower case or capitalised ("the Observatory"). */
const HEAD_NOUNS = `(?:${HEAD_WORDS.map((w) => `[${w[0]}${w[0]!.toUpperCase()}]${w.slice(1)}`).join('|')})`;
/**
 * The state a capital stands for in "In Moscow, the Defence Ministry said": the alias table's contextual aliases of states
 * (a capital names its state only as an agent, so the mention there is the place).
 */
const STATE_OF_CAPITAL: ReadonlyMap<string, string> = new Map(
  [...ACTORS.values()].filter((a) => a.kind === ActorKind.STATE).flatMap((a) => [...a.contextual].map((alias) => [alias.toLowerCase(), a.slug] as const)),
);
/** Capitalised modifiers of a ministry's head noun ("the Defence Ministry"): the word names the kind of ministry, not a state. */
const MINISTRY_MODIFIER = String.raw`Defen[cs]e|Foreign|Interior|Health|Information`;
const HEAD_NOUN_GATE = new RegExp(String.raw`\b[Tt]he\s+(?:(?:[a-z-]+|${MINISTRY_MODIFIER})\s+)?${HEAD_NOUNS}\b`);
/** "the network", "the foreign ministry", "the health directorate": an optional lower-case modifier and the head noun. */
const HEAD_NOUN_RE = new RegExp(String.raw`\b[Tt]he\s+(?:((?!(?:same|new|other|whole|entire|local|main|said)\b)[a-z][a-z-]+|${MINISTRY_MODIFIER}(?=\s+[Mm]inistry\b))\s+)?(${HEAD_NOUNS})(?!\s+(?:of|for)\b|['’]s?\s(?!(?:own\s+|latest\s+|official\s+)?(?:count|tally|reckoning|estimates?|figures|numbers|records)\b|(?:[\w-]+\s+)?(?:head|director|chief|spokes(?:man|woman|person)|officials?|administration|management|chair(?:man|woman|person)?|president|coordinator|commander|secretary[-\s]general)\b)|\s+[A-Z])\b`, 'g');
const HEAD_CACHE = new Map<string, string[]>();
/** The head noun of a name, with the word before it: "Syrian Network for Human Rights" → "network", "syrian network". */
function headsOf(name: string): string[] {
  const core = name.replace(/\s*\([^)]*\)/g, '').split(/\s+(?:of|for|in|on)\s+/)[0] ?? '';
  const words = core.toLowerCase().split(/\s+/).filter(Boolean);
  const last = words[words.length - 1];
  if (!last) return [];
  const prev = words[words.length - 2];
  return prev ? [last, `${prev} ${last}`] : [last];
}
/** A body's appositive that names its kind: ", an alliance led by", "(operations room), a rebel coalition". */
const KIND_APPOSITIVE = /^(?:\s+[a-z-]+){0,2}\s*,\s+(?:a|an)\s+(?:[\w-]+\s+){0,2}?(alliance|coalition|faction|group|network|monitor|organi[sz]ation|agency|council|committee|front|movement)\b/i;
/** The head nouns the article's appositives give the alias table's bodies (people and states aside). */
function describedAs(doc: Doc): Map<string, Set<string>> {
  const out = new Map<string, Set<string>>();
  for (const m of doc.mentions) {
    if (m.type !== 'actor') continue;
    const k = ACTORS.get(m.slug)?.kind;
    if (!k || k === ActorKind.PERSON || k === ActorKind.STATE) continue;
    const noun = KIND_APPOSITIVE.exec(doc.folded.slice(m.end, m.end + 60))?.[1]?.toLowerCase();
    if (noun) out.set(m.slug, (out.get(m.slug) ?? new Set()).add(noun));
  }
  return out;
}
function headsOfSlug(slug: string, d: Discourse): string[] {
  const cached = HEAD_CACHE.get(slug);
  if (cached) return cached;
  const a = ACTORS.get(slug);
  const names = a ? [a.name, ...a.aliases] : [d.persons.get(slug)?.name ?? ''];
  const out = [...new Set(names.flatMap(headsOf))];
  if (a) HEAD_CACHE.set(slug, out);
  return out;
}
let CHILDREN: Map<string, ActorEntryLike[]> | null = null;
type ActorEntryLike = { slug: string; roles: string[] };
/** The actors directly part of `slug` (built once). */
function childrenOf(slug: string): ActorEntryLike[] {
  if (!CHILDREN) {
    CHILDREN = new Map();
    for (const a of ACTORS.values()) if (a.partOf) CHILDREN.set(a.partOf, [...(CHILDREN.get(a.partOf) ?? []), a]);
  }
  return CHILDREN.get(slug) ?? [];
}
/**
 * The body a definite description names by its head noun: the latest actor seen whose name has that head ("the network" after
 * the Syrian Network for Human Rights); with a modifier ("the foreign ministry"), also the one body of that name under the
 * latest state seen ("Damascus" → the Syrian foreign ministry).
 */
function headNounReferent(noun: string, modifier: string, d: Discourse, statesBefore: readonly string[] = []): string | null {
  const phrase = modifier ? `${modifier} ${noun}` : noun;
  const bodyOf = (state: string): string | null | undefined => {
    const under = childrenOf(state).filter((a) => a.roles.includes(phrase) || headsOfSlug(a.slug, d).includes(phrase));
    return under.length === 1 ? under[0]!.slug : under.length > 1 ? null : undefined;
  };
  // ("In Moscow, the Defence Ministry said": a state named earlier in the sentence comes first)
  for (let i = statesBefore.length - 1; modifier && i >= 0; i--) {
    const body = bodyOf(statesBefore[i]!);
    if (body !== undefined) return body;
  }
  const seen = [...d.seenActors, ...(d.lastSpeaker ? [d.lastSpeaker] : [])];
  // (the article's own word for a body comes first: "X, an alliance led by Y" … "The alliance said" is X)
  if (!modifier) {
    for (let i = seen.length - 1, n = 0; i >= 0 && n < 40; i--, n++) if (d.described.get(seen[i]!)?.has(noun)) return seen[i]!;
  }
  for (let i = seen.length - 1, n = 0; i >= 0 && n < 40; i--, n++) {
    const x = seen[i]!;
    if (kindOfSlug(x, d) === ActorKind.PERSON) continue;
    // (or the role the alias table gives it: NATO is "the alliance")
    if (headsOfSlug(x, d).includes(phrase) || ACTORS.get(x)?.roles.includes(phrase)) return x;
  }
  if (!modifier) return null;
  for (let i = seen.length - 1, n = 0; i >= 0 && n < 40; i--, n++) {
    const x = seen[i]!;
    if (ACTORS.get(x)?.kind !== ActorKind.STATE) continue;
    const body = bodyOf(x);
    if (body !== undefined) return body;
  }
  return null;
}

/** After a generic "rebel"/"militant": the noun that makes it a definite group ("the rebel group", "the militant faction"). */
const GENERIC_GROUP_AFTER = /^\s+(?:group|faction|alliance|coalition)\b/i;
/** The specific armed group seen last (not the opposition at large), within the last dozen actors. */
function lastArmedGroup(d: Discourse): string | null {
  return recentActor(d, (x) => x !== 'armed-opposition' && kindOfSlug(x, d) === ActorKind.ARMED_GROUP);
}

/** An official's post followed by "in": "representative in", "country director in", "envoy in". */
const OFFICE_IN = /\b(?:representative|envoy|director|coordinator|co-ordinator|head|chief|spokes(?:man|woman|person)|ambassador|mission|office|delegation|team|staff)\s+in\s+(?:the\s+)?$/i;

/** The one monitor the article's body names by its name (not by a role noun), if it names exactly one. */
function onlyMonitor(doc: Doc): string | null {
  const monitors = new Set(doc.sentences.filter((s) => s.role === 'body').flatMap((s) => s.mentions.filter((m) => m.type === 'actor' && ACTORS.get(m.slug)?.kind === ActorKind.MONITOR && !/^(?:the|a|an)\s/i.test(m.surface)).map((m) => m.slug)));
  return monitors.size === 1 ? [...monitors][0]! : null;
}

/** Whether the article names the UN Security Council other than as "the council". */
function namesSecurityCouncil(doc: Doc): boolean {
  return doc.mentions.some((m) => m.slug === 'un-security-council' && !/^the council$/i.test(m.surface));
}

/** Kinds of organisation a document may introduce itself (by an appositive or a signatory line). */
const NEW_ORG_KINDS: ReadonlySet<ActorKind> = new Set([ActorKind.NGO, ActorKind.MONITOR, ActorKind.ARMED_GROUP]);
/** The document's mentions of organisations it introduced itself (not people, not the alias table's). */
function newOrgMentions(doc: Doc): Mention[] {
  return doc.mentions.filter((m) => m.type === 'actor' && NEW_ORG_KINDS.has(doc.newActors.get(m.slug)?.kind as ActorKind));
}

/** After a state's name: its possessive and a ministry ("'s defence ministry"). */
const STATE_MINISTRY_AFTER = /^['’]s\s+(defen[cs]e|foreign|interior)\s+ministry\b/i;

/** A demand's clause before its subject: "demanding that (the)", "urged that". */
const MANDATIVE_BEFORE = /\b(?:demand(?:s|ed|ing)?|urg(?:es|ed|ing)|ask(?:s|ed|ing)|insist(?:s|ed|ing)|request(?:s|ed|ing)|recommend(?:s|ed|ing))\s+that\s+(?:the\s+)?$/i;
/** The end of a bracket naming a part of the body before it: ")", " agency)", " news agency)". */
const PART_BRACKET_CLOSE = /^(?:\s+[a-z]+){0,2}\)/;

/** Speaker-capable spans of a sentence: actor mentions, person names, pronouns, role nouns. */
function spansOf(doc: Doc, s: SentenceInfo, d: Discourse): Span[] {
  const spans: Span[] = [];
  const inBrackets = new Set<Mention>();
  for (const m of s.mentions) {
    if (m.type !== 'actor' || inBrackets.has(m)) continue;
    // "UNICEF's representative in Syria": the country where an official serves is a place there, not a speaker.
    if (/\bin\s+(?:the\s+)?$/.test(doc.folded.slice(Math.max(s.start, m.start - 9), m.start)) && OFFICE_IN.test(doc.folded.slice(Math.max(s.start, m.start - 40), m.start)) && ACTORS.get(m.slug)?.kind === ActorKind.STATE) continue;
    // "the council" is the Security Council only in an article that names the Security Council; elsewhere it is the
    // council the article did name (a town's), found by its head noun below.
    if (m.slug === 'un-security-council' && /^the council$/i.test(m.surface) && !d.namesSecurityCouncil) continue;
    // "demanding that the Council condemn the attack": the subject of a demand's clause is addressed, it does not speak.
    if (MANDATIVE_BEFORE.test(doc.folded.slice(Math.max(s.start, m.start - 40), m.start))) continue;
    // "The rebel group said" after a named armed group: that group, not the opposition at large.
    const group = m.slug === 'armed-opposition' && /\b[Tt]he\s$/.test(doc.folded.slice(Math.max(s.start, m.start - 4), m.start)) ? GENERIC_GROUP_AFTER.exec(doc.folded.slice(m.end, m.end + 16)) : null;
    const named = group ? lastArmedGroup(d) : null;
    if (group && named) {
      spans.push({ start: m.start - 4, end: m.end + group[0].length, kind: 'actor', slug: named, surface: m.surface });
      continue;
    }
    // "The regime's defence ministry said", "Moscow's foreign ministry": a state's ministry named by the state's possessive.
    const ministry = ACTORS.get(m.slug)?.kind === ActorKind.STATE ? STATE_MINISTRY_AFTER.exec(doc.folded.slice(m.end, m.end + 30)) : null;
    const body = ministry ? headNounReferent('ministry', (ministry[1] ?? '').toLowerCase().replace('defense', 'defence'), d, [m.slug]) : null;
    if (ministry && body) {
      spans.push({ start: m.start, end: m.end + ministry[0].length, kind: 'actor', slug: body, surface: `${m.surface}${ministry[0]}` });
      continue;
    }
    // "State media (SANA) said", "Regime media (SANA agency) claimed": a body, then in brackets the part of it that spoke.
    const part = doc.folded.startsWith(' (', m.end) ? s.mentions.find((x) => x.type === 'actor' && x.start === m.end + 2 && ancestorsOf(x.slug).includes(m.slug)) : undefined;
    const close = part ? PART_BRACKET_CLOSE.exec(doc.folded.slice(part.end, part.end + 24)) : null;
    if (part && close) {
      inBrackets.add(part);
      spans.push({ start: m.start, end: part.end + close[0].length, kind: 'actor', slug: part.slug, surface: m.surface });
      continue;
    }
    spans.push({ start: m.start, end: m.end, kind: 'actor', slug: epithetReferent(m.slug, m.surface, d, doc, m.start), surface: m.surface });
  }
  const covered = (a: number, b: number): boolean => s.mentions.some((m) => a < m.end && b > m.start);
  // A body the alias table does not know: registered once by its name, and a speaker-capable span here.
  const bodySpan = (start: number, end: number, name: string, kind: ActorKind, surface: string = name): void => {
    const slug = slugify(name);
    registerPerson(d, slug, name, kind);
    d.bodies.push({ slug, start });
    spans.push({ start, end, kind: 'actor', slug, surface });
  };
  // "Hope for Children International": an organisation the alias table does not know, named with a
  // connecting "for" (its tail is not a person's name; "X of the Y Institute" is a person and an employer).
  if (/\sfor\s[A-Z]/.test(s.folded)) {
    CONNECTED_ORG.lastIndex = 0;
    for (let m = CONNECTED_ORG.exec(s.folded); m; m = CONNECTED_ORG.exec(s.folded)) {
      const name = m[1] ?? '';
      const start = s.start + m.index;
      const end = start + name.length;
      if (NOT_NAME.has(name.split(/\s+/)[0] ?? '') || ORG_HEAD_FIRST.test(name) || covered(start, end)) continue;
      bodySpan(start, end, name, ActorKind.NGO);
    }
    HEAD_FOR_ORG.lastIndex = 0;
    for (let m = HEAD_FOR_ORG.exec(s.folded); m; m = HEAD_FOR_ORG.exec(s.folded)) {
      const name = m[1] ?? '';
      const start = s.start + m.index;
      const end = start + name.length;
      if (covered(start, end) || spans.some((x) => start < x.end && end > x.start)) continue;
      bodySpan(start, end, name, ActorKind.NGO);
    }
  }
  // A named hospital or clinic ("Sarmin Surgical Hospital", "the al-Rahma Clinic"): an institution, never a person.
  if (INSTITUTION_GATE.test(s.folded)) {
    NAMED_INSTITUTION.lastIndex = 0;
    for (let m = NAMED_INSTITUTION.exec(s.folded); m; m = NAMED_INSTITUTION.exec(s.folded)) {
      const words = (m[1] ?? '').split(/\s+/);
      while (words.length > 1 && NOT_NAME.has(words[0]!) && !/^al-/.test(words[0]!)) words.shift();
      if (words.length < 2) continue;
      const name = words.join(' ');
      const end = s.start + m.index + m[0].length;
      const start = end - name.length;
      if (spans.some((x) => start < x.end && end > x.start) || s.mentions.some((x) => x.type === 'actor' && start < x.end && end > x.start)) continue;
      bodySpan(start, end, name, ActorKind.NGO);
    }
  }
  // An organisation the document introduced by an appositive or a signatory line ("The Idlib Media Center, a network of …").
  for (const m of d.newOrgs) {
    if (m.start < s.start || m.end > s.end || spans.some((x) => m.start < x.end && m.end > x.start)) continue;
    // (seen, so that "the charity", "the monitor" can name it later)
    if (!d.bodies.some((b) => b.start === m.start)) d.bodies.push({ slug: m.slug, start: m.start });
    const known = doc.newActors.get(m.slug);
    if (known?.kind) registerPerson(d, m.slug, known.name, known.kind);
    spans.push({ start: m.start, end: m.end, kind: 'actor', slug: m.slug, surface: m.surface });
  }
  for (const { name, start, nameStart } of personNamesIn(s)) {
    const end = nameStart + name.length;
    if (spans.some((x) => nameStart < x.end && end > x.start)) continue;
    const full = fullNameOf(name, d);
    spans.push({ start, end, kind: 'person', slug: slugify(full), surface: full });
  }
  SINGLE_WITH_TITLE.lastIndex = 0;
  for (let m = SINGLE_WITH_TITLE.exec(s.folded); m; m = SINGLE_WITH_TITLE.exec(s.folded)) {
    const start = s.start + m.index;
    const end = start + m[0].length;
    if (spans.some((x) => start < x.end && end > x.start)) continue;
    const name = m[1] ?? '';
    const full = fullNameOf(name, d);
    spans.push({ start, end, kind: 'person', slug: slugify(full), surface: full });
  }
  // An authority body the alias table does not know, as a source's employer or a speaker ("a source at Hama Police Command said").
  for (const re of [SOURCE_AT_BODY, BODY_SAYS]) {
    re.lastIndex = 0;
    for (let m = re.exec(s.folded); m; m = re.exec(s.folded)) {
      const name = (m[1] ?? '').trim();
      const start = s.start + m.index + m[0].indexOf(name);
      const end = start + name.length;
      if (s.mentions.some((x) => x.type === 'actor' && start < x.end && end > x.start) || spans.some((x) => start < x.end && end > x.start) || name.split(/\s+/).length < 2) continue;
      const slug = slugify(name);
      if (!d.persons.has(slug)) d.persons.set(slug, { slug, name, partOf: null, kind: /(?:Command|Directorate|Department|Authority|Administration|Police|Governorate|Office)$/.test(name) ? ActorKind.GOVERNMENT_BODY : ActorKind.OTHER });
      spans.push({ start, end, kind: 'actor', slug, surface: name });
    }
  }
  // A town's own body named by its town ("the local council of Kafr Nabl", "Sarmin's local council"), named like
  // "the Kafr Nabl Local Council" whichever way the text puts it.
  if (LOCAL_BODY_GATE.test(s.folded)) {
    const cap = (w: string): string => w.charAt(0).toUpperCase() + w.slice(1).toLowerCase();
    for (const place of s.mentions) {
      if (place.type !== 'place') continue;
      const town = doc.folded.slice(place.start, place.end);
      const before = LOCAL_BODY_BEFORE.exec(doc.folded.slice(Math.max(s.start, place.start - 60), place.start));
      const after = before ? null : LOCAL_BODY_AFTER.exec(doc.folded.slice(place.end, Math.min(s.end, place.end + 40)));
      if (!before && !after) continue;
      const start = before ? place.start - before[0].length + before[0].indexOf(before[1]!) : place.start;
      const end = before ? place.end : place.end + after![0].length;
      if (spans.some((x) => start < x.end && end > x.start)) continue;
      const words = before ? [before[1]!, before[2]!] : [...(after![1] ? [after![1].trim()] : []), after![2]!, after![3]!];
      bodySpan(start, end, `${town} ${words.map(cap).join(' ')}`, ActorKind.OPPOSITION_BODY);
    }
    // "the town's local council", and "the local council" with no town named with it ("The head of the local council gave
    // a higher toll"): the council of the town the text last named.
    for (const re of [TOWNS_BODY, BARE_LOCAL_BODY]) {
      re.lastIndex = 0;
      for (let m = re.exec(s.folded); m; m = re.exec(s.folded)) {
        const start = s.start + m.index;
        const end = start + m[0].length;
        if (spans.some((x) => start < x.end && end > x.start)) continue;
        const last = lastTownBefore(doc, start);
        if (!last) continue;
        const town = doc.folded.slice(last.start, last.end);
        bodySpan(start, end, `${town} ${cap(m[1]!)} ${cap(m[2]!)}`, ActorKind.OPPOSITION_BODY, m[0]);
      }
    }
  }
  // Any other body the alias table does not know, named with its head noun ("The Free Police in Binnish said", "according to
  // the Saraqeb Coordination"); a town's council is named by the rule above.
  if (UNKNOWN_BODY_GATE.test(s.folded)) {
    UNKNOWN_BODY.lastIndex = 0;
    for (let m = UNKNOWN_BODY.exec(s.folded); m; m = UNKNOWN_BODY.exec(s.folded)) {
      const words = (m[1] ?? '').split(/\s+/);
      // (a possessor before the name is not part of it: "Britain's Foreign Office")
      for (let i = words.length - 2; i >= 0; i--) {
        if (!/['’]s$/.test(words[i]!)) continue;
        words.splice(0, i + 1);
        break;
      }
      // (nor an epithet: "the Brussels-based Mediterranean Crisis Group")
      while (words.length > 1 && (LEADING_FUNCTION_WORD.test(words[0]!) || /-based$/.test(words[0]!))) words.shift();
      if (words.length < 2 || words.slice(0, -1).every((w) => GENERIC_BODY_WORD.test(w))) continue;
      const name = words.join(' ');
      const end = s.start + m.index + m[0].length;
      const start = end - name.length;
      // (a known name inside it, "Syria" in "Syria Relief", gives way to the whole name, as does a shorter capitalised
      // run read as a name, "Conflict Data Initiative" in "the Syria Conflict Data Initiative")
      const inside = (x: { start: number; end: number }): boolean => x.start >= start && x.end <= end && x.end - x.start < end - start;
      // ("the Kafranbel Civil Defence Centre": a town's branch of a body the alias table knows is that body)
      const branchOf = doc.mentions.find((x) => x.type === 'actor' && inside(x) && x.start > start);
      if (branchOf && lookupPlace(doc.folded.slice(start, branchOf.start).trim(), null) && BRANCH_HEAD.test(doc.folded.slice(branchOf.end, end))) {
        for (let i = spans.length - 1; i >= 0; i--) if (inside(spans[i]!)) spans.splice(i, 1);
        spans.push({ start, end, kind: 'actor', slug: branchOf.slug, surface: name });
        continue;
      }
      // (and a body the document itself introduced, its issuer or an appositive's organisation, is read by those rules)
      if (spans.some((x) => start < x.end && end > x.start && !(x.kind !== 'pronoun' && inside(x))) || doc.mentions.some((x) => x.type === 'actor' && start < x.end && end > x.start && !inside(x))) continue;
      if (lookupPlace(name, null) || doc.newActors.has(slugify(name))) continue;
      for (let i = spans.length - 1; i >= 0; i--) if (inside(spans[i]!)) spans.splice(i, 1);
      bodySpan(start, end, name, unknownBodyKind(m[2] ?? ''));
    }
  }
  // A single name right before or after a speech verb ("…, Marco said", "said Marco").
  const single = /(?:\b([A-Z][a-z'’]{2,})\s+(?:said|says|told|added)\b|\b(?:said|says|told|added)\s+([A-Z][a-z'’]{2,})\b(?!\s+[A-Z]))/g;
  for (let m = single.exec(s.folded); m; m = single.exec(s.folded)) {
    const name = m[1] ?? m[2] ?? '';
    const start = s.start + m.index + m[0].indexOf(name);
    const end = start + name.length;
    if (NOT_NAME.has(name) || spans.some((x) => start < x.end && end > x.start) || covered(start, end)) continue;
    if (start === s.start) continue; // sentence-initial capital is not evidence of a name
    // The last word of a longer capitalised name ("the Hama Police Command said") is not a person on its own.
    if (m[1] && /[A-Z][\w'’.-]*\s+$/.test(doc.folded.slice(Math.max(s.start, start - 30), start))) continue;
    if (ORG_WORD.test(name)) continue;
    const full = d.surnames.has(name.toLowerCase()) ? null : fullNameOf(name, d);
    spans.push({ start, end, kind: 'person', slug: d.surnames.get(name.toLowerCase()) ?? slugify(full ?? name), surface: full ?? name });
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
  // An organisation's own release naming itself ("…, Levant Rights Watch said today", "We in the … Network hold …"):
  // the name, which the sentences' mentions leave out as the outlet's, speaks. (Only the issuer the document started
  // with: an organisation later found speaking as "we" is not the outlet.)
  if (doc.ownOrg && (doc.ownOrg !== d.self || doc.issuer === d.self)) {
    for (const m of doc.mentions) {
      if (m.slug !== doc.ownOrg || m.start < s.start || m.end > s.end || spans.some((x) => m.start < x.end && m.end > x.start)) continue;
      spans.push({ start: m.start, end: m.end, kind: 'actor', slug: doc.ownOrg, surface: m.surface });
    }
  }
  // The issuing organisation's first person in its own narration ("Our team reported", "We condemn"), not inside a quotation;
  // in a joint document with no one issuer, the signatories' ("We, the undersigned organisations, condemn …").
  if (d.self || d.signatories.length > 0) {
    FIRST_PERSON_ORG.lastIndex = 0;
    for (let m = FIRST_PERSON_ORG.exec(s.folded); m; m = FIRST_PERSON_ORG.exec(s.folded)) {
      if (quoteOpen(s.folded.slice(0, m.index))) continue;
      const start = s.start + m.index;
      const end = start + m[0].length;
      spans.push(d.self ? { start, end, kind: 'actor', slug: d.self, surface: m[0] } : { start, end, kind: 'role', slug: null, surface: 'we-signatories' });
    }
  }
  // "… struck a World Food Programme truck, the UN agency said": the UN body the text named last (not the UN itself).
  UN_AGENCY.lastIndex = 0;
  for (let m = UN_AGENCY.exec(s.folded); m; m = UN_AGENCY.exec(s.folded)) {
    const start = s.start + m.index + m[0].length - (m[1] ?? '').length;
    const end = s.start + m.index + m[0].length;
    const agency = doc.mentions.filter((x) => x.type === 'actor' && x.end <= start && ACTORS.get(x.slug)?.partOf === 'un').pop();
    if (!agency) continue;
    for (let i = spans.length - 1; i >= 0; i--) if (spans[i]!.start < end && spans[i]!.end > start) spans.splice(i, 1);
    spans.push({ start, end, kind: 'actor', slug: agency.slug, surface: m[1] ?? '' });
  }
  // "UNICEF has reacted. Its regional director said …": an official of the organisation named last speaks for it.
  if (/\b[Ii]ts\s/.test(s.folded)) {
    ITS_OFFICIAL.lastIndex = 0;
    for (let m = ITS_OFFICIAL.exec(s.folded); m; m = ITS_OFFICIAL.exec(s.folded)) {
      const start = s.start + m.index;
      // ("France said it would seek a Council meeting, and its foreign minister criticised …": the subject the sentence
      // opened with, not the body named last)
      const opener = /,\s*(?:and|but|while)\s+$/.test(doc.folded.slice(Math.max(s.start, start - 8), start)) ? s.mentions.find((x) => x.type === 'actor' && x.end <= start && /^\W*(?:[A-Z][A-Z -]+:\s*)?(?:the\s+)?$/i.test(doc.folded.slice(s.start, x.start).replace(TIME_STAMP_LEAD, '')) && ACTORS.get(x.slug)?.kind !== ActorKind.PERSON) : undefined;
      const owner = opener?.slug ?? lastOrgMention(doc, s, start, d);
      if (owner) spans.push({ start, end: start + m[0].length, kind: 'actor', slug: owner, surface: m[0] });
    }
  }
  PRONOUN_RE.lastIndex = 0;
  for (let m = PRONOUN_RE.exec(s.folded); m; m = PRONOUN_RE.exec(s.folded)) {
    const start = s.start + m.index;
    // "Moscow's line hasn't changed: it says …": after a colon, "it" is the possessor that opened the clause.
    if (m[0].toLowerCase() === 'it' && /[:;]\s*$/.test(doc.folded.slice(s.start, start))) {
      const owner = s.mentions.filter((x) => x.type === 'actor' && x.end <= start && /^['’]s\s/.test(doc.folded.slice(x.end, x.end + 3))).pop();
      if (owner && !/[:;.]/.test(doc.folded.slice(owner.end, start).replace(/[:;]\s*$/, ''))) {
        spans.push({ start, end: start + m[0].length, kind: 'actor', slug: owner.slug, surface: m[0] });
        continue;
      }
    }
    // "…referred reporters to its statement, in which it said …": inside a relative clause, "it" is the main clause's subject.
    if (m[0].toLowerCase() === 'it' && /\b(?:in which|which|where|whereby)\s+$/i.test(doc.folded.slice(Math.max(s.start, start - 12), start))) {
      const subj = s.mentions.find((x) => x.type === 'actor' && x.end <= start);
      if (subj && kindOfSlug(subj.slug, d) !== ActorKind.PERSON && /^\W*(?:[^,]{0,60},\s*)?(?:the\s+)?$/i.test(doc.folded.slice(s.start, subj.start)) && SUBJECT_VERB.test(doc.folded.slice(subj.end, subj.end + 90).replace(/^\s*,[^,]{1,60},/, ''))) {
        spans.push({ start, end: start + m[0].length, kind: 'actor', slug: subj.slug, surface: m[0] });
        continue;
      }
    }
    spans.push({ start, end: start + m[0].length, kind: 'pronoun', slug: null, surface: m[0].toLowerCase() });
  }
  // Role nouns resolved against the discourse: "the three countries' ambassadors" (the speakers of the
  // last joint statement), "the rear admiral" (the person who spoke last), "the source", "the statement".
  for (const [re, surface] of ROLE_NOUNS) {
    if (surface === 'signatories' && !SIGNATORIES_GATE.test(s.folded)) continue;
    re.lastIndex = 0;
    for (let m = re.exec(s.folded); m; m = re.exec(s.folded)) {
      const start = s.start + m.index;
      const end = start + m[0].length;
      if (spans.some((x) => start < x.end && end > x.start)) continue;
      spans.push({ start, end, kind: 'role', slug: null, surface: surface === 'officer' ? `officer:${(m[1] ?? '').toLowerCase()}` : surface });
    }
  }
  // "The network holds …", "the Observatory said", "the foreign ministry branded …": a body named by the head noun of its
  // name, the one of that name seen last (before the fixed role nouns, which take what this leaves).
  if (HEAD_NOUN_GATE.test(s.folded)) {
    HEAD_NOUN_RE.lastIndex = 0;
    for (let m = HEAD_NOUN_RE.exec(s.folded); m; m = HEAD_NOUN_RE.exec(s.folded)) {
      const start = s.start + m.index;
      const end = start + m[0].length;
      if (spans.some((x) => start < x.end && end > x.start)) continue;
      // ("Faisal Omran, the hospital's director, added": the appositive describes the person, who speaks)
      if (/^['’]s\s/.test(doc.folded.slice(end, end + 3)) && spans.some((x) => x.kind === 'person' && /^\s*,\s*$/.test(doc.folded.slice(x.end, start)))) continue;
      const statesBefore = s.mentions.filter((x) => x.end <= start).map((x) => (x.type === 'actor' ? x.slug : (STATE_OF_CAPITAL.get(x.surface.toLowerCase()) ?? ''))).filter((x) => ACTORS.get(x)?.kind === ActorKind.STATE);
      const slug = headNounReferent((m[2] ?? '').toLowerCase(), (m[1] ?? '').toLowerCase(), d, statesBefore);
      if (slug) spans.push({ start, end, kind: 'actor', slug, surface: m[0] });
    }
  }
  ROLE_RE.lastIndex = 0;
  for (let m = ROLE_RE.exec(s.folded); m; m = ROLE_RE.exec(s.folded)) {
    const start = s.start + m.index;
    const end = start + m[0].length;
    if (spans.some((x) => x.kind === 'actor' && start < x.end && end > x.start)) continue;
    const surface = (m[1] ?? '').toLowerCase();
    // "a military source told SANA", "State television, quoting a military source,": the relaying outlet's own state's army.
    if ((surface === 'military' || surface === 'army') && /^\s+sources?\b/i.test(doc.folded.slice(end, end + 9))) {
      // (the outlet may be the one the sentence before named: "SANA offered a different version. Quoting a military source, it said …")
      const prev = doc.sentences[s.index - 1];
      const outlets = (x: SentenceInfo | undefined): string | null | undefined => x?.mentions.filter((m) => m.type === 'actor' && kindOfSlug(m.slug, d) === ActorKind.MEDIA).map((m) => armOf(m.slug, d)).find((a) => a);
      const arm = outlets(s) ?? (prev && prev.paragraph === s.paragraph ? outlets(prev) : null);
      // (an indefinite source with an outlet the alias table does not know, "a military source told Qasioun Radio", is a new
      // source, not the military body named last: unqualified, the reading of a bare "the army")
      const fresh = arm ?? (/^an?\s/i.test(m[0]) ? 'syrian-army' : null);
      if (fresh) {
        spans.push({ start, end, kind: 'actor', slug: fresh, surface: m[0] });
        continue;
      }
    }
    spans.push({ start, end, kind: 'role', slug: null, surface });
  }
  return spans.sort((a, b) => a.start - b.start || b.end - a.end);
}

const LIGHT_TOKENS = /^(?:\s+|,|['’]s\s+(?:(?:daily|official|latest|weekly|own|Telegram|Twitter|Facebook|X|written|brief|short|new)\s+)?(?:bulletin|communiqu[eé]|(?:Telegram\s+)?channel|account|feed|statement|website|press\s+release|release)\b|['’]s\s+(?:(?:deputy|chief|top|senior|permanent|UN|U\.N\.|foreign|defen[cs]e|new|medical|executive|regional|local|field|general|media|press)\s+)?(?:ambassador|envoy|representative|spokes(?:man|woman|person)|officials?|diplomats?|negotiator|head|director|director-general|secretary-general|secretary\s+general|high\s+representative|commissioner|chief|manager|chair(?:man|woman|person)?|president|administration|management|coordinator|commander|office|bureau|branch|mission|delegation|embassy|reporter|correspondent|(?:foreign(?:\s+policy)?|diplomatic|external\s+action)\s+service)\b|(?:deputy\s+|chief\s+|senior\s+|press\s+)?(?:spokes(?:man|woman|person)|officials?|envoy|ambassador|representative|sources?|head|director|chief|manager|chair(?:man|woman|person)?|administration|management|coordinator|commander)\b|(?:cent(?:re|er)|branch|office|unit|operations\s+room|(?:general\s+|operations\s+)?command|headquarters)\b|(?:['’]s\s+(?:own\s+)?)?(?:rescue\s+|medical\s+|field\s+|search\s+)?(?:teams?|crews|volunteers|staff|workers|medics|paramedics|researchers|investigators|analysts)\b|so\s+far|in\s+the\s+(?:area|region|town|village|city|camp|camps|province|north-?west|north|south)\b|has|have|had|also|all|both|each|jointly|later|separately|again|once|repeatedly|previously|always|since|yet|further|likewise|just|in the past|however|meanwhile|on\s+\w+day|\w+day|late|early|earlier|in a (?:separate |brief )?statement|(?:has\s+|have\s+)?(?:issued|released|published|posted|put\s+out)\s+(?:a|an)\s+(?:(?:brief|short|written|separate|joint|new)\s+)?(?:statement|communiqu[eé]|press\s+release)(?:\s+on\s+\w+day)?|for its part|on its website|in geneva|in new york|in moscow|in ankara|in a briefing|at a briefing|on the ground|in the field|briefly|already|itself|themselves|herself|himself|too|then|only|still|now|today|yesterday|last week|on \w+ \d+|has long|had long|long|immediately|swiftly|quickly|angrily|strongly|vehemently|flatly|once again|at the time|statement|for the [A-Z][\w-]* (?:crisis|conflict|file)|(?:after|following)\s+the\s+(?:meeting|session|talks|briefing|call|vote|consultations)|(?:is|was|are|were)\s+(?:(?:deeply|profoundly|truly)\s+)?(?:devastated|saddened|heartbroken|sad|sorry|shocked|obliged|compelled)\s+to\b|(?:regrets?|regretted)\s+to\b|(?:was|were|is|are|has\s+been|had\s+been|have\s+been)\s+able\s+to\b|(?:went|go|goes|going)\s+on\s+to\b|went\s+so\s+far\s+as\s+to\b|(?:was|were)\s+quick\s+to\b|(?:moved|sought|seeks|continued|continues|proceeded)\s+to\b|[a-z]+ly\b)/i;

/** The end of a dateline's agency tag: "(Meridian Wire) -". */
const DATELINE_TAG_END = /^\)\s*[-—\x97–\x96]/;

/** What kind of body a name is, said after it: "organisation", "rescue service", "war monitor", "medical charity". */
const ORG_HEAD_AFTER_NAME =
  /^\s+(?:(?:rescue|monitoring|war|rights|human\s+rights|aid|relief|humanitarian|medical|health|charity|volunteer|civil|defen[cs]e|advocacy|research|activist|opposition|media|news|first-response)\s+){0,2}(?:organi[sz]ation|service|group|agency|monitor|network|charity|NGO|watchdog|body|team|coalition|alliance)(?=\s*,|\s+[a-z]|\s*$)/i;

function isLightGap(gap: string): boolean {
  // (a name in quotes closes right after it: the Russian “Reconciliation Centre” at Hmeimim said)
  let g = gap.replace(/\([^)]*\)/g, ' ').replace(/^["”]/, '');
  // A relay participle after the subject ("a military source quoted by SANA accused").
  // ("A Russian Defence Ministry statement carried by Russian news agencies said")
  g = g.replace(/^\s*(?:(?:source|sources|official|officials|spokes(?:man|woman|person)|statement)\s*)?,?\s*(?:quoted|cited|carried|relayed|broadcast|aired)\s+(?:by|on|in)\s+(?:the\s+)?(?:(?:state|official|state-run|state-owned)\s+)?(?:(?:television|TV|media|news agency|agency)\b\s*)?(?:[A-Z][\w.'-]*(?:\s+[A-Z][\w.'-]*)*)?(?:\s+(?:news\s+)?agenc(?:y|ies))?\s*,?/, ' ');
  // Where the subject works ("three medical organisations working in north-west Syria have urged").
  g = g.replace(/^\s+(?:working|based|operating|active)\s+(?:in|across|inside|throughout)\s+(?:the\s+)?(?:[a-z][\w-]*\s+){0,2}[A-Z][\w'-]*(?:\s+[A-Z][\w'-]*){0,2}/, ' ');
  // A short restrictive relative clause ("rescuers who reached the scene said", "the civil defence teams who worked the
  // site blamed"): lower-case words only, no comma.
  g = g.replace(/^(\s+(?:(?:rescue|medical|field|search)\s+)?(?:teams|crews|volunteers|staff|workers|medics|paramedics|researchers))?\s+who\s+(?:[a-z-]+\s+){1,6}$/, '$1 ');
  // A place after the subject ("the local health directorate in Idleb said").
  // ("rescuers in north-west Syria said", "the Russian centre at Hmeimim air base denied")
  g = g.replace(/^\s+(?:in|at)\s+(?:the\s+)?(?:(?:north|south|east|west)(?:-?(?:east|west))?(?:ern)?\s+)?[A-Z][\w'-]+(?:\s+(?:(?:al|el|as|ash|ad|an|ar|az)-)?[A-Z][\w'-]+)?(?:\s+(?:air\s*base|airbase|air\s+field|airfield|airport|military\s+base|base))?(?=\s+[a-z]|\s*$)/, ' ');
  // One appositive or aside: ", a volunteer with X," / ", which backs …,".
  // "the White Helmets organisation, which …, alleged": the head noun after a name.
  // "the Syria Civil Defence rescue service said", "SOHR, a monitoring group, said": a descriptive head noun after the name.
  g = g.replace(ORG_HEAD_AFTER_NAME, ' ');
  // …and a second one that only places or ages the speaker (", HCI's regional director, based in Amman,").
  g = g.replace(/^(?:\s+(?:(?:senior|top|local|military|security|government)\s+)?(?:officials?|spokes(?:man|woman|person)|sources?|representatives?|diplomats?))?\s*,[^,"“”]{1,220},(?:\s*(?:based|speaking|who|aged|\d{2})\b[^,"“”]{0,80},)?/, ' ');
  // "UNICEF's representative in Syria said", "the WHO's office in Gaziantep": where the official or office serves is part of the title.
  g = g.replace(/^(['’]s\s+(?:[\w-]+\s+){0,2}?(?:representative|envoy|director|coordinator|co-ordinator|head|chief|spokes(?:man|woman|person)|ambassador|office|bureau|branch|mission|delegation|embassy|reporter|correspondent))\s+in\s+(?:the\s+)?[A-Z][\w'-]+(?:\s+[A-Z][\w'-]+)?(?=\s|$)/, '$1');
  // "the civil defence director in Ariha said", "the WHO office in Gaziantep", "the Civil Defence centre in Jabal al-Zawiya": where
  // the official or office serves, after the title.
  g = g.replace(/^(\s+(?:head|director|chief|manager|coordinator|commander|spokes(?:man|woman|person)|officials?|representative|office|bureau|branch|mission|delegation|cent(?:re|er)|team))\s+in\s+(?:the\s+)?[A-Z][\w'-]+(?:\s+(?:(?:al|el|as|ash|ad|an|ar|az)-)?[A-Z][\w'-]+)?(?=\s|$)/, '$1');
  // A quoted verb: "The ministry “strongly condemned” the attack" (an opening quote after a space, right before the verb).
  g = g.replace(/\s["“](?=(?:[a-z]+ly\s+)?$)/, ' ');
  // "'s" of a possessive subject is not light ("Russia's deputy ambassador").
  let guard = 0;
  while (g.length > 0 && guard++ < 30) {
    const m = LIGHT_TOKENS.exec(g);
    if (!m || m[0].length === 0) break;
    g = g.slice(m[0].length);
  }
  return g.trim().length === 0;
}

/** An appositive naming one of a kind: ", one of the largest ", ", one of its ". */
const ONE_OF_APPOSITIVE = /^\s*,\s*one\s+of\s+(?:the\s+|its\s+|their\s+)?(?:[\w-]+\s+){0,2}$/i;

/** What may open a sentence before its subject: an opener ("Meanwhile,", "For its part,", "In a statement,") and "the". */
const SENTENCE_SUBJECT_LEAD = /^\W*(?:(?:meanwhile|separately|also|earlier|later|on \w+day|in a statement)\W+|[A-Z][^,"“]{0,30},\s*)?(?:the\s+)?$/i;

/** An aside that cites a source: ", citing (the)". */
const CITING_BEFORE = /,\s*(?:citing|quoting)\s+(?:the\s+)?$/i;

/** A body's act of sending or issuing a text, right after it: "sent two identical letters", "issued a statement", "addressed a letter". */
const SENT_AFTER_SUBJECT = /^\s+(?:(?:also|on\s+\w+day)\s+)?(?:(?:sent|issued|addressed|submitted|delivered|published|released|wrote)\s+(?:a|an|two|three|identical|its|their|the)\b|made\s+no\s+(?:mention|reference)\s+of\b)/i;

/** A short reply predicate between a subject and its participle speech verb ("went further,", "hit back,", "reacted angrily,"). */
const REPLY_BEFORE_PARTICIPLE = /^\s*,?\s+(?:went|go|goes|hit|hits|lashed|lashes|shot|fired|pushed|responded|responds|reacted|reacts|replied|replies|answered|answers|countered|counters|struck|weighed|chimed|followed)(?:\s+(?:further|back|out|in|up|on|quickly|angrily|sharply|swiftly|immediately|later|suit))?(?:\s+(?:on\s+)?(?:(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day|today|yesterday|within\s+hours|hours\s+later|the\s+(?:next|following)\s+day)(?:\s+(?:morning|afternoon|evening|night))?)?\s*,\s*$/i;

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
  /** Speaker found as the antecedent of "which"/"who": the content follows the verb. */
  rel?: boolean;
  /** Source label in brackets after its clause ("… (SOHR)"): the clause before the bracket is the content. */
  bracket?: boolean;
  /** The body a person reports speaking ("Peskov said the Kremlin denied …"): the speaker's "itself". */
  speakingFor?: string;
}
/** Where a speech act without a speech verb stands: the label or position that plays the verb's part. */
type UnframedAct = Pick<Attribution, 'verb' | 'verbStart' | 'verbEnd' | 'subjStart' | 'subjEnd'>;

/** "Figures released by X show …", "data compiled by X indicate …": a document's issuer as the speaker. */
const RELEASED_BY = /\b(?:figures|data|numbers|statistics|tallies|tally|counts?|tolls?)\s+(?:released|published|compiled|issued|provided|gathered|collected|shared)\s+(?:on\s+\w+day\s+)?by\s+(?:the\s+)?/gi;
/** What may precede the source's name inside a source bracket: "(state news agency SANA)", "(figures from the UN)". */
const BRACKET_LEAD = /^\s*(?:(?:the|a|an|state|state-run|official|local|news|agency|media|source:|sources:|via|per|figures\s+(?:from|by)|data\s+(?:from|by)|toll\s+(?:from|by))\s+)*$/i;
/** What may follow it: a role noun and a relay ("(Syrian military source quoted by SANA)"). */
const BRACKET_TAIL = /^\s*(?:(?:source|sources|officials?|spokes(?:man|woman|person)|figures|data|statement|tally|count)\b\s*)?(?:,?\s*(?:quoted by|cited by|carried by|reported by|via|citing|through)\s+[^()]{1,60})?\s*$/i;
/** A source bracket: a short parenthesis closing its clause (followed by punctuation or the end of the sentence). */
const SOURCE_BRACKET = /\(([^()]{2,80})\)(?=\s*(?:[;.,:]|$))/g;
/** A clause that reports harm or an attack: only such a clause is a source's content. */
const REPORT_CLAUSE = /\b(?:kill\w*|wound\w*|injur\w*|dead|died|deaths?|bodies|casualt\w*|hurt|strikes?|struck|air ?strikes?|raids?|bomb\w*|shell\w*|rockets?|missiles?|attack\w*|toll|downed|shot down)\b/i;

/**
 * Sources named in brackets after their clause: "Bakery hit; 11 killed including 5 children (Syrian
 * Observatory for Human Rights); at least 9 killed (civil defence)." Each bracket holding only a
 * source's name (with light words before it and a relay after it) gives its clause's speaker. Not a
 * bracket right after a name (an acronym, "Syria Civil Defence (SCD)"), nor one whose clause already
 * has its own speech verb ("Opposition fighters claim responsibility (Anadolu)").
 */
function bracketSources(doc: Doc, s: SentenceInfo, spans: Span[], prior: Attribution[], d: Discourse): Attribution[] {
  const out: Attribution[] = [];
  const text = doc.folded;
  let segFloor = s.start;
  SOURCE_BRACKET.lastIndex = 0;
  for (let m = SOURCE_BRACKET.exec(s.folded); m; m = SOURCE_BRACKET.exec(s.folded)) {
    const open = s.start + m.index;
    const close = open + m[0].length;
    const floor = segFloor;
    segFloor = close;
    const inner = spans.filter((x) => x.kind !== 'pronoun' && x.start > open && x.end < close);
    const sp = inner[0];
    if (!sp || !BRACKET_LEAD.test(text.slice(open + 1, sp.start)) || !BRACKET_TAIL.test(text.slice(sp.end, close - 1))) continue;
    // An acronym or gloss right after a name, not a source label.
    if (spans.some((x) => x.end <= open && /^\s*$/.test(text.slice(x.end, open))) || /[A-Z][\w'’.-]*\s*$/.test(text.slice(Math.max(floor, open - 30), open))) continue;
    // The clause: from the last ";" (or the previous bracket) to the bracket.
    const semi = text.lastIndexOf(';', open);
    const from = Math.max(floor, semi >= floor ? semi + 1 : floor);
    const clause = text.slice(from, open);
    if (!REPORT_CLAUSE.test(clause)) continue;
    if (prior.some((a) => a.verbStart >= from && a.verbStart < open)) continue;
    const who = resolveSpan(sp, d);
    if (!who) continue;
    out.push({ speakers: [who], verb: 'said', verbStart: open, verbEnd: close, subjStart: sp.start, subjEnd: sp.end, chained: false, inverted: true, relayOnly: false, bracket: true });
  }
  return out;
}

/** The army of the state whose outlet relays ("State television quoted a military source"): the media actor left of `at`. */
function relayArm(spans: Span[], from: number, at: number, d: Discourse): string | null {
  const media = spans.filter((x) => x.kind === 'actor' && x.slug && x.start >= from && x.end <= at && kindOfSlug(x.slug, d) === ActorKind.MEDIA).pop();
  return media?.slug ? armOf(media.slug, d) : null;
}

/** A span naming a person: an unknown name or a person in the alias table. */
function isPersonSpan(x: Span, d: Discourse): boolean {
  return x.kind === 'person' || (x.kind === 'actor' && x.slug !== null && kindOfSlug(x.slug, d) === ActorKind.PERSON);
}

/** Makes `slug` the antecedent of a later "he"/"she" (the last person, and the most recent of the recent ones). */
function notePerson(d: Discourse, slug: string, at: number): void {
  d.lastPerson = slug;
  d.lastPersonAt = at;
  const i = d.recentPersons.findIndex((x) => x.slug === slug);
  if (i >= 0) d.recentPersons.splice(i, 1);
  d.recentPersons.push({ slug, at });
  if (d.recentPersons.length > 6) d.recentPersons.shift();
}

/** The gender a person is known by: their own, else their surname's title ("Mrs Khatib"). */
function genderOf(slug: string, d: Discourse): 'm' | 'f' | undefined {
  return d.gender.get(slug) ?? d.titleGender.get(slug.split('-').pop() ?? '');
}

/** "he"/"she": the most recent person within reach whose gender does not rule them out; the pronoun then fixes their gender. */
function personalAntecedent(pronoun: 'he' | 'she', d: Discourse): string | null {
  const want = pronoun === 'he' ? 'm' : 'f';
  for (let i = d.recentPersons.length - 1; i >= 0; i--) {
    const p = d.recentPersons[i]!;
    if (d.at - p.at > PRONOUN_REACH) break;
    const g = genderOf(p.slug, d);
    if (g !== undefined && g !== want) continue;
    if (g === undefined && kindOfSlug(p.slug, d) === ActorKind.PERSON) d.gender.set(p.slug, want);
    return p.slug;
  }
  return null;
}

function resolveSpan(span: Span, d: Discourse): string | null {
  switch (span.kind) {
    case 'actor':
    case 'person':
      return span.slug;
    case 'pronoun':
      // A personal pronoun reaches back a few sentences only: an antecedent further back, past other
      // speakers and quotes, leaves it unresolved (and an unresolved speaker gives no statement).
      if (span.surface === 'he' || span.surface === 'she') return personalAntecedent(span.surface, d);
      if (span.surface === 'it') return d.lastOrg;
      return d.lastSpeaker;
    case 'role':
      return resolveRole(span.surface, d);
  }
}

/** An envoy's post at an organisation right before it: "ambassador to the", "envoy at the". */
/** Words for a state's envoy at an organisation. */
const ENVOY_WORD = String.raw`(?:ambassador|envoy|representative|delegate|delegation|mission)`;
const ENVOY_TO = new RegExp(String.raw`\b${ENVOY_WORD}\s+(?:to|at)\s+(?:the\s+)?$`, 'i');
/** Between the envoy's state and its organisation: "'s deputy ambassador to the", " ambassador to the". */
const ENVOY_OWNER = new RegExp(String.raw`^(?:['’]s\s+(?:[\w-]+\s+){0,3}?${ENVOY_WORD}|(?:\s+(?:deputy|permanent|special))?\s+${ENVOY_WORD})\s+(?:to|at)\s+(?:the\s+)?$`, 'i');

/** An envoy's title right after an organisation's name: " ambassador", " deputy envoy". */
const ENVOY_AFTER = new RegExp(String.raw`^\s+(?:(?:deputy|permanent|special|acting)\s+)?${ENVOY_WORD}\b`, 'i');
const ENVOY_NOUN = new RegExp(String.raw`\b${ENVOY_WORD}$`, 'i');
/** A person's post right before the body it is held in: "The head of ", "a spokesman for ", "the director of ". */
const HEAD_OF_BEFORE = /\b(?:head|chief|chairman|chairwoman|president|director|spokes(?:man|woman|person)|member)\s+(?:of|for|at)\s+$/i;
/** A person's role in a subject ("a Kremlin spokesman", "Russia's deputy ambassador"): "he" may then refer to the organisation. */
const PERSON_ROLE = /\b(?:spokes(?:man|woman|person)|ambassador|envoy|official(?!\s+(?:news|media|agency|statement|television|TV|website|account|channel|figures?|toll))|minister|representative|delegate|director|commander|secretary-general|secretary general|coordinator|commissioner|rapporteur)\b/i;

/** A closing relay clause: ", the state-run Anadolu Agency reported." (checked for a media actor inside). */
const RELAY_TAIL = /,\s*(?:the\s+|a\s+)?(?:[\w-]+\s+){0,4}?[A-Z][\w.'-]*(?:\s+[A-Z][\w.'-]*){0,3}(?:\s+(?:news\s+)?agency)?\s+(?:reported|reports|said|says|quoted|added|aired|broadcast)\b[^,;]{0,40}$/;

const RELAY_BEFORE = /\b(?:quoted by|cited by|carried by|according to|told|told the|citing|by|broadcast on|aired on|on|speaking to|talking to|(?:in|during) an interview with|interviewed by|writing in|writing for)\s+(?:the\s+)?(?:state\s+|official\s+)?(?:news\s+agency\s+)?$/i;

/** Before a speech act named by a noun that an event drew from someone: "The strikes have drawn (international) ". */
const DRAWN_ACT_HEAD = /^\W*(?:[\w'’-]+\s+){1,5}?(?:(?:has|have|had)\s+)?(?:drawn|drew|draws|prompted|triggered|sparked|provoked|attracted)\s+(?:(?:widespread|international|strong|sharp|swift|fierce|immediate|wide)\s+)?$/i;
/** Speech acts named by a noun: "X's condemnation", "a denial issued by X". */
const NOMINAL_ACT = /\b(condemnations?|denials?|rebuttals?|accusations?|criticism|appeals?|demands?)\b/gi;
const NOMINAL_VERB: Record<string, string> = {
  condemnation: 'condemned',
  denial: 'denied',
  rebuttal: 'rejected',
  accusation: 'accused',
  criticism: 'criticised',
  appeal: 'appealed',
  demand: 'demanded',
};

/** "In Kaplan's view", "in her view", "in the view of X": an opinion framed by its holder. */
const VIEW_OF = /\b[Ii]n\s+(?:([A-Z][a-z]+)['’]s|(his|her))\s+(?:view|opinion|assessment|words)\b\s*,?|\b[Ii]n\s+the\s+(?:view|opinion|assessment|words)\s+of\s+(?:the\s+)?/g;

/** A verb with a stance of its own: what a speaker says it did ("it had asked Moscow to …") keeps that stance. */
const OWN_STANCE_VERB = (verb: string): boolean => CALL_VERB.test(verb) || DENY_VERB.test(verb) || ACCUSE_VERB.test(verb) || CRITICISE_VERB.test(verb);
/** After a counter's name: "'s tally", "'s own count", "' latest figures". */
const COUNT_NOUN_AFTER = /^(?:['’]s?)?\s+(?:own\s+|latest\s+|official\s+|updated\s+|preliminary\s+)?(?:count|tally|reckoning|estimates?|figures|numbers|calculations?|records)\b/;
/** Before a counter's name: "by the count of (the)", "by the latest figures of". */
const BY_COUNT_OF = /\b[Bb]y\s+(?:the|its|their)\s+(?:own\s+|latest\s+|official\s+|updated\s+)?(?:count|tally|reckoning|estimates?|figures|numbers|calculations?|records)\s+of\s+(?:the\s+)?$/;
/** "(some 300 foreign) fighters of (the) …": the group's own people, so the group is the clause's subject. */
const MEMBERS_OF = /\b(?:fighters|members|militants|gunmen|units|elements|troops|forces|operatives)\s+of\s+(?:the\s+)?$/i;
/** An attack called intended or reckless: "deliberately or recklessly attacking", "deliberately targeted". */
const DELIBERATE_ATTACK = /\b(?:deliberately|intentionally|knowingly|recklessly|indiscriminately)\s+(?:(?:or|and)\s+(?:deliberately|intentionally|knowingly|recklessly|indiscriminately)\s+)?(?:attack\w*|target\w*|bomb\w*|strik\w*|struck|shell\w*|hit(?:ting)?)\b/i;
/** A call's addressee described, then named in a dashed or bracketed aside: "on the guarantors of the Astana arrangements — ". */
const NAMED_IN_ASIDE = /^\s*(?:on\s+|upon\s+)?(?:all\s+)?(?:the\s+)?[^—\x97–\x96(;:"“]{1,80}?\s*(?:[—\x97–\x96(]|\s-\s)\s*/;
/** A denial's object that is the claim just reported: "the claim", "that accusation", "these allegations". */
const DENIED_CLAIM = /\b(?:the|that|this|these|those|such)\s+(?:claims?|accusations?|allegations?|charges?)\b/i;
/** Between an organisation and the person holding a post in it: "'s deputy head, ", " spokesman, ". */
/** Posts an office holder is named by ("head", "spokeswoman", "envoy"). */
const OFFICE_WORD = String.raw`(?:head|chief|director|spokes(?:man|woman|person)|commander|official|representative|envoy|coordinator|chair(?:man|woman)?|president|minister)`;
const OFFICE_THEN_PERSON = new RegExp(String.raw`^(?:['’]s)?\s+(?:[a-z-]+\s+){0,2}${OFFICE_WORD}\s*,\s*$`);
/** An office and the title before its holder's name, at the end of "Kremlin spokesman |Dmitry Peskov", "the ministry's deputy head, |…". */
const OFFICE_BEFORE_NAME = new RegExp(String.raw`(?:['’]s)?\s+(?:[a-z-]+\s+){0,2}${OFFICE_WORD},?\s+(?:(?:Mr|Mrs|Ms|Dr|General|Colonel|Major[- ]General|Lieutenant[- ]General|Rear Admiral|Admiral)\.?\s+)?$`);
/** What may precede a source's name after "according to": a determiner and up to two descriptive words. */
const SOURCE_LEAD = /^(?:the|a|an)\s+(?:(?:local|regional|provincial|national|state|state-run|official|main|opposition|opposition-run|independent|pro-government|government|volunteer|[a-z]+-based)\s+){1,2}/i;
/** Between a speech verb and the pronoun opening its report: "that", a time ("said on Sunday it had …"), or nothing. */
const REPORT_GAP = /^\s*(?:(?:(?:late|early)\s+)?(?:on\s+)?(?:(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)(?:\s+(?:morning|afternoon|evening|night))?|yesterday|today|tonight|last\s+night|this\s+morning)\s*,?\s*)?(?:that\s+)?$/i;
/** "by the …" right after a passive verb. */
const BY_AGENT = /^\s+by\s+(?:the\s+)?/i;
/** "(was laid) on Russian forces by (the) …": the one blamed, then the agent. */
const BLAME_ON_BY = /^\s+(?:squarely\s+|firmly\s+)?on\s+[^,;.]{1,60}?\s+by\s+(?:the\s+)?/i;
/** The same after a time adverbial: "was condemned on Tuesday by the ministry". */
const AGENT_AFTER_TIME = /^(?:\s+(?:on|late on|early on)\s+[A-Z]\w+day|\s+(?:yesterday|today|earlier|later|also|again|swiftly|\w+ly)){0,2}\s+by\s+(?:the\s+)?/i;

/** Attributions (speaker + speech verb) in one sentence. */
function attributions(doc: Doc, s: SentenceInfo, spans: Span[], d: Discourse): Attribution[] {
  const out: Attribution[] = [];
  const text = doc.folded;
  /** The agent of a passive verb ending at `end`: the speaker span right after its "by", resolved. */
  const agentAfterBy = (end: number, lead: RegExp = BY_AGENT, reach = 12): { sp: Span; who: string } | null => {
    const by = lead.exec(text.slice(end, end + reach));
    const sp = by ? spans.find((x) => x.kind !== 'pronoun' && x.start >= end + by[0].length - 4 && x.start <= end + by[0].length + 1) : undefined;
    const who = sp ? resolveSpan(sp, d) : null;
    return sp && who ? { sp, who } : null;
  };
  SPEECH_VERBS.lastIndex = 0;
  const verbs: Array<{ start: number; end: number; verb: string }> = [];
  for (let m = SPEECH_VERBS.exec(s.folded); m; m = SPEECH_VERBS.exec(s.folded)) verbs.push({ start: s.start + m.index, end: s.start + m.index + m[0].length, verb: m[0].toLowerCase().replace(/\s+/g, ' ') });
  // "according to X"
  const acc = /\baccording to\s+/gi;
  for (let m = acc.exec(s.folded); m; m = acc.exec(s.folded)) {
    // Generic sources coordinated with a named one ("according to residents and civil rescuers") are skipped.
    // (a bare comma joins only another generic source: "according to local sources, the regime …" names nobody)
    const generic = /^(?:(?:[a-z]+\s+)?(?:residents|witnesses|activists|locals|medics|doctors|sources|officials)\s*(?:,?\s*and|,(?=\s*(?:[a-z]+\s+)?(?:residents|witnesses|activists|locals|medics|doctors|sources|officials)\b))\s+)*(?:(?:a|an|the)\s+(?:(?:joint|new|brief|separate|written|latest|preliminary|updated|official)\s+)?(?:statements?|reports?|briefs?|study|analysis|survey|bulletin|tally|count|figures|data|toll|assessment|update|spokes(?:man|woman|person)|officials?|sources?)\s+(?:from|by|of|for|(?:issued|released|published|compiled)\s+(?:on\s+\w+day\s+|this\s+week\s+|last\s+week\s+)?by)\s+)?/i.exec(text.slice(s.start + m.index + m[0].length, s.end));
    const at = s.start + m.index + m[0].length + (generic?.[0].length ?? 0);
    // "According to him, …": the person who spoke last.
    const him = /^(?:him|her)\b/i.exec(text.slice(at, at + 4));
    if (him && d.lastPerson && d.at - d.lastPersonAt <= PRONOUN_REACH) {
      out.push({ speakers: [d.lastPerson], verb: 'according to', verbStart: s.start + m.index, verbEnd: at, subjStart: at, subjEnd: at + him[0].length, chained: false, inverted: true, relayOnly: false });
      continue;
    }
    // (after a determiner and up to two descriptive words: "according to the local civil defence")
    const reach = Math.max(6, SOURCE_LEAD.exec(text.slice(at, at + 60))?.[0].length ?? 0);
    let sp = spans.find((x) => x.start >= at && x.start <= at + reach && x.kind !== 'pronoun');
    if (!sp) continue;
    // "according to the centre's deputy head, Rear Admiral Nikolai Sevastyanov, …": the person the post is given to speaks.
    const head = sp;
    const named = spans.find((x) => x.start > head.end && isPersonSpan(x, d) && OFFICE_THEN_PERSON.test(text.slice(head.end, x.start)) && /^\s*,/.test(text.slice(x.end, x.end + 3)));
    if (named && !isPersonSpan(sp, d)) sp = named;
    const who = resolveSpan(sp, d);
    if (!who) continue;
    // Joint sources: "according to the UN and SOHR".
    const speakers = [who];
    let last = sp;
    const pending: Array<[string, Span]> = [];
    for (let guard = 0; guard < 3; guard++) {
      const nx = spans.find((x) => x.start > last.end && x.kind !== 'pronoun' && /^\s*(?:,|and|,\s*and)\s*(?:the\s+|a\s+)?$/i.test(text.slice(last.end, x.start)));
      const w = nx ? resolveSpan(nx, d) : null;
      if (!nx || !w || speakers.includes(w) || pending.some(([p]) => p === w)) break;
      // "according to the UN and SOHR", "according to X, Y and Z"; a bare comma ends the phrase ("according to him, the army …").
      const andLink = /\band\s*(?:the\s+|a\s+)?$/i.test(text.slice(last.end, nx.start));
      pending.push([w, nx]);
      last = nx;
      if (andLink) {
        for (const [p] of pending) speakers.push(p);
        pending.length = 0;
      }
    }
    if (pending.length > 0) last = speakers.length > 1 ? (spans.find((x) => x.kind !== 'pronoun' && resolveSpan(x, d) === speakers[speakers.length - 1] && x.start > sp.start) ?? sp) : sp;
    out.push({ speakers, verb: 'according to', verbStart: s.start + m.index, verbEnd: s.start + m.index + m[0].length, subjStart: sp.start, subjEnd: last.end, chained: false, inverted: true, relayOnly: false });
  }
  // "In Kaplan's view, …", "in her view", "in the view of the monitor": the holder of the view speaks.
  VIEW_OF.lastIndex = 0;
  for (let m = VIEW_OF.exec(s.folded); m; m = VIEW_OF.exec(s.folded)) {
    const at = s.start + m.index;
    const end = at + m[0].length;
    let who: string | null;
    let subjStart = at;
    let subjEnd = end;
    if (m[1]) {
      // "In Kaplan's view": a name given earlier, by surname or in full.
      const name = m[1];
      who = d.surnames.get(name.toLowerCase()) ?? (ALIAS_SLUG.get(name.toLowerCase()) ?? null);
      if (!who && d.fullNames.some((f) => f === name || f.endsWith(' ' + name))) who = slugify(fullNameOf(name, d));
      subjStart = at + m[0].indexOf(name);
      subjEnd = subjStart + name.length;
    } else if (m[2]) {
      who = d.at - d.lastPersonAt <= PRONOUN_REACH ? d.lastPerson : null;
    } else {
      const sp = spans.find((x) => x.kind !== 'pronoun' && x.start >= end && x.start <= end + 6);
      who = sp ? resolveSpan(sp, d) : null;
      if (sp) {
        subjStart = sp.start;
        subjEnd = sp.end;
      }
    }
    if (!who) continue;
    out.push({ speakers: [who], verb: 'according to', verbStart: at, verbEnd: Math.max(end, subjEnd), subjStart, subjEnd, chained: false, inverted: false, relayOnly: false });
  }
  // "By the network's tally, …", "by the count of the civil defence, …": the counter is the source.
  if (/count|tally|reckoning|estimate|figures|numbers|calculation|records/.test(s.folded) && /\b[Bb]y\s[^,]{0,80}\b(?:count|tally|reckoning|estimates?|figures|numbers|calculations?|records)\b/.test(s.folded)) {
    for (const sp of spans) {
      if (sp.kind === 'pronoun') continue;
      const before = text.slice(Math.max(s.start, sp.start - 50), sp.start);
      const poss = /\b[Bb]y\s+(?:the\s+)?$/.exec(before) ? COUNT_NOUN_AFTER.exec(text.slice(sp.end, sp.end + 40)) : null;
      const ofForm = poss ? null : BY_COUNT_OF.exec(before);
      if (!poss && !ofForm) continue;
      const who = resolveSpan(sp, d);
      if (!who) continue;
      const at = poss ? sp.start - (/\b[Bb]y\s+(?:the\s+)?$/.exec(before)?.[0].length ?? 0) : sp.start - ofForm![0].length;
      const end = poss ? sp.end + poss[0].length : sp.end;
      out.push({ speakers: [who], verb: 'according to', verbStart: at, verbEnd: end, subjStart: sp.start, subjEnd: sp.end, chained: false, inverted: false, relayOnly: false });
    }
  }
  // Nominal speech acts: "Russia's denial", "the UN's condemnation", "a denial issued by the embassy".
  NOMINAL_ACT.lastIndex = 0;
  for (let m = NOMINAL_ACT.exec(s.folded); m; m = NOMINAL_ACT.exec(s.folded)) {
    const at = s.start + m.index;
    const noun = (m[1] ?? '').toLowerCase();
    const by = /^\s+(?:(?:was\s+)?(?:issued|released|published|put out|posted)\s+)?(?:by|from)\s+(?:the\s+)?/i.exec(text.slice(at + m[0].length, s.end));
    let sp: Span | undefined;
    if (by) sp = spans.find((x) => x.kind !== 'pronoun' && x.start >= at + m[0].length + by[0].length - 4 && x.start <= at + m[0].length + by[0].length + 1);
    if (!sp) sp = spans.find((x) => x.kind === 'actor' && /^['’]s\s+(?:[a-z]+\s+)?$/.test(text.slice(x.end, at)));
    // Only a frame that opens the sentence or its clause ("Russia's denial came …", "In a denial issued by X, …"),
    // not the object of another speaker's verb ("Moscow rejected Ankara's accusations").
    const head = sp ? text.slice(s.start, Math.min(sp.start, at)) : '';
    // ("The attacks have drawn condemnation from the EU": the act is drawn from its speaker, named after it)
    if (!/^\W*(?:(?:in|with)\s+)?(?:(?:a|an|the)\s+(?:[a-z]+\s+)?)?$/i.test(head) && !(sp && sp.start > at && DRAWN_ACT_HEAD.test(head))) continue;
    const who = sp ? resolveSpan(sp, d) : null;
    if (!sp || !who) continue;
    const verb = NOMINAL_VERB[noun.replace(/s$/, '')] ?? 'said';
    const end = at + m[0].length + (by && sp.start > at ? sp.end - (at + m[0].length) : 0);
    out.push({ speakers: [who], verb, verbStart: at, verbEnd: end, subjStart: sp.start, subjEnd: sp.end, chained: false, inverted: false, relayOnly: false });
  }
  // A speech frame inside a quotation that the sentence attributes to someone outside it ("\"The Secretary-General is
  // deeply alarmed …,\" she said") is the quoted speaker's wording, not a speech act of its own.
  const quotes: Array<[number, number]> = [];
  if (verbs.length > 1 && /["“]/.test(s.folded)) {
    const qre = /["“][^"“”]*["”]/g;
    for (let m = qre.exec(s.folded); m; m = qre.exec(s.folded)) quotes.push([s.start + m.index, s.start + m.index + m[0].length]);
  }
  /** The quotation a verb stands inside, if any (quotations do not overlap). */
  const quoteAround = (v: { start: number; end: number }): [number, number] | undefined => quotes.find(([qs, qe]) => v.start > qs && v.end < qe);
  // (not a stance verb quoted on its own before any other verb, the speaker's word choice: "Turkey “strongly condemns” the
  // attack"; after one it is what that speaker reports: "said Ankara “strongly condemned” the shelling")
  const quoted = (v: { start: number; end: number }): boolean => {
    const q = quoteAround(v);
    if (!q) return false;
    const alone = QUOTED_VERB_BEFORE.test(text.slice(q[0], v.start)) && /^\s*["”]/.test(text.slice(v.end, q[1])) && !verbs.some((w) => w.start < v.start && !quoteAround(w));
    return !alone;
  };
  const framedQuote = quotes.length > 0 && verbs.some((v) => !quoted(v));
  for (const v of verbs) {
    if (framedQuote && quoted(v)) continue;
    // A speech act already read off a nominal frame ("in a denial issued by X, X said …") is not read twice.
    if (out.some((a) => a.verbStart <= v.start && a.verbEnd >= v.end)) continue;
    const before = text.slice(Math.max(s.start, v.start - 40), v.start);
    // Explicit non-statements: "did not say", "declined to comment".
    if (/\b(?:did|does|do|has|have|had|would|could)\s+not\s+(?:immediately\s+)?$|\bdeclined to\s+$|\bno\s+$/i.test(before)) continue;
    // "Moscow has said nothing about …": silence, not a statement.
    if (/^(?:said|says|say)$/i.test(v.verb) && /^\s+nothing\b/i.test(text.slice(v.end, v.end + 12))) continue;
    if (/\bas\s+$/i.test(before) && /^saying$/.test(v.verb)) continue; // "quoted … as saying"
    // Nominal uses: "the reports", "a claim", "the accusation", "what it called".
    if (/\b(?:the|a|an|these|those|such|its|their|his|her|of)\s+$/i.test(before) && /^(?:report|reports|claim|claims|blame|demands|demand|call|dispute|appeal to|appeal for|urge|condemn|criticise|criticize|dismiss|admit|hold|decry)$/.test(v.verb)) continue;
    if (/^(?:called|calling)$/.test(v.verb) && !/^\s+(?:on|for)\b/.test(text.slice(v.end, v.end + 5)) && !/^\s+(?:them|it|the|this|that|these|those|such|all)\b/.test(text.slice(v.end, v.end + 7))) continue;
    if (/^(?:called|calling)$/.test(v.verb) && /\bwhat\s+(?:it|they|he|she)\s+$/i.test(before)) continue;
    const prev = out.filter((a) => a.verbEnd <= v.start).sort((a, b) => b.verbEnd - a.verbEnd)[0];
    // Chained verb: ", saying …", " and accused …", ", adding that …", ", while denying …", also after the verb's object ("told Reuters, saying",
    // "blamed Russia, saying").
    // (not past a semicolon that opens a clause with its own subject: "X blamed Russia; the ministry, in a briefing, said …")
    if (prev && (/(?:,\s*|\s+and\s+|,\s*and\s+|\s+but\s+)(?:has\s+|have\s+|had\s+)?(?:also\s+|later\s+|then\s+)?$/i.test(text.slice(prev.verbEnd, v.start).slice(-16)) || (/,?\s+while\s+$/i.test(text.slice(prev.verbEnd, v.start).slice(-16)) && /ing$/i.test(v.verb))) && !spans.some((x) => x.kind !== 'pronoun' && x.start > prev.verbEnd && x.end <= v.start && /;\s*(?:the\s+)?$/i.test(text.slice(prev.verbEnd, x.start))) && !spans.some((x) => x.start >= prev.verbEnd && x.end <= v.start && /(?:,\s*|\s+and\s+)$/.test(text.slice(x.end, v.start)) && x.kind !== 'pronoun' && isLightGap(text.slice(x.end, v.start)) && text.slice(x.end, v.start).length < 3 && !(/^\s*(?:the\s+)?$/i.test(text.slice(prev.verbEnd, x.start))))) {
      out.push({ speakers: prev.speakers, verb: v.verb, verbStart: v.start, verbEnd: v.end, subjStart: prev.subjStart, subjEnd: prev.subjEnd, chained: true, inverted: false, relayOnly: false });
      continue;
    }
    // Active "quoted X as saying": the speaker follows.
    // "a source quoted by SANA accused …": a relay participle, not a speech act.
    if (v.verb === 'quoted' && /^\s+by\b/i.test(text.slice(v.end, v.end + 5)) && !/\b(?:was|were|is|are|been)\s+$/i.test(before)) continue;
    if (v.verb === 'quoted' && !/\b(?:was|were|is|are|been)\s+$/i.test(before)) {
      // (after a determiner too: "Interfax quoted the Russian Defence Ministry as saying")
      let sp = spans.find((x) => x.start >= v.end && (x.start <= v.end + 4 || /^\s+(?:the|an?)\s+$/i.test(text.slice(v.end, x.start))));
      // "quoted Kremlin spokesman Dmitry Peskov as saying": the person the office is given to.
      const office = sp;
      const holder = office && !isPersonSpan(office, d) ? spans.find((x) => x.start > office.end && isPersonSpan(x, d) && x.start - office.end < 40 && OFFICE_BEFORE_NAME.test(text.slice(office.start, x.start))) : undefined;
      if (holder) sp = holder;
      let who = sp ? resolveSpan(sp, d) : null;
      // "State television quoted a military source": the relaying outlet's own state's army.
      if (sp && sp.kind === 'role' && sp.surface === 'military') who = relayArm(spans, s.start, v.start, d) ?? who;
      if (sp && who) {
        // "… as saying that army units had …": the content follows the frame.
        // "… denying that troops had …": a participle right after the source is its own speech verb.
        const frame = /^(?:\s*,[^,.;"]{1,80},)?[^,.;"]{0,60}?\b(?:as\s+saying|(?:as\s+)?(denying|accusing|blaming|rejecting|dismissing|confirming|insisting))\b\s*(?:that\s+)?/i.exec(text.slice(sp.end, s.end));
        if (frame) out.push({ speakers: [who], verb: frame[1] ? frame[1].toLowerCase() : v.verb, verbStart: v.start, verbEnd: sp.end + frame[0].length, subjStart: sp.start, subjEnd: sp.end, chained: false, inverted: false, relayOnly: false });
        else out.push({ speakers: [who], verb: v.verb, verbStart: v.start, verbEnd: v.end, subjStart: sp.start, subjEnd: sp.end, chained: false, inverted: true, relayOnly: false });
        continue;
      }
    }
    // Passive report: "…were killed, it was reported by the Civil Defence", "…, as reported by the monitor",
    // "the toll was given by X": the agent speaks the clause before the frame.
    if (/^(?:reported|stated|announced|documented|said|given|recorded|released|published)$/.test(v.verb) && /(?:\b(?:it|this|that|which)\s+(?:was|is|has been|had been)|\bas|\b(?:was|were|has been|had been|have been))\s+(?:\w+ly\s+)?$/i.test(before)) {
      const agent = agentAfterBy(v.end);
      if (agent) {
        const { sp, who } = agent;
        const frame = /(?:\b(?:it|this|that|which)\s+(?:was|is|has been|had been)|\bas)\s+(?:\w+ly\s+)?$/i.exec(before);
        // A frame closing its clause ("…, it was reported by X") reports what precedes it; "the toll was given by X as 23", what follows.
        if (frame && /,\s*$/.test(text.slice(s.start, v.start - frame[0].length))) out.push({ speakers: [who], verb: 'said', verbStart: v.start - frame[0].length, verbEnd: sp.end, subjStart: sp.start, subjEnd: sp.end, chained: false, inverted: true, relayOnly: false });
        else if (!frame) out.push({ speakers: [who], verb: 'said', verbStart: v.start, verbEnd: sp.end, subjStart: sp.start, subjEnd: sp.end, chained: false, inverted: false, relayOnly: false });
        continue;
      }
    }
    // "The strike was attributed by the Observatory to Russian warplanes": the agent speaks, the rest is its content.
    if (v.verb === 'attributed') {
      const agent = agentAfterBy(v.end);
      if (agent) out.push({ speakers: [agent.who], verb: 'said', verbStart: v.start, verbEnd: agent.sp.end, subjStart: agent.sp.start, subjEnd: agent.sp.end, chained: false, inverted: false, relayOnly: false });
      continue;
    }
    // Passive stance verb: "the account was disputed by Russia", "the strike was condemned by France".
    if (/\b(?:was|were|is|are|been|being)\s+(?:(?:\w+ly|also|again|later|then|swiftly)\s+)?$/i.test(before) && !/^[a-z]+ing\b/.test(v.verb) && !/^(?:said|says|told|reported|quoted|called|calling|described|added|noted|stated|expressed|aired|documented|announced)$/.test(v.verb)) {
      // "Responsibility for the attack was laid on Russian forces by SNHR": the agent speaks; the one blamed follows the verb.
      if (/^(?:laid|placed|pinned|put)$/.test(v.verb)) {
        const blamer = agentAfterBy(v.end, BLAME_ON_BY, 100);
        if (blamer) out.push({ speakers: [blamer.who], verb: v.verb, verbStart: v.start, verbEnd: v.end, subjStart: blamer.sp.start, subjEnd: blamer.sp.end, chained: false, inverted: false, relayOnly: false });
        continue;
      }
      // (the agent may follow a time adverbial: "was condemned on Tuesday by the ministry")
      const agent = agentAfterBy(v.end, AGENT_AFTER_TIME, 40);
      if (agent) out.push({ speakers: [agent.who], verb: v.verb, verbStart: v.start, verbEnd: v.end, subjStart: agent.sp.start, subjEnd: agent.sp.end, chained: false, inverted: true, relayOnly: false });
      continue;
    }
    // Subject on the left.
    let subj: Span | null = null;
    // Relative clause on the speaker: "…, the White Helmets, which said …" → the antecedent.
    let relSubj = false;
    const relM = /,\s*(which|who)\s+([^,.;"]{0,40}?)$/i.exec(text.slice(s.start, v.start));
    // "…the White Helmets, whose volunteers in the town said …": the organisation speaks through its people.
    const whose = /\bwhose\s/.test(before) ? WHOSE_PEOPLE.exec(text.slice(s.start, v.start)) : null;
    if (whose) {
      const at = s.start + whose.index;
      const ante = spans.filter((x) => x.end <= at && x.kind === 'actor' && /^\)?\s*$/.test(text.slice(x.end, at))).pop();
      if (ante) subj = ante;
    }
    if (relM && isLightGap(relM[2] ?? '')) {
      const relAt = s.start + relM.index;
      // "who" points to a person, "which" to an organisation ("Marta Ilves of the UN office, which called for …").
      const wantPerson = relM[1]?.toLowerCase() === 'who';
      const cands = spans
        .filter((x) => x.end <= relAt && x.kind !== 'pronoun' && /^\)?(?:['’]s?\s+(?:official\s+|verified\s+|own\s+)?(?:[A-Z][\w-]*\s+)?(?:account|channel|feed|page|website)(?:\s+on\s+[A-Z][\w-]*)?)?\s*(?:[a-z-]+\s*){0,3}(?:,[^,"]{1,80})?$/.test(text.slice(x.end, relAt)))
        .sort((a, b) => b.end - a.end);
      const ante = cands.find((x) => isPersonSpan(x, d) === wantPerson) ?? cands[0];
      if (ante) {
        subj = ante;
        relSubj = true;
      }
    }
    const left = relSubj || subj ? [] : spans.filter((x) => x.end <= v.start && x.start >= s.start).sort((a, b) => b.end - a.end);
    // "X was quoted (by Y) as saying": X is the speaker.
    const passiveQuote = v.verb === 'quoted' && /\b(?:was|were|is|are|been)\s+$/i.test(before);
    for (const x of left) {
      let gap = text.slice(x.end, v.start);
      // "Russia's reconciliation centre in Syria, …, said": the place noun locating the actor is part of its name.
      const loc = left.find((z) => z.kind === 'actor' && z.start > x.end && /^\s+(?:in|at)\s+(?:the\s+)?$/i.test(text.slice(x.end, z.start)));
      if (loc && /^\s*,/.test(text.slice(loc.end, v.start))) gap = text.slice(loc.end, v.start);
      if (passiveQuote) gap = gap.replace(/\b(?:was|were|is|are|has been|had been|have been)\s*$/i, '');
      // A progressive verb: "The White Helmets are putting the toll at seven".
      if (/^[a-z]+ing\b/.test(v.verb)) gap = gap.replace(/\b(?:is|are|was|were|has been|have been)\s*$/i, '');
      // A reply verb before the participle: "X went further, branding …", "X hit back, saying …", "X responded, calling …".
      if (/^[a-z]+ing\b/.test(v.verb)) gap = gap.replace(REPLY_BEFORE_PARTICIPLE, ',');
      if (!isLightGap(gap)) continue;
      // Relayed agency or a name inside a prepositional phrase is not the subject.
      if (RELAY_BEFORE.test(text.slice(Math.max(s.start, x.start - 40), x.start)) && x.kind !== 'pronoun') continue;
      // Nor a name inside an apposition on an earlier one ("The National Front for Liberation, a Turkish-backed rebel
      // coalition, said", "…, the main Turkish-backed rebel alliance, said": the front, not "rebel").
      // ("Ahrar al-Sham, one of the largest rebel groups in the province, said": one of a kind the appositive names)
      if (x.kind !== 'pronoun' && left.some((y) => y.end <= x.start && y.kind !== 'pronoun' && ((/^\s*,\s*(?:a|an|the\s+(?:main|largest|biggest|leading|dominant|most\s+powerful|strongest|principal|umbrella|key|major|second-largest|[\w-]+-(?:backed|based|led)))\s+(?![^,;"“”]*\b(?:which|who|whom|whose|that)\b)[^,;"“”]*$/.test(text.slice(y.end, x.start)) && !/\b(?:of|for|to|with|at|from|by)\s+(?:the\s+)?$/i.test(text.slice(y.end, x.start))) || ONE_OF_APPOSITIVE.test(text.slice(y.end, x.start))))) continue;
      // "Russia's reconciliation centre in Syria, …, said": a place noun locating the actor before it is not the subject.
      // ("We in the … Network hold …" names the speaker twice: not a place.)
      if (x.kind === 'actor' && left.some((y) => y.end <= x.start && y.kind === 'actor' && y.slug !== x.slug && /^\s+(?:in|at)\s+(?:the\s+)?$/i.test(text.slice(y.end, x.start)))) continue;
      subj = x;
      break;
    }
    // A participle after an object ("the ministry sent letters to the Security Council, saying …"): the clause's subject speaks.
    if (subj && subj.kind !== 'pronoun' && /ing$/.test(v.verb) && /\b(?:to|of|with|for|at|from|on|against|into|toward|towards)\s+(?:the\s+)?(?:[\w-]+\s+)?$/i.test(text.slice(Math.max(s.start, subj.start - 30), subj.start))) {
      // (after an opener: "Meanwhile,", "For its part,", "In a statement,")
      const head = spans.find((x) => x.kind !== 'pronoun' && x.end <= subj!.start && SENTENCE_SUBJECT_LEAD.test(text.slice(s.start, x.start)));
      if (head) subj = head;
    }
    // "Western capitals, citing the Syrian Observatory, have claimed …": a subject the alias table does not know, and the
    // source it cites in an aside right before the verb, which speaks.
    if (!subj && !relSubj) {
      const cited = left.find((x) => x.kind === 'actor' && CITING_BEFORE.test(text.slice(Math.max(s.start, x.start - 16), x.start)) && /^\s*,\s*(?:(?:have|has|had|also)\s+)*$/i.test(text.slice(x.end, v.start)));
      if (cited) subj = cited;
    }
    // ("the ministry sent two letters to the Secretary-General … on the attacks on civilians in Hama, stressing that …": the
    // object's long tail leaves no subject before the participle; the body that sent or issued something speaks)
    if (!subj && /ing$/.test(v.verb) && /,\s*$/.test(text.slice(v.start - 3, v.start))) {
      const head = spans.find((x) => x.kind === 'actor' && SENTENCE_SUBJECT_LEAD.test(text.slice(s.start, x.start)));
      if (head && SENT_AFTER_SUBJECT.test(text.slice(head.end, head.end + 30)) && !/["“”;]/.test(text.slice(head.end, v.start))) subj = head;
    }
    // "Quoting a military source, it said …": the source quoted is the speaker, not the outlet "it" stands for.
    if (subj && subj.kind === 'pronoun') {
      const q = /^\W*(?:Quoting|Citing)\s+/.exec(text.slice(s.start, subj.start));
      const quoted = q ? spans.find((x) => x.kind !== 'pronoun' && x.start >= s.start + q[0].length - 1 && x.end <= subj!.start && /^(?:\s+sources?)?\s*,\s*$/.test(text.slice(x.end, subj!.start))) : undefined;
      if (quoted) subj = quoted;
    }
    // Inside an appositive? "Zhukovets, head of the Russian Centre …, told": the outer name.
    // (not the antecedent of a relative pronoun: "Russian jets, according to SOHR, which said" is SOHR's)
    if (subj && !relSubj) {
      const gap = text.slice(subj.end, v.start);
      // "Selim Karaca, the Turkish foreign ministry spokesman, reiterated": the role noun after the organisation closes the appositive too.
      // ("Pyotr Zhukovets, the centre's head, told": the possessed role too.)
      if (/^(?:['’]s)?\s*(?:(?:deputy|chief|senior|press|top|official)\s+)?(?:spokes(?:man|woman|person)|officials?|envoy|ambassador|representative|minister|director|head|chief|coordinator|commander|manager|administration|management)?\s*,/i.test(gap)) {
        const seg = text.slice(s.start, subj.start);
        const comma = seg.lastIndexOf(',');
        if (comma >= 0) {
          const commaAbs = s.start + comma;
          const outer = spans.filter((x) => x.end <= commaAbs && /^\)?\s*$/.test(text.slice(x.end, commaAbs))).sort((a, b) => b.end - a.end)[0];
          // A named person is preferred to the organisation or role around it ("a senior OCHA official, Martin Oyelaran, said").
          const keepPerson = isPersonSpan(subj, d) && !(outer && isPersonSpan(outer, d));
          // So is a name to a description ("Another monitoring group, the Syrian Network for Human Rights, put the toll").
          const keepName = !!outer && !/[A-Z]/.test(outer.surface) && /[A-Z]/.test(subj.surface) && subj.kind === 'actor';
          if (outer && outer !== subj && !keepPerson && !keepName && !/"|“|”/.test(text.slice(commaAbs, subj.start))) subj = outer;
        }
      }
    }
    // "Russia, which … in support of President Assad, says …": a name inside a relative aside closed right before the verb is
    // not the subject; the name the aside follows is.
    if (subj && subj.kind !== 'pronoun' && /,\s*(?:which|who)\s/i.test(text.slice(s.start, subj.start))) {
      const rel = /,\s*(?:which|who)\s[^,;:"“”]{0,200}$/i.exec(text.slice(s.start, subj.start));
      const relAt = rel ? s.start + rel.index : -1;
      if (rel && /^[^,;:"“”]{0,80},\s*(?:(?:also|has|have|had|now|still)\s+)*$/i.test(text.slice(subj.end, v.start))) {
        const outer = spans.filter((x) => x.kind !== 'pronoun' && x.end <= relAt && /^\s*$/.test(text.slice(x.end, relAt))).pop();
        if (outer) subj = outer;
      }
    }
    // "Russia, a key ally of President Bashar al-Assad, denied …": a name inside a descriptive appositive's prepositional phrase
    // is not the subject; the name the appositive describes is.
    if (subj && subj.kind !== 'pronoun' && /,\s*(?:a|an|the|one\s+of)\s/i.test(text.slice(Math.max(s.start, subj.start - 120), subj.start))) {
      const app = /,\s*(?:a|an|the|one\s+of)\s[^,;:"“”]*?\b(?:of|to|for|with|by|from|behind)\s+(?:the\s+)?(?:[\w-]+\s+){0,2}$/i.exec(text.slice(Math.max(s.start, subj.start - 120), subj.start));
      const appAt = app ? Math.max(s.start, subj.start - 120) + app.index : -1;
      if (app && /^[^,;:"“”]{0,60},\s*(?:(?:also|has|have|had|now|still|on\s+\w+day)\s+)*$/i.test(text.slice(subj.end, v.start))) {
        // ("The al-Fath al-Mubin operations room, an alliance of rebel factions, accused": light words may close the name)
        const outer = spans.filter((x) => x.kind !== 'pronoun' && x.end <= appAt && isLightGap(text.slice(x.end, appAt))).pop();
        if (outer) subj = outer;
      }
    }
    // "Russia's deputy ambassador to the U.N. said": a state's envoy at an organisation speaks for the state.
    if (subj && subj.kind === 'actor' && ENVOY_TO.test(text.slice(Math.max(s.start, subj.start - 60), subj.start))) {
      const sub = subj;
      const owner = spans
        .filter((x) => x.kind === 'actor' && x.end <= sub.start && sub.start - x.end <= 60 && (ENVOY_OWNER.test(text.slice(x.end, sub.start)) || (ENVOY_NOUN.test(x.surface) && /^\s+(?:to|at)\s+(?:the\s+)?$/i.test(text.slice(x.end, sub.start)))))
        .pop();
      if (owner) subj = owner;
      // "Its ambassador to the UN said": the body "it" stands for.
      else {
        const poss = new RegExp(String.raw`\b([Ii]ts|[Tt]heir)\s+(?:[\w-]+\s+){0,2}?${ENVOY_WORD}\s+(?:to|at)\s+(?:the\s+)?$`).exec(text.slice(Math.max(s.start, sub.start - 60), sub.start));
        if (poss) {
          const at = sub.start - poss[0].length;
          subj = { start: at, end: at + (poss[1] ?? '').length, kind: 'pronoun', slug: null, surface: /^its$/i.test(poss[1] ?? '') ? 'it' : 'they' };
        }
      }
    }
    // "Syria's U.N. ambassador branded …": the organisation names the post; the envoy's state speaks.
    if (subj && subj.kind === 'actor' && ENVOY_AFTER.test(text.slice(subj.end, subj.end + 40))) {
      const sub = subj;
      const owner = spans.filter((x) => x.kind === 'actor' && x.slug && kindOfSlug(x.slug, d) === ActorKind.STATE && x.end <= sub.start && /^['’]s\s+$/.test(text.slice(x.end, sub.start))).pop();
      if (owner) subj = owner;
    }
    // "Igor Konashenkov of the Russian Defence Ministry said": the person, not the ministry.
    if (subj && subj.kind === 'actor' && !isPersonSpan(subj, d) && !relSubj) {
      const lead = spans.filter((x) => isPersonSpan(x, d) && x.end <= subj!.start && /^\s+(?:of|from|at|with)\s+(?:the\s+)?$/i.test(text.slice(x.end, subj!.start)))[0];
      if (lead) subj = lead;
    }
    let inverted = false;
    if (!subj && /^(?:said|says|told|added|reported|wrote|claimed|confirmed|warned|announced)$/.test(v.verb) && /[,"”]\s*$/.test(before)) {
      // ("said a 34-year-old team leader with the civil defence", "said a doctor at the X Hospital": an unnamed member speaks for it)
      const INVERTED_GAP = /^\s*(?:the\s+(?:[\w-]+-based\s+)?(?:(?:war|rights)\s+monitor,?\s+(?:the\s+)?)?|(?:a|an|the)\s+(?:\d+-year-old\s+)?(?:senior\s+|top\s+|local\s+|deputy\s+|regional\s+|field\s+|chief\s+|press\s+)?(?:team\s+|rescue\s+|medical\s+)?(?:spokes(?:man|woman|person)|official|representative|source|envoy|volunteer|leader|head|director|member|worker|doctor|medic|nurse|rescuer|officer|commander|coordinator|manager)\s+(?:for|of|from|at|with)\s+(?:the\s+)?)?$/i;
      // "said the spokesman, Omar Hamadi", "said its regional spokeswoman, Rima Haddad": the person the post is given to.
      const holder = spans.find((x) => isPersonSpan(x, d) && x.start > v.end && x.start <= v.end + 70 && ROLE_THEN_NAME.test(text.slice(v.end, x.start)));
      // "said a spokesman for the UN": the organisation after the role noun, unless the role resolves by itself.
      const right = holder ? undefined : spans
        .filter((x) => x.start >= v.end && x.start <= v.end + 60 && x.kind !== 'pronoun' && INVERTED_GAP.test(text.slice(v.end, x.start)))
        .sort((a, b) => a.start - b.start)
        .find((x) => x.kind !== 'role' || resolveSpan(x, d) !== null);
      if (holder ?? right) {
        subj = (holder ?? right)!;
        inverted = true;
      }
    }
    // "SANA made no mention of the market, but said …": the sentence's subject.
    if (!subj && /(?:,\s*|\s)(?:but|and)\s+(?:also\s+)?$/i.test(before)) {
      const first = spans.find((x) => x.kind !== 'pronoun' && x.start - s.start <= 12);
      if (first && first.end < v.start) subj = first;
    }
    if (!subj) continue;
    // "The Kremlin, she argued, has concluded that …": a finding inside someone else's words is not the subject's statement.
    if (/^(?:concluded|concludes|found|finds|determined|established)$/.test(v.verb) && /,\s*(?:he|she|they|[A-Z][\w-]+)\s+(?:said|says|argued|argues|added|noted|wrote|believes|believed)\s*,/.test(text.slice(subj.end, v.start))) continue;
    // A pronoun right after another speech verb is inside that report ("said it had documented 12 deaths").
    const prevAttr = out.filter((x) => x.verbEnd <= subj.start).sort((x, y) => y.verbEnd - x.verbEnd)[0];
    // (a time may stand between: "said on Sunday it had revised its count")
    // A stance verb there is the speaker's own act ("said it had asked Moscow to halt …"), read with its stance.
    if (subj.kind === 'pronoun' && prevAttr && REPORT_GAP.test(text.slice(prevAttr.verbEnd, subj.start)) && !OWN_STANCE_VERB(v.verb)) continue;
    // "Larsen said the group had documented 12 attacks": a member reporting her own organisation's work speaks herself.
    if (subj.kind === 'role' && prevAttr && REPORT_GAP.test(text.slice(prevAttr.verbEnd, subj.start)) && !OWN_STANCE_VERB(v.verb)) {
      const outer = prevAttr.speakers[prevAttr.speakers.length - 1];
      const own = outer ? (d.persons.get(outer)?.partOf ?? null) : null;
      if (own !== null && resolveSpan(subj, d) === own) continue;
    }
    // "it"/"he" later in a sentence whose speaker is already known refers to that speaker ("…, which it said was …").
    const sameSentence = subj.kind === 'pronoun' && prevAttr && !prevAttr.relayOnly ? prevAttr.speakers[prevAttr.speakers.length - 1] : undefined;
    // A person named in this very sentence is not registered yet: their span says they are a person.
    const personSlug = (x: string): boolean => kindOfSlug(x, d) === ActorKind.PERSON || spans.some((sp) => sp.kind === 'person' && sp.slug === x);
    // "The Secretary-General deplores …, and he reminds …": an office held by one person is "he" too.
    const officeHolder = !!prevAttr && PERSON_ROLE.test(text.slice(Math.min(prevAttr.subjStart, prevAttr.verbStart), Math.max(prevAttr.subjEnd, prevAttr.verbStart)));
    // "The ministry did not respond to a request for comment; it has previously denied …": "it" is the body that opened
    // the sentence, though that clause reported nothing.
    const opener = subj.kind === 'pronoun' && subj.surface === 'it' && !sameSentence ? spans.find((x) => x.kind === 'actor' && x.slug && x.end <= subj.start && /^\W*(?:the\s+)?$/i.test(text.slice(s.start, x.start)) && /(?:;|,\s*(?:and|but))\s*$/.test(text.slice(x.end, subj.start)) && kindOfSlug(x.slug, d) !== ActorKind.PERSON) : undefined;
    // "Rescuers from the White Helmets pulled a woman from the rubble, the group said.": the group is the one the sentence opened with.
    const ownGroup = subj.kind === 'role' && !prevAttr && /^(?:group|organisation|organization|charity|network|monitor|rights group|rescue group)$/i.test(subj.surface) ? spans.find((x) => x.kind === 'actor' && x.slug && x.end <= subj.start && x.start - s.start <= 40 && GROUP_KINDS.has(kindOfSlug(x.slug, d) as ActorKind)) : undefined;
    const who = opener?.slug ?? ownGroup?.slug ?? (sameSentence && (subj.surface === 'it' ? !personSlug(sameSentence) : subj.surface === 'they' || personSlug(sameSentence) || officeHolder) ? sameSentence : resolveSpan(subj, d));
    if (!who) continue;
    // (and "they" right after joint authors spoke: all of them)
    const joint = (subj.kind === 'role' && (subj.surface === 'joint' || subj.surface === 'statement' || subj.surface === 'signatories' || subj.surface === 'we-signatories')) || (subj.kind === 'pronoun' && subj.surface === 'they' && d.lastSpeakers.length >= 2 && d.lastSpeakers.every((x) => d.signatories.some((l) => l.slugs.includes(x))));
    const speakers = joint && d.lastSpeakers.includes(who) ? [...d.lastSpeakers] : [who];
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
    out.push({ speakers, verb: v.verb, verbStart: v.start, verbEnd: v.end, subjStart: head.start, subjEnd: subj.end, chained: false, inverted, relayOnly: /^(?:reported|reports|report|quoted|aired)$/.test(v.verb), rel: relSubj });
  }
  // "…, citing X": X originated the content.
  const cite = /\bciting\s+(?:the\s+)?/gi;
  for (let m = cite.exec(s.folded); m; m = cite.exec(s.folded)) {
    // "citing figures from the UN": the figures are the cited body's, whatever the relaying clause says around them.
    const figs = CITED_FIGURES.exec(text.slice(s.start + m.index + m[0].length, s.end));
    const at = s.start + m.index + m[0].length + (figs?.[0].length ?? 0);
    // "citing the same sources": the source cited last.
    const same = /^same\s+(?:sources?|officials?|source|people)\b/i.exec(text.slice(at, at + 24));
    const sp = same ? undefined : spans.find((x) => x.start >= at - 4 && x.start <= at + 20 && (x.kind === 'actor' || (x.kind !== 'pronoun' && x.start - at <= 12)));
    const cited = same ? (d.lastCited ?? null) : sp ? (sp.kind === 'actor' ? sp.slug : resolveSpan(sp, d)) : null;
    if (!cited) continue;
    d.lastCited = cited;
    // "citing local rescuers and the Observatory": each body cited.
    const citedAll = [cited];
    for (let prev = sp, guard = 0; prev && guard < 3; guard++) {
      const p = prev;
      const next = spans.find((x) => x.kind !== 'pronoun' && x.start > p.end && /^\s*,?\s*and\s+(?:the\s+)?$/i.test(text.slice(p.end, x.start)));
      const who = next ? (next.kind === 'actor' ? next.slug : resolveSpan(next, d)) : null;
      if (who && !citedAll.includes(who)) citedAll.push(who);
      prev = next;
    }
    for (const a of out) if (a.verbStart < s.start + m.index + 40 && a.verbEnd <= s.start + m.index) a.relayOnly = true;
    // "X said, citing Y" / "X reported, citing Y": Y is the source, X the relay.
    const main =
      out.find((a) => a.verbStart > at) ??
      out.filter((a) => a.verbEnd <= s.start + m.index && (figs !== null || /^\s*,?\s*$/.test(text.slice(a.verbEnd, s.start + m.index)))).pop();
    if (main) {
      main.speakers = citedAll;
      main.relayOnly = false;
      continue;
    }
    // "Turkish media, citing the White Helmets, reported …", "Western media outlets, citing the Observatory, have blamed
    // Russia": a relaying subject that is no actor; the body cited speaks through the speech verb after the citation.
    const from = sp?.end ?? at + (same?.[0].length ?? 0);
    const v = verbs.find((x) => x.start > from && CITATION_CLOSES.test(text.slice(from, x.start)));
    if (!v || !RELAYING_SUBJECT.test(text.slice(s.start, s.start + m.index))) continue;
    out.push({ speakers: citedAll, verb: v.verb, verbStart: v.start, verbEnd: v.end, subjStart: sp?.start ?? at, subjEnd: sp?.end ?? from, chained: false, inverted: false, relayOnly: false });
  }
  // "Figures released by the health directorate show 12 dead": the body that released the figures speaks.
  if (/\bby\b/.test(s.folded)) {
    RELEASED_BY.lastIndex = 0;
    for (let m = RELEASED_BY.exec(s.folded); m; m = RELEASED_BY.exec(s.folded)) {
      const at = s.start + m.index + m[0].length;
      const sp = spans.find((x) => x.kind !== 'pronoun' && x.start >= at && x.start <= at + 2);
      const who = sp ? resolveSpan(sp, d) : null;
      if (!sp || !who || out.some((a) => a.subjStart <= sp.start && a.subjEnd >= sp.end)) continue;
      const verb = /^\s*(?:,\s*)?(?:show|showed|shows|indicate|indicated|indicates|suggest|suggested|put|puts)\b(?:\s+that)?/i.exec(text.slice(sp.end, s.end));
      if (!verb) continue;
      out.push({ speakers: [who], verb: 'said', verbStart: s.start + m.index, verbEnd: sp.end + verb[0].length, subjStart: sp.start, subjEnd: sp.end, chained: false, inverted: false, relayOnly: false });
    }
  }
  // A source named in brackets after its clause (factboxes, timelines, sitreps): "11 killed (the Observatory); 9 killed (civil defence)".
  if (s.folded.includes('(')) out.push(...bracketSources(doc, s, spans, out, d));
  // Relays: a news agency relaying someone else is not a speaker.
  const isMedia = (slug: string): boolean => kindOfSlug(slug, d) === ActorKind.MEDIA;
  // "Reuters reported that 14 people were killed, citing the civil defence": the source cited after the report speaks.
  if (/,\s*citing\s/i.test(s.folded)) {
    for (const a of out) {
      if (!a.speakers.every(isMedia)) continue;
      const cited = spans.find((x) => x.start > a.verbEnd && x.kind !== 'pronoun' && /,\s*citing\s+(?:the\s+)?$/i.test(text.slice(Math.max(a.verbEnd, x.start - 20), x.start)));
      const who = cited ? resolveSpan(cited, d) : null;
      if (who && !isMedia(who)) a.speakers = [who];
    }
  }
  // "Peskov said that Moscow condemned the attack": a report that is its speaker's own body speaking is the speaker's
  // (a named person is the speaker before their organisation); the frame around it reports nothing of its own.
  const framing = new Set<Attribution>();
  for (const b of out) {
    if (b.inverted || b.chained || b.bracket || b.rel) continue;
    const a = out.find((x) => x !== b && !x.inverted && !x.bracket && x.verbEnd <= b.subjStart && NESTED_REPORT_GAP.test(text.slice(x.verbEnd, b.subjStart)));
    if (!a || a.speakers.length !== 1 || b.speakers.length !== 1) continue;
    const outer = a.speakers[0]!;
    const inner = b.speakers[0]!;
    // ("The army reiterated that it holds the terrorists responsible": the speaker's own verb after "that" is the one act)
    if (inner === outer) {
      framing.add(a);
      continue;
    }
    if (!bodiesOf(outer, d).includes(inner)) continue;
    b.speakers = [outer];
    b.speakingFor = inner;
    b.subjStart = a.subjStart;
    framing.add(a);
  }
  // (another speaker in the same clause: "…, according to state TV; the Observatory says …" gives each semicolon clause its own)
  const clauseOf = (a: Attribution): number => (text.slice(s.start, a.verbStart).match(/;/g) ?? []).length;
  const others = (a: Attribution): boolean => out.some((b) => b !== a && b.speakers.some((x) => !isMedia(x)) && clauseOf(b) === clauseOf(a));
  return out.filter((a) => {
    if (framing.has(a)) return false;
    if (!a.speakers.every(isMedia)) return true;
    const hasOther = others(a);
    // (a media outlet's own toll verb, "state media gave a lower toll, and the monitor put it at five", is its own statement)
    if (hasOther && !/toll/.test(a.verb) && !a.bracket) return false;
    if (a.relayOnly && hasOther) return false;
    return true;
  });
}

/** Between a speech verb and the subject of a report that is itself an attribution: "said (on Monday) (that) |Moscow …". */
const NESTED_REPORT_GAP = /^\s*(?:on\s+\w+day\s+)?(?:that\s+)?(?:the\s+)?$/i;

/** The bodies `slug` belongs to, nearest first: a person's organisation, a ministry's state. */
function bodiesOf(slug: string, d: Discourse): string[] {
  // (a person the text introduced has the body it named; a body's own chain is the alias table's)
  const first = ACTORS.get(slug)?.partOf ?? d.persons.get(slug)?.partOf;
  return first ? [first, ...ancestorsOf(first)] : [];
}

/** `text` without its trailing spaces and punctuation (a loop: /[\s.,;:"”]+$/ is tried at every position of a long run). */
function trimClauseEnd(text: string): string {
  let end = text.length;
  while (end > 0 && /[\s.,;:"”]/.test(text[end - 1]!)) end--;
  return text.slice(0, end);
}

/**
 * Where ", and that …" opens a second complement in `content` (from its comma or spaces to the words after "that"). Found from
 * "and that" back, not by /,?\s+and\s+that\s+/, whose leading run is retried from every space of a long run.
 */
function secondThat(content: string): { index: number; end: number } | null {
  const m = /(?<=\s)and\s+that\s+/i.exec(content);
  if (!m) return null;
  let at = m.index;
  while (at > 0 && /\s/.test(content[at - 1]!)) at--;
  return { index: at > 0 && content[at - 1] === ',' ? at - 1 : at, end: m.index + m[0].length };
}

/** A citation's end before the relay's speech verb: "…, citing the Observatory[, a monitor based in Britain], (have) blamed". */
const CITATION_CLOSES = /^[^.;:"“”]{0,80}?,\s*(?:(?:have|has|had)\s+)?(?:also\s+)?$/;
/** What opens a relay before its ", citing": a noun phrase and its comma ("Turkish media,", "Western media outlets,"). */
const RELAYING_SUBJECT = /^\W*(?:[A-Za-z][\w'’-]*\s+){0,3}(?:media|outlets|news\s+sites|sites|websites|channels|press|newspapers|papers|agencies|reports|broadcasters|television|TV)\s*,\s*$/i;

/** ", whose volunteers in the town" right before a speech verb: the people of the organisation named before the comma. */
const WHOSE_PEOPLE = /,\s*whose\s+(?:[\w-]+\s+){0,2}?(?:volunteers|staff|teams?|members|doctors|medics|paramedics|workers|crews|officials|monitors|activists|researchers|investigators|correspondents?|reporters?)\b[^,.;:"“”]{0,30}$/i;

/** Lower-case alias → actor slug, for elliptical coordinations ("Russian and Syrian air forces"). */
const ALIAS_SLUG = new Map<string, string>();
for (const a of ACTORS.values()) for (const al of a.aliases) if (!ALIAS_SLUG.has(al.toLowerCase())) ALIAS_SLUG.set(al.toLowerCase(), a.slug);
const NATIONALITY = /\b(Russian|Syrian|Turkish|Iranian|American|British|French|Israeli|regime|government)\s*(?:and|or|,)\s+$/;

/**
 * The sentence with elliptical coordinations expanded: in "Russian and Syrian government forces" the
 * shared head gives a second actor ("Russian government forces", else "Russian forces").
 */
function withElliptic(doc: Doc, s: SentenceInfo): SentenceInfo {
  const extra: SentenceInfo['mentions'] = [];
  for (const m of s.mentions) {
    if (m.type !== 'actor') continue;
    const words = m.surface.split(/\s+/);
    if (words.length < 2 || !/^[A-Z]/.test(words[0] ?? '')) continue;
    const nm = NATIONALITY.exec(doc.folded.slice(Math.max(s.start, m.start - 20), m.start));
    if (!nm || !nm[1]) continue;
    const rest = words.slice(1);
    const slug = ALIAS_SLUG.get(`${nm[1]} ${rest.join(' ')}`.toLowerCase()) ?? ALIAS_SLUG.get(`${nm[1]} ${rest[rest.length - 1]}`.toLowerCase());
    if (!slug || slug === m.slug) continue;
    const start = m.start - (doc.folded.slice(0, m.start).length - doc.folded.slice(0, m.start).lastIndexOf(nm[1]));
    extra.push({ start, end: m.end, surface: `${nm[1]} ${rest.join(' ')}`, type: 'actor', slug });
  }
  if (extra.length === 0) return s;
  return { ...s, mentions: [...s.mentions, ...extra].sort((a, b) => a.start - b.start || b.end - a.end) };
}

/** An actor alias that names an attack ("regime air strike", "Russian shelling"). */
const ATTACK_NOUN_END = /(?:air ?strikes?|airstrikes?|raids?|drone strikes?|shelling|bombardment|bombing|rocket fire|artillery fire|\bfire)$/i;

/** Actors the content names as carrying out an attack, including quoted and located subjects. */
/** An embedded report by an unnamed source (", which monitors said were Russian jets,") names nobody for the speaker. */
const GENERIC_EMBED = /,\s*which\s+(?:monitors|activists|witnesses|residents|rescuers|sources|officials|observers)\s+(?:said|say|says|believed|believe)\b[^,]*,/gi;
/** Content that leaves the attacker open: "it was not clear whether the jets were Russian", "could not say who". */
const ATTACKER_OPEN = /\b(?:(?:(?:is|was|remains|remained)\s+(?:not\s+|still\s+)?(?:unclear|not\s+clear|not\s+known|unknown)|(?:could|can|did)\s*not\s+(?:determine|establish|confirm|verify|identify|say|tell|ascertain))\s+(?:whether|who|which|if))\b/i;
const BEHIND_ATTACK = /^\s+(?:was|were|is|are|had\s+been|has\s+been)\s+(?:also\s+)?behind\s+(?:the|this|that|these|those|both|all|every|each|a|an)\s+(?:[\w-]+\s+)?(?:attacks?|strikes?|air ?strikes?|shelling|bombings?|bombardment|raids?|killings?|massacres?|explosions?|blasts?)\b/i;
const PRESENT_ATTACK_AFTER = /^\s*(?:only\s+|also\s+|now\s+|still\s+)?(?:targets|strikes|bombs|hits|attacks|shells|carries out|conducts|operates|flies)\b/;
/** An actor's name that is an adjective ("Russian", "militant", "regime"): a plural after it is a noun. */
const ADJECTIVAL_NAME = /(?:ian|ish|ese|i|militant|terrorist|rebel|jihadist|insurgent|regime|government|opposition|air|aerial|drone|artillery)$/i;

function contentAgents(doc: Doc, s: SentenceInfo, from: number, to: number): string[] {
  if (ATTACKER_OPEN.test(doc.folded.slice(from, to))) return [];
  const masked: Array<[number, number]> = [];
  GENERIC_EMBED.lastIndex = 0;
  for (let m = GENERIC_EMBED.exec(s.folded); m; m = GENERIC_EMBED.exec(s.folded)) masked.push([s.start + m.index, s.start + m.index + m[0].length]);
  if (masked.length > 0) s = { ...s, mentions: s.mentions.filter((m) => !masked.some(([a, b]) => m.start >= a && m.end <= b)) };
  // The owner of a jet that "was shot down" is its victim, not an attacker.
  const victim = (slug: string): boolean =>
    s.mentions.some(
      (m) =>
        m.slug === slug &&
        m.start >= from &&
        m.end <= to &&
        // "a regime helicopter was shot down", "had downed a regime helicopter": the aircraft's owner lost it.
        (/^(?:\s+[a-z-]+){0,2}\s+(?:was|were|had been|has been)\s+(?:shot down|downed|hit|struck|killed|targeted|attacked|lost)\b/.test(doc.folded.slice(m.end, m.end + 50)) ||
          /\b(?:shot down|downed|downing|brought down|intercepted)\s+(?:an?\s+|the\s+|two\s+|three\s+)?"?$/i.test(doc.folded.slice(Math.max(from, m.start - 30), m.start))),
    );
  // "Syrian helicopters, not Russian jets, dropped the bombs": the actor set aside is not the one acting.
  const negated = (slug: string): boolean => s.mentions.some((m) => m.slug === slug && m.start >= from && m.end <= to && /,\s*not\s+(?:the\s+)?$/i.test(doc.folded.slice(Math.max(from, m.start - 12), m.start)));
  const out = agentsIn(doc, s, from, to).filter((x) => !victim(x) && !negated(x));
  for (const m of s.mentions) {
    if (m.type !== 'actor' || m.start < from || m.end > to || out.includes(m.slug) || negated(m.slug)) continue;
    const k = ACTORS.get(m.slug)?.kind;
    if (!k || !ATTACKER_KINDS.has(k)) continue;
    const after = doc.folded.slice(m.end, Math.min(to, m.end + 70));
    const before = doc.folded.slice(Math.max(from, m.start - 30), m.start);
    // The attack named by the actor's own noun ("Monday's regime air strike on a convoy", "Russian shelling killed …").
    if (ATTACK_NOUN_END.test(m.surface) && !/^\s+(?:was|were|had been|has been)\s+(?:intercepted|shot down|repelled)\b/i.test(doc.folded.slice(m.end, m.end + 30))) {
      out.push(m.slug);
      continue;
    }
    // ("It was a Russian Sukhoi": a cleft naming the force)
    // ("fired from positions held by X", "an offensive initiated by X": the holder of the launch site, the one who began it)
    // ("carried out by fighters of X": the fighters' group; "came under regime fire", "responded to fire from X": who fired;
    // "fired by "terrorist groups"": in the speaker's own quoted words)
    if (/^\s+(?:(?:artillery|rocket|mortar|tank)\s+)?(?:fire|shelling|bombardment)\b/i.test(after) && /\bunder\s+(?:(?:heavy|intense|renewed|sustained|direct)\s+)?$/i.test(before)) {
      out.push(m.slug);
      continue;
    }
    if (/\b(?:fire|shelling|shells|rockets|mortars?|attacks?)\s+from\s+["“]?(?:the\s+)?$/i.test(before)) {
      out.push(m.slug);
      continue;
    }
    if (/(?:\b(?:captured|seized|downed|shot down|fired|carried out|launched|hit|struck|killed|targeted|bombed|shelled|operated|claimed|initiated|instigated|orchestrated|masterminded)\s+by(?:\s+(?:fighters|members|militants|elements|units|gunmen)\s+(?:of|from|loyal\s+to))?|\bfrom\s+(?:(?:the|their|its)\s+)?(?:positions?|areas?|territory|zones?)\s+(?:held|controlled)\s+by|\bfrom\s+(?:the\s+)?positions\s+of|\bblamed\s+on|(?:^|[^\w'-])(?:it|this|that)\s+(?:was|were))\s+(?:the\s+|an?\s+)?["“]?$/i.test(before)) {
      out.push(m.slug);
      continue;
    }
    // "Hayat Tahrir al-Sham was behind the attack": the one behind it acted (a party's charge; a monitor's claim).
    if (BEHIND_ATTACK.test(after)) {
      out.push(m.slug);
      continue;
    }
    // A table row's last cell names the party: "Kansafra - Tue 12 Oct - 7 killed - 12 injured - Russian forces (air strike)".
    if (/\s[-—\x97–\x96|]\s+(?:the\s+)?$/i.test(before) && /^\s*(?:\([^()]{1,40}\))?\s*[.;]?\s*$/.test(after) && TABLE_ROW.test(s.folded)) {
      out.push(m.slug);
      continue;
    }
    // "attributed the raid to Russian warplanes": the verb itself may open the content.
    if (/\battribut(?:ed|es|ing|e)\s+(?:(?:it|this|that|them|the\s+[\w-]+(?:\s+[\w-]+)?)\s+)?to\s+"?(?:the\s+|an?\s+)?$/i.test(doc.folded.slice(Math.max(s.start, m.start - 45), m.start)) || /\battributed\s+by\s+[^.;]{1,70}?\s+to\s+"?(?:the\s+|an?\s+)?$/i.test(doc.folded.slice(Math.max(s.start, m.start - 110), m.start))) {
      out.push(m.slug);
      continue;
    }
    if (/^\s*"?\s*(?:,\s*not\s+[^,;]{1,40},\s*)?(?:(?:(?:based|positioned|stationed|deployed|entrenched)\s+)?(?:in|at|near)\s+(?:the\s+)?[A-Z][\w'-]*(?:\s+(?:[A-Z][\w'-]*|air base|base|airport|province|countryside))*\s+){0,2}(?:(?:air\s+defen[cs]es?|air\s+force|units?|forces|troops|aircraft|jets|warplanes|artillery|batteries|gunners|drones?)\s+)?(?:have\s+|has\s+|had\s+)?(?:also\s+|instead\s+|only\s+)?(?:(?:did|do|does|had|has|have)\s+not\s+|never\s+)?"?(?:immediately\s+)?"?\s*(?:retaliated|responded|returned fire|returned|fired|shelled|struck|strike|bombed|bomb|launched|hit|killed|attacked|dropped|targeted|target|carried out|carry out|conducted|conduct|pounded|shot down|downed|operated|operate|flown|fly|delivered|deliver)\b/.test(after)) out.push(m.slug);
    // "the army targets only terrorists": a present-tense verb after a force named by a noun (after "militant" or "Russian",
    // "targets" and "strikes" are nouns: "militant targets").
    else if (PRESENT_ATTACK_AFTER.test(after) && !ADJECTIVAL_NAME.test(m.surface)) out.push(m.slug);
  }
  // "the planes were Syrian": aircraft named by their nationality after the fact belong to that state's military.
  if (/\b(?:were|was)\s+(?:[a-z]+\s+){0,4}?(?:Russian|Syrian|Turkish)\b/.test(s.folded)) {
    const nat = AIRCRAFT_NATIONALITY.exec(doc.folded.slice(from, to));
    const state = nat ? NATIONALITY_STATE[nat[1] ?? ''] : undefined;
    const arm = state ? ACTORS.get(state)?.arm : undefined;
    if (arm && !out.includes(arm)) out.push(arm);
  }
  return out;
}

/** "the planes were Russian", "the jets that struck were Syrian", "the warplanes involved were believed to be Russian". */
const AIRCRAFT_NATIONALITY = /\b(?:planes?|jets?|warplanes?|aircraft|helicopters?|bombers?)\s+(?:that\s+[a-z]+\s+(?:[a-z]+\s+)?|(?:involved|used|responsible)\s+)?(?:were|was)\s+(?:all\s+|both\s+|clearly\s+|(?:most\s+|very\s+)?(?:likely|probably)\s+|almost\s+certainly\s+|(?:believed|thought|said|assessed|understood|reported)\s+to\s+(?:be|have\s+been)\s+)?(Russian|Syrian|Turkish)\b(?!\s+(?:and|or)\b)/;

/**
 * The actor of `first` and of the items coordinated with it right after ("Russia, Iran and the regime",
 * "France, the United Kingdom and the United States"); `items` in text order, `slugOf` resolves each, `sep` is what may
 * stand between two of them.
 */
function coordinated<T extends { start: number; end: number }>(text: string, first: T, firstSlug: string, items: readonly T[], slugOf: (x: T) => string | null, sep: RegExp = JOINT_SEP): string[] {
  const out = [firstSlug];
  let prev = first.end;
  for (const x of items) {
    if (x.start < prev) continue;
    if (!sep.test(text.slice(prev, x.start))) break;
    const slug = slugOf(x);
    if (slug && !out.includes(slug)) out.push(slug);
    prev = x.end;
  }
  return out;
}

/** An actor mention and those coordinated with it right after ("Russia, Iran and the regime"). */
function coordinatedWith(doc: Doc, s: SentenceInfo, first: { slug: string; start: number; end: number }, sep: RegExp = JOINT_SEP): string[] {
  return coordinated(doc.folded, first, first.slug, s.mentions.filter((m) => m.type === 'actor'), (m) => m.slug, sep);
}
/** Between attackers or ones blamed, coordinated: ", ", " and ", ", and ", then "the" or "its" ("by the regime and its allies"). */
const ATTACKERS_SEP = /^\s*(?:,|and|,\s*and)\s*(?:the\s+|its\s+)?$/i;

/** What may open a claim's content before its subject: "on Tuesday", "at the weekend", "that". */
const CLAIM_LEAD = String.raw`^\s*(?:(?:(?:late|early)\s+)?on\s+\w+day\s+|at\s+the\s+weekend\s+)?(?:that\s+)?`;
/** "its forces had …", "its aircraft struck …": the speaker's own forces open the content. */
const OWN_FORCES_LEAD = new RegExp(String.raw`${CLAIM_LEAD}its\s+(?:forces|troops|units|aircraft|jets|warplanes|planes|pilots|air\s+force|air\s+defen[cs]es?(?:\s+systems)?)\b`, 'i');
/** "it struck an arms depot": the speaker's own strike opens the content. */
const IT_STRUCK_LEAD = new RegExp(String.raw`${CLAIM_LEAD}it\s+(?:had\s+|has\s+)?(?:struck|hit|bombed|shelled|targeted|destroyed)\b`, 'i');

/** "was not targeted", "were never hit": a passive denial of an attack. */
const NOT_HIT = /\b(?:was|were|had\s+been|has\s+been|have\s+been)\s+(?:not|never)\s+(?:been\s+)?(?:targeted|hit|struck|bombed|shelled|attacked)\b/i;

/** What a denial with no overt agent denies of the speaker itself: an act ("involvement", "targeting civilians"), not a state of things ("that any civilians had been in the market"). */
/** Between "blamed" and the one blamed: the act, then "on" ("| the shelling on |", "| Monday's deadly attack on the |"). */
const BLAMED_ACT_ON = /^\s*(?:the|this|that|these|those|its|their|[\w'’-]+['’]s)\s+(?:[\w-]+\s+){0,4}?on\s+(?:the\s+)?"?$/i;
/** An adjunct between a speech verb and its "that": "| in a statement |that", "| on Wednesday |that". */
const ADJUNCT_BEFORE_THAT = /^\s*,?\s*(?:in\s+an?\s+(?:[\w-]+\s+){0,2}?(?:statement|briefing|communiqu[eé]|post)|(?:late\s+)?on\s+\w+day(?:\s+(?:morning|afternoon|evening|night))?|later|also|again)\s*,?\s*(?=that\b)/i;
/** Before a party to an agreement: "the truce that (Ankara and) |", "the deal agreed between (Ankara and) |". */
const DEAL_PARTY_BEFORE = /\b(?:truce|ceasefire|cease-fire|deal|agreement|memorandum|accord|protocol)\s+(?:(?:that|which)|(?:agreed|brokered|signed|reached|sponsored)\s+(?:by|between))\s+(?:the\s+)?(?:[\w-]+\s+(?:and|&)\s+(?:the\s+)?)?$/i;
const DENIED_ACT = /\b(?:involv\w*|role|responsib\w*|part|participat\w*|target\w*|strik\w*|struck|hit\w*|bomb\w*|shell\w*|attack\w*|raid\w*|carr(?:y|ied|ying|ies)\s+out|conduct\w*|kill\w*|fir(?:e|ed|ing)|launch\w*|dropp?\w*|fl(?:y|ew|own|ying)|us(?:e|ed|ing)|deploy\w*|operat\w*|sorties?|missions?|operations?|behind|culpab\w*|guilt\w*|blame\w*|accusations?|allegations?|charges?|wrongdoing|complicit\w*|caus\w*)\b/i;

function stanceOf(verb: string, content0: string, speaker: string, doc: Doc, s0: SentenceInfo, from: number, to0: number, d: Discourse): { stance: Stance; targets: string[] } {
  // "…, without blaming either side": a stance the speaker did not take.
  const without = content0.includes('without') ? WITHOUT_STANCE_TAIL.exec(content0) : null;
  let content = without ? content0.slice(0, without.index) : content0;
  const to = without ? to0 - (content0.length - without.index) : to0;
  const s = withElliptic(doc, s0);
  const objAfter = (): string[] => {
    // Actors right after the verb: "urged Russia and Turkey", "blamed Russia and the Syrian regime".
    const out: string[] = [];
    let cursor = -1;
    let vEnd = from;
    // "told the council that Ankara was arming …": the audience of "told" is not the object of the content.
    if (/^(?:told|tells|tell)$/i.test(verb)) {
      const audience = s.mentions.find((m) => m.type === 'actor' && m.start >= from && /^\s*(?:the\s+)?$/i.test(doc.folded.slice(from, m.start)));
      if (audience) vEnd = audience.end;
    }
    for (const m of s.mentions) {
      if (m.type !== 'actor' || m.start < vEnd) continue;
      // The second half of an elliptical coordination shares the first one's head.
      if (cursor >= 0 && m.start < cursor && m.end === cursor) {
        if (!out.includes(m.slug)) out.push(m.slug);
        continue;
      }
      const gap = doc.folded.slice(cursor < 0 ? vEnd : cursor, m.start);
      if (cursor < 0 ? !/^\s*(?:on|for|upon)?\s*(?:that\s+)?(?:both\s+|either\s+)?(?:to\s+(?:drive|push|force|stop|halt)\s+)?(?:what\s+(?:it|they|he|she)\s+(?:called|termed|described as)\s+)?(?:the\s+|all\s+|(?:its|their|our)\s+|"?all\s+(?:the\s+)?(?:parties|sides)(?:\s+to\s+the\s+(?:conflict|ceasefire))?,?\s+(?:especially|particularly|notably|in\s+particular|including)\s+(?:the\s+)?|")?(?:(?:fighters|members|militants|elements|units|forces|provocateurs|agents|operatives|cells|gunmen|supporters|sympathi[sz]ers|mercenaries|proxies)\s+(?:of|from)\s+(?:the\s+)?)?"?(?:the\s+)?$/i.test(gap) : !/^\s*"?\s*(?:,|and|,\s*and)\s*(?:the\s+|its\s+|their\s+)?"?$/i.test(gap)) break;
      // A generic noun identified by the named group after it ("\"terrorists\" of Hayat Tahrir al-Sham"): the group.
      const named = ACTORS.get(m.slug)?.kind === ActorKind.ARMED_GROUP ? s.mentions.find((x) => x.type === 'actor' && x.start > m.end && x.slug !== m.slug && ACTORS.get(x.slug)?.kind === ActorKind.ARMED_GROUP && /^"?\s+(?:of|from)\s+(?:the\s+)?$/i.test(doc.folded.slice(m.end, x.start))) : undefined;
      if (named && GENERIC_FIGHTERS.test(m.surface)) {
        if (!out.includes(named.slug)) out.push(named.slug);
        cursor = named.end;
        continue;
      }
      if (!out.includes(m.slug)) out.push(m.slug);
      cursor = m.end;
    }
    // The attackers of the attack condemned ("the indiscriminate air strikes by the Syrian regime and Russia"), or a state by its
    // adjective ("what it called \"the Turkish aggression\"").
    if (out.length === 0) {
      // An actor and the ones coordinated right after it ("the Syrian regime and Russia", "Russia, Iran and the regime").
      const withCoordinated = (first: Mention | undefined): void => {
        if (first) out.push(...coordinatedWith(doc, s, first, ATTACKERS_SEP));
      };
      const head = doc.folded.slice(from, Math.min(to, from + 120));
      const by = ATTACK_BY_OBJECT.exec(head);
      if (by) {
        const at = from + by[0].length;
        withCoordinated(s.mentions.find((m) => m.type === 'actor' && m.start === at));
      }
      // "blamed the shelling on government forces", "blamed Monday's attack on Russia and the regime": the one after "on".
      const on = out.length === 0 && /^blam/i.test(verb) ? s.mentions.find((m) => m.type === 'actor' && m.start >= from && m.start < to && BLAMED_ACT_ON.test(doc.folded.slice(from, m.start))) : undefined;
      withCoordinated(on);
      const adj = ADJECTIVE_ATTACK_OBJECT.exec(head);
      const state = adj?.[1] ? NATIONALITY_STATE[adj[1]] : undefined;
      if (out.length === 0 && state && ACTORS.has(state)) out.push(state);
    }
    // A possessive object the alias table does not match as a mention ("criticised the council's inaction").
    if (out.length === 0) {
      const pm = /^\s*((?:the\s+)?[\w.'-]+(?:\s+[\w.'-]+){0,3}?)'s\s/i.exec(doc.folded.slice(from, Math.min(to, from + 60)));
      const slug = pm?.[1] ? (ALIAS_SLUG.get(pm[1].toLowerCase()) ?? ALIAS_SLUG.get(pm[1].toLowerCase().replace(/^the\s+/, ''))) : undefined;
      if (slug) out.push(slug);
    }
    return out;
  };
  const v = verb.toLowerCase();
  let side = sideOf(speaker, undefined) !== 'neutral' ? sideOf(speaker) : sideOfPerson(speaker, d);
  // An authority body unknown to the alias table that calls its adversaries "terrorist organizations" in its own words speaks for the government.
  if (side === 'neutral' && d.persons.get(speaker)?.kind && /\bterrorist(?:s|\s+(?:organi[sz]ations?|groups?|factions?))\b/i.test(content.replace(/"[^"]*"/g, ' '))) side = 'gov';
  const allAgents = contentAgents(doc, s, from, to);
  const agents = allAgents.filter((a) => a !== speaker);
  const party = side === 'gov' || side === 'opp';
  // An actor in the content on the other side from the speaker's, not a party to the deal an attack broke ("violated the
  // truce that Ankara and Moscow agreed").
  const adversaryIn = (m: Mention): boolean =>
    m.type === 'actor' && m.start >= from && m.end <= to && sideOf(m.slug) !== 'neutral' && sideOf(m.slug) !== side && m.slug !== speaker && !DEAL_PARTY_BEFORE.test(doc.folded.slice(Math.max(from, m.start - 60), m.start));
  const expectCall = EXPECT_CALL.exec(content);
  if (expectCall && !DENY_VERB.test(v)) {
    const at = from + expectCall.index + expectCall[0].indexOf(expectCall[1] ?? '');
    const who = s.mentions.find((m) => m.type === 'actor' && m.start >= at && m.start <= at + 4);
    return { stance: Stance.CALL, targets: who ? [who.slug] : [] };
  }
  // A threat is a call when it has an addressee ("threatened to drive Syrian forces back", "… if they do not withdraw");
  // a bare one ("had threatened to veto") states the speaker's own intention.
  // ("threatened to hit government-held areas if the bombardment continues": a condition that asks nothing of anyone)
  const bareThreat = /^threat/.test(v) && !DEMANDING_CONDITION.test(content) && !s.mentions.some((m) => m.type === 'actor' && m.start >= from && m.end <= to);
  // "Russia had threatened to veto": the threatened act is the speaker's own.
  if (bareThreat && /^\s*to\s+[a-z]+\W*$|^\s*to\s+[a-z]+\s+(?:the|a|an|any|it|its|[a-z]+-held)\b/.test(content)) return { stance: Stance.CLAIM, targets: [speaker] };
  // (a transcribed answer in the speaker's own words: "I would urge every member of the council to …")
  // (or quoted: "\"… and we call on all of them to respect the ceasefire,\" she said")
  const ownCall = /^(?:said|says|told|added|read|reads|stated)$/.test(v) && FIRST_PERSON_CALL.test(content);
  if ((CALL_VERB.test(v) && !bareThreat) || (CALL_CUE.test(content) && !DENY_VERB.test(v)) || ownCall) {
    // "reiterated Ankara's demand that Moscow … rein in the regime": the subject of the that-clause is the addressee, not the demand's owner.
    const demandThat = /\bdemand(?:s|ed|ing)?\s+that\s+/i.exec(content);
    if (demandThat) {
      const at = from + demandThat.index + demandThat[0].length;
      // (the alias may hold the article: "the Security Council")
      const who = s.mentions.find((m) => m.type === 'actor' && m.start >= at && /^(?:the\s+)?$/i.test(doc.folded.slice(at, m.start)));
      if (who) return { stance: Stance.CALL, targets: [who.slug] };
    }
    // "called for Russia to halt …": the addressee is the subject of the infinitive.
    if (/^(?:called for|calls for|calling for|call for|appeal(?:ed|s|ing)? for|pressed|presses|pressing)$/.test(v)) {
      const obj = objAfter();
      return { stance: Stance.CALL, targets: obj.length > 0 && /^\s*(?:(?:both|either)\s+)?(?:the\s+)?[A-Z][^,;:]{0,60}?\s+to\s+[a-z]/.test(content) ? obj : [] };
    }
    // "I would urge every member of the council to …": the addressee after the speaker's own call verb.
    const own = ownCall ? FIRST_PERSON_CALL.exec(content) : null;
    if (own) {
      const at = from + own.index + own[0].length;
      // (an alias may hold the article the call's pattern took: "appeal to the Security Council")
      const who = s.mentions.find((m) => m.type === 'actor' && (m.start >= at ? /^(?:the\s+|(?:our|its|their)\s+)?$/i.test(doc.folded.slice(at, m.start)) : m.end > at && /^the\s+$/i.test(doc.folded.slice(m.start, at))));
      // "We appeal to the United Nations and the World Health Organization to …": every addressee of the coordination.
      if (who) return { stance: Stance.CALL, targets: coordinatedWith(doc, s, who) };
    }
    const obj = objAfter();
    // "violations of the ceasefire by the regime must end": the one whose acts must stop is addressed.
    const mustEnd = obj.length === 0 ? /\bmust\s+(?:end|stop|cease|be\s+(?:halted|stopped|ended))\b/i.exec(content) : null;
    if (mustEnd) {
      const at = from + mustEnd.index;
      const by = s.mentions.find((m) => m.type === 'actor' && m.start >= from && m.end <= at && m.slug !== speaker && /\bby\s+"?(?:the\s+)?$/i.test(doc.folded.slice(Math.max(from, m.start - 12), m.start)));
      if (by) return { stance: Stance.CALL, targets: [by.slug] };
    }
    // "calls on the guarantors of the Astana arrangements — Russia, Turkey and Iran — to …": the addressees named in the aside.
    if (obj.length === 0) {
      const aside = NAMED_IN_ASIDE.exec(content);
      if (aside) {
        const a0 = from + aside[0].length;
        const close = /\s*(?:[—\x97–\x96)]|\s-\s)/.exec(content.slice(aside[0].length));
        const a1 = close ? a0 + close.index : to;
        const named = [...new Set(s.mentions.filter((m) => m.type === 'actor' && m.start >= a0 && m.end <= a1 && m.slug !== speaker).map((m) => m.slug))];
        if (named.length > 0 && /^[\s,]*(?:and\s+)?$/.test(doc.folded.slice(a0, a1).replace(/(?:the\s+)?[A-Z][\w'.-]*(?:\s+[A-Z][\w'.-]*)*/g, ''))) return { stance: Stance.CALL, targets: named };
      }
    }
    // "condemned "the air strikes by the Syrian regime and Russia" and urged them to halt the offensive": "them" are the
    // parties the sentence named before the call.
    if (obj.length === 0 && /^\s*them\s+to\s+[a-z]/i.test(content)) {
      const named = [...new Set(s.mentions.filter((m) => m.type === 'actor' && m.end <= from && m.slug !== speaker && ATTACKER_KINDS.has(kindOfSlug(m.slug, d) ?? ActorKind.OTHER)).map((m) => m.slug))];
      if (named.length >= 2) return { stance: Stance.CALL, targets: named };
    }
    // "Ankara had raised the strikes with Moscow and urged it to rein in Damascus": "it" is the one actor the sentence named
    // last before the call, other than the speaker.
    if (obj.length === 0 && /^\s*it\s+to\s+[a-z]/i.test(content)) {
      const last = s.mentions.filter((m) => m.type === 'actor' && m.end <= from && m.slug !== speaker && !ancestorsOf(speaker).includes(m.slug)).pop();
      if (last && !/s$/.test(last.surface)) return { stance: Stance.CALL, targets: [last.slug] };
    }
    // "added: “Russia, as a guarantor of the ceasefire, must rein in the regime”": the subject of the modal opening the words is addressed.
    if (obj.length === 0) {
      const subject = s.mentions.find((m) => m.type === 'actor' && m.start >= from && m.end <= to && m.slug !== speaker && /^[\s:,"“”]*(?:the\s+)?$/i.test(doc.folded.slice(from, m.start)) && MODAL_AFTER_SUBJECT.test(doc.folded.slice(m.end, to)));
      if (subject) return { stance: Stance.CALL, targets: [subject.slug] };
    }
    return { stance: Stance.CALL, targets: obj };
  }
  if (ACCUSE_VERB.test(v)) {
    // "held 'the criminal regime and its backers' fully responsible": every actor named between the verb and "responsible".
    if (/^(?:held|holds|holding|hold)$/.test(v)) {
      const span = /^\s*((?:"?[\w'.-]+"?\s+){1,10}?)(?:(?:fully|solely|entirely|directly)\s+)?(?:responsible|accountable|to account|culpable)\b/i.exec(content);
      const who = span ? [...new Set(s.mentions.filter((m) => m.type === 'actor' && m.start >= from && m.end <= from + (span[0].length) && m.slug !== speaker).map((m) => m.slug))] : [];
      // "… responsible for 31 of the deaths and Russian forces for seven": a second party held responsible for its share.
      if (span && who.length > 0) {
        const share = /^\s+for\s+[^,;.]{1,80}?\s+and\s+(?:the\s+)?$/i;
        const also = s.mentions.find((m) => m.type === 'actor' && m.start > from + span[0].length && m.end <= to && m.slug !== speaker && share.test(doc.folded.slice(from + span[0].length, m.start)) && /^\s+for\b/i.test(doc.folded.slice(m.end, m.end + 5)));
        if (also && !who.includes(also.slug)) who.push(also.slug);
      }
      if (who.length > 0) return { stance: Stance.ACCUSATION, targets: who };
    }
    const obj = objAfter();
    if (obj.length > 0) return { stance: Stance.ACCUSATION, targets: obj };
    // "a group which Moscow has long accused of …": the antecedent of the relative clause.
    const rel = /([^,;]*?)\s*,?\s*(?:a|an|the)?\s*(?:\w+\s+)?(?:which|whom|who)\s+[^,;]*$/i.exec(doc.folded.slice(s.start, from));
    if (rel) {
      const relEnd = s.start + rel.index + (rel[1]?.length ?? 0);
      const ante = s.mentions.filter((m) => m.type === 'actor' && m.end <= relEnd + 1 && m.slug !== speaker).pop();
      if (ante && relEnd - ante.end < 25) return { stance: Stance.ACCUSATION, targets: [ante.slug] };
    }
    return { stance: Stance.ACCUSATION, targets: agents.slice(0, 1) };
  }
  // "the so-called White Helmets were preparing staged videos": the one who fakes is accused; nothing is denied.
  const faker = !DENY_VERB.test(v) ? s.mentions.find((m) => m.type === 'actor' && m.start >= from && m.end <= to && m.slug !== speaker && FAKER_AFTER.test(doc.folded.slice(m.end, m.end + 60))) : undefined;
  if (faker) return { stance: Stance.ACCUSATION, targets: [faker.slug] };
  // "described such reports as 'information attacks'", "called the reports of a strike on a market 'another information
  // attack'": naming the reports is dismissing them.
  const namesReports = DESCRIBE_VERB.test(v) && /^\s*(?:the|such|these|those|this|that|all|any|western|media)\s+(?:[\w-]+\s+)?(?:reports?|claims?|allegations?|accusations?|accounts?|footage|videos?|images)\s+(?:(?:of|about|on|from)\s+[^"“,;]{1,60}?\s+)?(?:as\s+)?["“]/i.test(content);
  // A party's "the post was not targeted at any time" denies the act; a neutral source's "the hospital itself was not hit" does not.
  const partyDenial = party && NOT_HIT.test(content);
  if (DENY_VERB.test(v) || DENY_CUE.test(content) || namesReports || partyDenial) {
    let targets = agents;
    // "Russia's military said Russian aircraft had carried out no missions": the speaker's own act is denied.
    if (targets.length === 0 && allAgents.includes(speaker)) targets = [speaker];
    // "…confirmed that Russian jets were providing air support, but said they were not hitting civilians": "they" is the force just named.
    if (targets.length === 0 && /^\s*(?:that\s+)?(?:they|it)\s+(?:(?:were|was|are|is|had|have|has|did|do|does)\s+)?(?:not|never)\b/i.test(content)) {
      // Number agreement: "it" is not "the terrorists" or "Russian jets".
      const singular = /^\s*(?:that\s+)?it\b/i.test(content);
      const forces = s.mentions.filter((m) => m.type === 'actor' && m.start >= s.start && m.end <= from && m.slug !== speaker && isForce(m.slug) && !(singular && /[a-rt-z]s"?$/i.test(m.surface)));
      // The subject of the earlier clause ("Russian jets were providing …"), else the force named last.
      const ante = forces.filter((m) => /^\s+(?:were|was|are|is|had|have|has|would|could)\b/.test(doc.folded.slice(m.end, m.end + 12))).pop() ?? forces.pop();
      if (ante) targets = [ante.slug];
      // No force named before it: "it" / "they" is the speaker ("Russia says it has never targeted civilians").
      else if (party || ACTORS.get(speaker)?.kind === ActorKind.STATE) targets = [speaker];
    }
    // "denied that the army had used chemical weapons": the that-clause's subject acted, whatever the verb.
    if (targets.length === 0) {
      const lead = /^\s*(?:that\s+)?/i.exec(content)?.[0].length ?? 0;
      const subj = s.mentions.find((m) => m.type === 'actor' && m.slug !== speaker && m.start >= from + lead && m.start <= from + lead + 4 && /^(?:the\s+)?$/i.test(doc.folded.slice(from + lead, m.start)) && /^\s+(?:had|has|have|was|were|is|are|did|does|do)\b/i.test(doc.folded.slice(m.end, m.end + 8)));
      if (subj && isForce(subj.slug)) targets = [subj.slug];
    }
    // "no civilian sites were targeted": a passive denial whose implied agent is the speaker.
    if (targets.length === 0 && PASSIVE_DENIAL.test(content)) targets = [speaker];
    // "An HTS official said the group had "no connection" to the attack": an armed group's spokesman denying for it.
    const group = d.persons.get(speaker)?.partOf ?? speaker;
    if (targets.length === 0 && OWN_BODY_SUBJECT.test(content) && kindOfSlug(group, d) === ActorKind.ARMED_GROUP) targets = [group];
    if (targets.length === 0) {
      const arm = armOf(speaker, d);
      // ("The Russians have said their planes were not flying there": a plural name's "their")
      if (/\b(?:its|their)\s+(?:aircraft|planes|jets|warplanes|air ?strikes|airstrikes|air\s+force|forces|pilots|aviation|bombing|drones?|troops|artillery|soldiers|units)\b/i.test(content) && arm) targets = [arm];
      // No overt agent ("denied involvement", "denied that civilians had been targeted"): the speaker itself
      // ("denied any losses" denies a toll, not an act).
      else if (DENY_VERB.test(v) && DENIED_ACT.test(content) && !DENIED_LOSSES.test(content) && !/^\s*(?:as\s+\w+\s+)?(?:the|these|those|this|such|western|media)\b/i.test(content) && !/^\s*that\s+(?:report|claim|account|figure)s?\b/i.test(content) && !REPORT_OBJECT.test(content) && !REPORTED_LOSSES_OBJECT.test(content)) targets = [speaker];
    }
    return { stance: Stance.DENIAL, targets };
  }
  if (CONFIRM_VERB.test(v)) {
    // ("confirmed in a statement that its artillery had struck …", "confirmed on Wednesday that …": what follows "that")
    content = content.replace(ADJUNCT_BEFORE_THAT, '');
    // "confirmed that the army air defences shot down two drones launched by the terrorists": the clause's subject acted.
    // ("confirmed that "Syrian and Russian air forces" had carried out strikes": both forces of the coordination)
    const lead = s.mentions.find((m) => m.type === 'actor' && m.start >= from && m.end <= to && /^\s*(?:that\s+)?["“]?(?:the\s+)?$/i.test(doc.folded.slice(from, m.start).replace(ADJUNCT_BEFORE_THAT, '')));
    if (lead && allAgents.includes(lead.slug) && agents.length <= 2) {
      // (the other agent coordinated with it: inside an elliptical "Syrian and Russian air forces", or after "and")
      const joined = agents.length === 2 && agents.includes(lead.slug) && s.mentions.some((m) => m.type === 'actor' && m.slug !== lead.slug && agents.includes(m.slug) && m.start > lead.start && (m.start < lead.end || /^\s*(?:,|and|or)\s+(?:the\s+)?$/i.test(doc.folded.slice(lead.end, m.start))));
      return { stance: Stance.CONFIRMATION, targets: joined ? agents : [lead.slug] };
    }
    if (agents.length === 1) return { stance: Stance.CONFIRMATION, targets: agents };
    // "admitted its aircraft had struck the town": the speaker's military arm (a military speaker's own forces are itself).
    const arm = armOf(speaker, d) ?? (ACTORS.get(speaker)?.kind === ActorKind.MILITARY ? speaker : null);
    // ("acknowledged that its Su-24 bombers had struck the town")
    if (agents.length === 0 && arm && /^\s*(?:that\s+)?(?:its|their)\s+(?:(?:Su|MiG|L|Tu|Mi)-\d+\w*\s+|[a-z-]+\s+)?(?:aircraft|planes|jets|warplanes|bombers|helicopters|gunships|air ?strikes|airstrikes|forces|troops|pilots|aviation|artillery|units|drones?)\s+(?:had|has|have|were|was)?\s*(?:carried out|conducted|struck|hit|bombed|shelled|fired|launched|targeted|attacked|been involved|involved)\b/i.test(content)) return { stance: Stance.CONFIRMATION, targets: [arm] };
    // "confirmed it had carried out strikes": the speaker's own action.
    if (agents.length === 0 && /^\s*(?:that\s+)?(?:it|they)\s+(?:had|has|have)\s+(?:carried out|conducted|struck|launched|hit)\b/i.test(content)) return { stance: Stance.CONFIRMATION, targets: [speaker] };
    // "acknowledged carrying out the air strike": the speaker's own act, with no other agent.
    if (agents.length === 0 && /^\s*(?:having\s+)?(?:carrying out|carried out|conducting|launching|striking|bombing|shelling|firing|hitting|targeting)\b/i.test(content)) return { stance: Stance.CONFIRMATION, targets: [speaker] };
    return { stance: Stance.CONFIRMATION, targets: [] };
  }
  const held = /\b(?:hold|holds|held|holding)\s+((?:"?[\w'.-]+"?\s+){1,10}?)(?:(?:fully|solely|entirely|directly)\s+)?(?:responsible|accountable)\b/i.exec(content);
  if (held) {
    const at = from + held.index + held[0].indexOf(held[1] ?? '');
    const who = s.mentions.filter((m) => m.type === 'actor' && m.start >= at && m.end <= at + (held[1]?.length ?? 0) && m.slug !== speaker).map((m) => m.slug);
    // "… by Syrian regime forces and Russian aircraft, and we hold both responsible": the parties named before.
    if (who.length === 0 && /^(?:both|them|them\s+both|both\s+of\s+them|all\s+of\s+them)\s*$/i.test(held[1] ?? '')) {
      const named = s.mentions.filter((m) => m.type === 'actor' && m.end <= at && m.slug !== speaker && ATTACKER_KINDS.has(ACTORS.get(m.slug)?.kind as ActorKind)).map((m) => m.slug);
      return { stance: Stance.ACCUSATION, targets: [...new Set(named)] };
    }
    return { stance: Stance.ACCUSATION, targets: [...new Set(who)] };
  }
  // "a Russian aircraft deliberately or recklessly attacking a school": an attack named as intended or reckless accuses its agent.
  if (agents.length > 0 && DELIBERATE_ATTACK.test(content)) return { stance: Stance.ACCUSATION, targets: agents };
  if (ACCUSE_CUE.test(content)) {
    if (agents.length > 0) return { stance: Stance.ACCUSATION, targets: agents };
    const obj = objAfter();
    if (obj.length > 0) return { stance: Stance.ACCUSATION, targets: obj };
    // "bore all the hallmarks of Russian airpower": the actor the charge points to.
    const marked = s.mentions.find((m) => m.type === 'actor' && m.start >= from && m.end <= to && m.slug !== speaker && /\b(?:(?:hall)?marks"?\s+of|responsib\w+\s+(?:of|on)|blame\s+(?:lies|lay|rests|rested)\s+with)\s+(?:the\s+)?$/i.test(doc.folded.slice(Math.max(from, m.start - 40), m.start)));
    return { stance: Stance.ACCUSATION, targets: marked ? [marked.slug] : [] };
  }
  // ""terrorists", who it says were behind the Homs attack": the antecedent of the relative pronoun is the one accused.
  if (BEHIND_IT.test(content)) {
    const rel = RELATIVE_SPEAKER_BEFORE.exec(doc.folded.slice(s.start, from));
    const relAt = rel ? s.start + rel.index : -1;
    const ante = rel ? s.mentions.filter((m) => m.type === 'actor' && m.end <= relAt && m.slug !== speaker).pop() : undefined;
    if (ante && /^["”]?\s*,?\s*$/.test(doc.folded.slice(ante.end, relAt))) return { stance: Stance.ACCUSATION, targets: [ante.slug] };
  }
  // "said it only strikes militants who violate the ceasefire": a party's account of its own strikes, not an accusation.
  // ("its jets hit only terrorists": the state's military)
  const ownOnly = party && !CRITICISE_VERB.test(v) && !ACCUSE_VERB.test(v) ? OWN_STRIKES_ONLY.exec(content) : null;
  if (ownOnly) return { stance: Stance.CLAIM, targets: [/^its\s/i.test(ownOnly[1] ?? '') ? (armOf(speaker, d) ?? speaker) : speaker] };
  if (party) {
    // An adversary's failure to inform or coordinate ("because Ankara had not informed it of their movements"): blame on its state.
    const fail = s.mentions.find(
      (m) =>
        m.type === 'actor' && m.start >= from && m.end <= to && sideOf(m.slug) !== 'neutral' && sideOf(m.slug) !== side &&
        /^(?:\s+[a-z]+){0,6}?\s+(?:(?:had|has|did|have)\s+not\s+(?:inform|notify|coordinate|warn)(?:ed)?|failed\s+to\s+(?:inform|notify|coordinate|warn)|without\s+(?:informing|notifying|coordinating|warning))\b/i.test(doc.folded.slice(m.end, m.end + 70)),
    );
    if (fail) return { stance: Stance.ACCUSATION, targets: [rootOf(fail.slug)] };
    const adversaries = agents.filter((a) => {
      const sa = sideOf(a);
      return sa !== 'neutral' && sa !== side;
    });
    // ("attributed the attack to X": the verb names the attack)
    if (adversaries.length > 0 && (PARTY_ATTACK.test(content) || /^attribut/.test(v))) {
      return { stance: Stance.ACCUSATION, targets: adversaries };
    }
    // An adversary as the subject of wrongdoing ("militants were using civilians as human shields").
    const wrong = /\b(?:human shields?|using civilians|(?:use|uses|used|using|exploit\w*)\s+(?:the\s+|a\s+|this\s+)?(?:lull|truce|ceasefire|pause|calm)\b|wreck\w*|sabotag\w*|(?:use|uses|used|using)\s+(?:(?:the|a|an|its|their)\s+)?(?:civilian\s+)?(?:hospitals?|schools?|mosques?|homes|civilians?|residential\s+\w+)\b|(?:use|uses|used|using)\s+(?:[\w-]+\s+){1,4}?to\s+(?:launch|fire|stage|carry\s+out|prepare|plan|attack|shell|target)\b|staged|staging|fabricat\w*|provocation|breaking|broke|violat\w*|shelled|attacked|fired|launched|stockpil\w*|stored|storing|hid|hidden|hiding|planted|booby-trapped|hindering|to hinder|sending|supplied|links to)\b/i;
    // (a criticism verb's object is criticised, not accused: "slammed the strike as a violation of the protocol agreed by Russia")
    // (not its own side's act: "its fighters had shelled regime positions", "its aircraft had struck a warehouse where HTS stored drones")
    // ("described the clinic as a "so-called medical point" used by terrorists": a site the party calls the adversary's)
    const describedAsUsed = DESCRIBE_VERB.test(v) && DESCRIBED_AS_USED.test(content);
    if (!CRITICISE_VERB.test(v) && !OWN_FORCES_ACT.test(content) && (wrong.test(content) || MISUSED_BY.test(content) || describedAsUsed)) {
      const adv = s.mentions.filter(adversaryIn).map((m) => m.slug);
      if (adv.length > 0) return { stance: Stance.ACCUSATION, targets: [...new Set(adv)].slice(0, 2) };
    }
  }
  // An actor as the subject of wrongdoing, whoever says it ("the militants have abused that list", "HTS uses hospitals as
  // headquarters"): wrongdoing attributed to another actor is an accusation.
  if (!CRITICISE_VERB.test(v) && WRONGDOING.test(content)) {
    const doer = s.mentions.find((m) => m.type === 'actor' && m.start >= from && m.end <= to && m.slug !== speaker && WRONGDOING_AFTER.test(doc.folded.slice(m.end, m.end + 50)));
    if (doer) return { stance: Stance.ACCUSATION, targets: [doer.slug] };
  }
  if (CRITICISE_VERB.test(v)) return { stance: Stance.CRITICISM, targets: objAfter() };
  // A humanitarian or rights body's quoted verdict that denies the attack any legitimacy ("Hospitals are not targets").
  if (!party && humanitarian(speaker, d) && /"/.test(content) && VERDICT.test(content)) return { stance: Stance.CRITICISM, targets: [] };
  // A neutral humanitarian body warning of harm to people is voicing alarm, coded as criticism; a party's warning is a claim.
  if (!party && THREAT_VERB.test(v) && humanitarian(speaker, d) && HUMANITARIAN_HARM.test(content)) return { stance: Stance.CRITICISM, targets: [] };
  if (CRITICISE_CUE.test(content)) {
    // The criticised actor is the subject of the failing ("Turkey had not fulfilled …"), else a party's adversary named in the content.
    const head = content.replace(/^\s*(?:,\s*)?(?:(?:reporters|journalists|diplomats|the\s+\w+|an?\s+\w+)\s+)?(?:that\s+)?/i, '');
    const off = content.length - head.length;
    const subj = s.mentions.find((m) => m.type === 'actor' && m.start >= from && m.start <= from + off + 3 && m.end > from + off && m.slug !== speaker) ?? s.mentions.find((m) => m.type === 'actor' && m.start >= from + off && m.start <= from + off + 3 && m.slug !== speaker);
    if (subj && /^\s*(?:(?:has|had|have|was|were|is|are)\s+["“]?(?:not|failed|never)\b|(?:is|are|was|were)\s+in\s+no\s+position\b)/i.test(doc.folded.slice(subj.end, subj.end + 24))) return { stance: Stance.CRITICISM, targets: [subj.slug] };
    // "said the United States "condemns the continued attacks by the Syrian regime and Russia"": the attackers of the attacks condemned.
    const condemns = NESTED_CONDEMN.exec(content);
    if (condemns) {
      const at = from + condemns.index + condemns[0].length;
      const by = ATTACK_BY_OBJECT.exec(doc.folded.slice(at, Math.min(to, at + 120)));
      const first = by ? s.mentions.find((m) => m.type === 'actor' && m.start === at + by[0].length && m.slug !== speaker) : undefined;
      if (first) return { stance: Stance.CRITICISM, targets: coordinatedWith(doc, s, first, ATTACKERS_SEP) };
    }
    if (party) {
      // Not an actor inside a relative clause on the criticised thing ("this attack, which runs contrary to agreements with Russia"),
      // nor a party to the deal it breaks ("violated the truce that Ankara and Moscow agreed").
      const rels: Array<[number, number]> = [];
      for (const r of content.matchAll(/,\s*(?:which|that)\s[^,;]*/gi)) rels.push([from + (r.index ?? 0), from + (r.index ?? 0) + r[0].length]);
      const adv = [...new Set(s.mentions.filter((m) => adversaryIn(m) && !rels.some(([a, b]) => m.start >= a && m.end <= b)).map((m) => m.slug))];
      if (adv.length === 1) return { stance: Stance.CRITICISM, targets: adv };
    }
    return { stance: Stance.CRITICISM, targets: [] };
  }
  if (CONFIRM_CUE.test(content) && /\bconfirmation\b/i.test(content)) {
    const own = agents.length === 0 && /^\s*(?:that\s+)?(?:it|they)\s+(?:had|has|have)\s+(?:carried out|conducted|struck|launched|hit)\b/i.test(content);
    return { stance: Stance.CONFIRMATION, targets: agents.length === 1 ? agents : own ? [speaker] : [] };
  }
  // CLAIM: the actor whose action is asserted (none when the content leaves it open).
  if (ATTACKER_OPEN.test(content)) return { stance: Stance.CLAIM, targets: [] };
  // "X claimed responsibility (for …)": X's own action.
  if (/^(?:claimed|claims|claim|claiming)$/.test(v) && /^\s*(?:full\s+)?responsibility\b/i.test(content)) return { stance: Stance.CLAIM, targets: [speaker] };
  // "vowed to respond", "pledged to rebuild": the speaker's own intention.
  // ("vowed that the "massacres" would not go unanswered": the speaker's own answer)
  if (/^(?:vow|vowed|vows|pledged|pledges)$/i.test(v) && /^\s*(?:to|that)\s/i.test(content)) return { stance: Stance.CLAIM, targets: [speaker] };
  const subjectOfContent = (): string | null => {
    const head = content.replace(/^\s*[A-Z]{2,}(?:[ ,]+[A-Za-z.]+)*\s*(?:\([^)]*\))?\s*[—\x97–\x96-]\s+/, '').replace(/^\s*(?:,\s*)?(?:that\s+)?/i, '');
    const off = content.length - head.length;
    // The speaker itself may be the subject when it is a state or a party ("the USA would cooperate").
    const selfOk = (x: string): boolean => x !== speaker || party || ACTORS.get(x)?.kind === ActorKind.STATE;
    const m = s.mentions.find((x) => x.type === 'actor' && x.start >= from + off && x.start <= from + off + 60 && x.end <= to && selfOk(x.slug));
    // ("Turkish units in the region had retaliated", "the army had captured several villages": the subject acted; "troops had
    // been killed", "soldiers had died": it did not)
    if (m && /^\s*(?:'s\s+\w+\s+)?(?:,\s*not\s+[^,;]{1,40},\s*)?(?:in\s+(?:the\s+)?(?:[A-Z][\w'-]+|region|area|province|north-?west)\s+)?"?(?:had|has|have|would|will|was|were|is|are|could|did|\w+ed)\b/.test(doc.folded.slice(m.end, m.end + 40)) && !/^\s*(?:had\s+|have\s+|has\s+)?(?:been\s+(?:killed|wounded|injured|martyred|hit|captured|hurt)|died|killed|wounded|injured|martyred|hurt)\b|^\s*(?:had\s+|have\s+|has\s+)(?:hit|captured)\s+(?:by|in)\b|^\s*(?:were|was)\s+(?:killed|wounded|injured|martyred|hit|hurt)\b/i.test(doc.folded.slice(m.end, m.end + 30)) && (!/\b(?:by|of|for|with|against|on|to|from|in)\s+(?:the\s+)?$/i.test(doc.folded.slice(Math.max(from, m.start - 15), m.start)) || MEMBERS_OF.test(doc.folded.slice(Math.max(from, m.start - 30), m.start)))) return m.slug;
    // A party's own action ("it had only bombed militants"); a neutral source's own work ("it had recovered 16 bodies") names no actor.
    if (party && (/^"?(?:they|we)\s+(?:are|were|had|have|would|will|target|strike|only|[a-z]+ed)\b/i.test(head) || /^it\s+(?:had|has|would|will|strikes|only|provides|targets)\b/i.test(head))) return speaker;
    if (/^its\s+(?:fighters|forces|troops|units|air\s+defen[cs]es|teams|jets|aircraft|warplanes|planes|pilots|air\s+force|air\s+group)\b/i.test(head)) return speaker;
    // A party's own operations ("saying its operations were aimed at terrorist groups").
    if (party && /^its\s+(?:military\s+)?(?:operations|strikes|raids|attacks|artillery|shelling|bombardment)\b/i.test(head)) return speaker;
    return null;
  };
  if (party) {
    const own = agents.filter((a) => sideOf(a) === side);
    if (own.length === 1) return { stance: Stance.CLAIM, targets: own };
    // "A military source said army units had struck …": the party names itself as the one acting.
    if (agents.length === 0 && allAgents.includes(speaker)) return { stance: Stance.CLAIM, targets: [speaker] };
    // The speaker's own forces acting ("its forces had responded", "troops had destroyed", "strikes are being carried out"):
    // a military speaker itself (unless it is a part of a body with an arm of its own: the Russian reconciliation centre's
    // aircraft are Russia's military), else its military arm.
    const ownForces = /^\s*"?\s*(?:(?:(?:late|early)\s+)?on\s+\w+day\s+)?(?:that\s+)?(?:(?:its|their|our)\s+(?:forces|troops|units|soldiers|aircraft|jets|warplanes|planes|pilots|air\s+force)\s+(?:(?:had|have|has)?\s*(?:(?!only)[a-z]+ly\s+)?(?:responded|retaliated|struck|fired|returned|hit|bombed|shelled|destroyed|targeted)|(?:will|would|shall)\s+(?:not\s+)?(?:stay|remain|respond|continue|defend|retaliate|withdraw|leave|hold))|(?:the\s+)?(?:(?:air\s+force|army|military|naval|artillery|special)\s+)?(?:troops|forces|units|soldiers)\s+(?:had|have|has)\s+"?(?:\w+ed|struck|hit|shot down)|(?:"?\s*)?(?:strikes|raids|operations)\s+(?:are|were)\s+being\s+carried\s+out)\b/i;
    if (agents.length === 0 && ownForces.test(content)) {
      const k = ACTORS.get(speaker)?.kind;
      return { stance: Stance.CLAIM, targets: [k === ActorKind.ARMED_GROUP ? speaker : (armOf(speaker, d) ?? speaker)] };
    }
    // "Turkish officials insist that Turkish troops will stay": the speaker's own side named as the content's subject.
    const lead = agents.length === 0 ? /^\s*(?:that\s+)?/i.exec(content) : null;
    const ownSubj = lead ? s.mentions.find((m) => m.type === 'actor' && m.start === from + lead[0].length && /^\s+(?:will|would|had|has|have|are|were|is|was)\b/.test(doc.folded.slice(m.end, m.end + 8))) : undefined;
    if (ownSubj && ownSubj.slug !== speaker && sideOf(ownSubj.slug) === side) return { stance: Stance.CLAIM, targets: [ownSubj.slug] };
    // "Omar Hamadi, a spokesman for the front, … warned that the group would respond": the body he speaks for, by its noun.
    const ownBody = agents.length === 0 && OWN_BODY_SUBJECT.test(content) ? d.persons.get(speaker)?.partOf : undefined;
    if (ownBody) return { stance: Stance.CLAIM, targets: [ownBody] };
    if (agents.length === 0 && OWN_BODY_FORCES.test(content)) {
      // "the ministry said its forces had …", "… its aircraft had struck", "Russia says its jets only hit militants": a
      // ministry's or a state's forces are its military arm.
      const k = ACTORS.get(speaker)?.kind;
      // ("the ministry said … that it struck an arms depot": the ministry's strike is its military's; a state's "it" is itself)
      const ownNoun = OWN_FORCES_LEAD.test(content);
      const arm = (k === ActorKind.STATE && ownNoun) || (k === ActorKind.GOVERNMENT_BODY && (ownNoun || IT_STRUCK_LEAD.test(content))) ? armOf(speaker, d) : null;
      // ("Omar Hamadi, a spokesman for the front, said its fighters would …": a person's "its" is the body he speaks for)
      // (or "the faction's artillery had shelled …")
      const body = OWN_BODY_LEAD.test(content) ? d.persons.get(speaker)?.partOf : undefined;
      return { stance: Stance.CLAIM, targets: [arm ?? body ?? speaker] };
    }
  }
  if (agents.length === 1) return { stance: Stance.CLAIM, targets: agents };
  if (agents.length === 0) {
    const subj = subjectOfContent();
    // A neutral source names only a party as the actor ("rescuers were still searching" names nobody responsible).
    if (subj && (party || sideOf(subj) !== 'neutral' || ACTORS.get(subj)?.kind === ActorKind.STATE)) return { stance: Stance.CLAIM, targets: [subj] };
    // Attacks placed inside "a Russian-led offensive": its leader or backer is the one actor named as responsible.
    const inContent = s.mentions.filter((m) => m.type === 'actor' && m.start >= from && m.end <= to && m.slug !== speaker);
    const lead = inContent.filter((m) => /-(?:led|backed)$/i.test(m.surface) && CAMPAIGN_HEAD.test(doc.folded.slice(m.end, m.end + 40)));
    if (!party && lead.length === 1 && new Set(inContent.map((m) => m.slug)).size === 1 && ATTACK_WORD.test(content)) return { stance: Stance.CLAIM, targets: [lead[0]!.slug] };
  }
  return { stance: Stance.CLAIM, targets: [] };
}

/** After a mid-clause attribution: ", killed 61.", ", his spotters tracked a jet" (not ", adding …", ", as …", ", and …"). */
/** Why a source is not named, after the speech verb ("…, the official said, asking not to be named because he was not authorised …"). */
const ANONYMITY_ASIDE = /,?\s*(?:asking|who\s+asked|requesting|speaking|who\s+spoke)\s+(?:not\s+to\s+be\s+(?:named|identified)|on\s+(?:the\s+)?condition\s+of\s+anonymity|anonymously)\b[^.;]*/i;
/** What may stand between a trailing attribution's verb and the comma after it: "said on Sunday,", "said in a statement,". */
const SAID_WHEN = String.raw`^\s*(?:(?:late\s+|early\s+)?on\s+\w+day\s*|in\s+a\s+statement\s*)?,`;
/** After a trailing attribution, the narrator's own clause: "…, the monitor said on Tuesday, as government forces pushed …". */
/** A narrator's appositive on the whole report after its attribution: ", the heaviest loss …", ", the deadliest attack …". */
const SUPERLATIVE_APPOSITIVE = /^\s*,\s*(?:the|an?)\s+(?:[\w-]+\s+)?(?:[a-z]{3,}iest|worst|latest|largest|biggest|highest|greatest|most\s+[a-z]+)\b/i;
const NARRATOR_AFTER = new RegExp(String.raw`${SAID_WHEN}\s*(?!(?:adding|saying|citing|noting|calling|describing|and|but)\b)`, 'i');
/** After a trailing attribution, the attack's toll: "…, the rescuers said on Sunday, killing 11 people". */
const TOLL_AFTER_ATTRIBUTION = new RegExp(String.raw`${SAID_WHEN}\s+(?:killing|wounding|injuring|leaving)\s+(?:at\s+least\s+|more\s+than\s+|some\s+|about\s+)?(?:\d|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|a\s+|an\s+|dozens)`, 'i');
const PARENTHETICAL_REST = /^\s*,\s+(?!(?:as|while|with|when|after|before|since|although|though|but|and|or|amid|despite|in|on|at|for|which|who|whom|where|according|because|if|so|then|\w+ing)\b)(?:[\w"“'’-]+\s+){0,5}?(?:had|has|have|was|were|is|are|would|will|could|must|should|cannot|can|may|might|did|came|fell|took|hit|struck|went|left|began|fled|saw|knew|lost|killed|\w+ed)\b[^,;]{3,}$/i;
/** A finite verb: the words before a parenthetical attribution are not a clause of their own. */
const FINITE_WORD = /\b(?:is|are|was|were|had|has|have|will|would|said|says)\b|\b[a-z]{3,}ed\b/;

/** The start of a direct object after a verb: a determiner or a name, not a time phrase ("denied on Monday"). */
const OBJECT_HEAD = /^\s+["“]?(?!(?:On|In|At|Late|Early|Earlier|Later|Last|This|Again|Also|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|Yesterday|Today)\b)(?:the|a|an|its|their|his|her|our|my|your|these|those|such|this|all|any|what|western|media|[A-Z][\w'’-]+)(?:\s|(?=[.,;:!?"”]|$))/;

/** Stance verbs that take a direct object: never a trailing "…, X said" attribution when one follows. */
const STANCE_OBJECT_VERB = /^(?:branded|branding|described|describing|labell?ed|termed|denied|rejected|dismissed|disputed|refuted|condemned|critici[sz]ed|denounced|deplored|blamed|accused|urged|called|calls|slammed|decried|lambasted|castigated|rebuked|censured|repudiated|rebutted|contested)$/i;

/** Wrongdoing predicates: abuse, misuse, using civilians or civilian sites as shields or bases, looting, diverting aid. */
const WRONGDOING_BODY = String.raw`(?:abus(?:ed|es|ing|e)|misus(?:ed|es|ing|e)|exploit(?:ed|s|ing)?|loot(?:ed|s|ing)?|divert(?:ed|s|ing)?\s+(?:the\s+)?aid|(?:use|uses|used|using)\s+(?:civilians|(?:(?:the|a|an|its|their)\s+)?(?:hospitals?|schools?|mosques?|clinics?|homes|residential\s+\w+))\s+as|human\s+shields?|(?:protect|shelter|harbou?r|arm|suppl(?:y|ie)|financ|fund)(?:ed|s|ing|es)?\s+(?:the\s+)?(?:terrorists?|militants?|jihadists?|extremists?)|violat(?:ed|es|ing|e)\s+(?:the\s+)?(?:ceasefire|truce|agreement|de-escalation))`;
const WRONGDOING = new RegExp(String.raw`\b${WRONGDOING_BODY}\b`, 'i');
/** Right after the actor: its wrongdoing ("have abused", "uses hospitals as", "are using civilians as human shields"). */
const WRONGDOING_AFTER = new RegExp(String.raw`^\s+(?:(?:has|have|had|is|are|was|were|repeatedly|routinely|systematically|also|again|been|deliberately)\s+){0,3}${WRONGDOING_BODY}\b`, 'i');

/** After an actor: it stages or fabricates ("were preparing staged videos", "had fabricated the footage"). */
const FAKER_AFTER = /^\s+(?:(?:terrorist\s+)?(?:group|organi[sz]ation)\s+)?(?:(?:were|was|is|are|had|has|have|had been|have been|has been)\s+)?(?:(?:preparing|planning|filming|producing)\s+(?:(?:a|an|new|another|more)\s+)?(?:staged|fake|fabricated|provocations?)|(?:plan|plans|planned|planning|intend|intends|intended|preparing|prepared|prepares|prepare|seeking|sought|trying|tried)\s+to\s+(?:stage|fake|fabricate|film)|staging|staged|fabricating|fabricated|faking|faked)\b/i;

/** A denied report rather than a denied act: "Ankara's accusations", "any allegations", "all claims". */
const REPORT_OBJECT = /^\s*(?:(?:[\w.'-]+\s+){0,3}?[\w.-]+['’]s\s+(?:\w+\s+)?|(?:such|these|those)\s+(?:\w+\s+)?)(?:accusations?|allegations?|claims?|reports?|accounts?|figures|charges?|version|statements?|criticism|findings)\b(?!\s+(?:of|that)\b)/i;

/** Reports by others of a toll: "allegations by media outlets … about civilian casualties" (denying them denies the toll, not an act). */
const REPORTED_LOSSES_OBJECT = /^\s*(?:the\s+)?(?:accusations?|allegations?|claims?|reports?)\s+(?:by|from|in)\s+[^.;]{0,80}?\s(?:about|of|on)\s+(?:the\s+)?(?:civilian\s+)?(?:casualties|deaths|victims|losses)\b/i;

/** Unnamed fighters that a following "of <group>" identifies. */
const GENERIC_FIGHTERS = /^(?:the\s+)?(?:terrorists?|militants?|jihadists?|rebels?|insurgents?|fighters|terrorist groups|armed groups|militant groups)$/i;

/** The head noun after "X-led"/"X-backed": a campaign the attacks belong to. */
const CAMPAIGN_HEAD = /^(?:\s+[\w-]+){0,2}?\s+(?:offensive|campaign|assault|operation|bombardment|air war)\b/i;

const VERDICT = /\b(?:is|are|was|were)\s+not\s+(?:a\s+|an\s+)?(?:legitimate\s+)?(?:targets?|accidents?|acceptable|justified|justifiable|collateral damage|a ceasefire)\b|\bpart of a pattern\b|\bmust be held (?:to account|accountable)\b/i;

/** A verb of condemning inside what is reported ("said the United States "condemns …""). */
const NESTED_CONDEMN = /\b(?:condemn(?:s|ed|ing)?|denounc(?:es|ed|ing)|deplor(?:es|ed|ing)|criticis(?:es|ed|ing)|criticiz(?:es|ed|ing))["”]?\s+/i;
/** A party's own strikes said to hit only its enemies: "it only strikes militants", "its jets hit only terrorists". */
const OWN_STRIKES_ONLY = /^\s*(?:that\s+)?(it|they|we|its\s+(?:jets|forces|aircraft|warplanes|planes|air\s+force))\s+(?:only\s+(?:strikes?|struck|targets?|targeted|hits?|bombs?|bombed|attacks?)|(?:strikes?|struck|targets?|targeted|hits?|bombs?|bombed)\s+only)\b/i;
/** A condition that asks something of someone: "if they do not withdraw", "unless the regime stops". */
const DEMANDING_CONDITION = /\bunless\b|\bif\s+(?:[\w'-]+\s+){1,4}?(?:do|does|did|will|would)\s*(?:not|n['’]t)\b|\bif\s+(?:[\w'-]+\s+){1,4}?(?:fails?|refuses?|continues?\s+to)\b/i;
/** After a call's subject: its modal, maybe past an aside ("Russia, as a guarantor of the ceasefire, must"). */
const MODAL_AFTER_SUBJECT = /^\s*(?:,[^,;"“”]{1,80},\s*)?(?:must|should|has\s+to|have\s+to|needs\s+to|need\s+to|ought\s+to)\b/i;
/** What may open a quotation of a verb alone: the quotation mark and an adverb or two ("“strongly condemns”"). */
const QUOTED_VERB_BEFORE = /^["“](?:[a-z]+ly\s+){0,2}$/i;
/** A stance verb in the present tense ("condemns", "holds … responsible"), the words of a spokesman quoted indirectly. */
const PRESENT_STANCE_VERB = /^(?:condemns|denounces|deplores|rejects|denies|holds|blames|accuses|urges|calls|demands|welcomes|stresses)$/i;
/**
 * "Turkey “strongly condemns” the attack and holds the regime responsible, Turkish Foreign Ministry spokesman Kemal
 * Arslan said": the stances opening the sentence in the present tense, with the state or body as their subject, are the
 * words of its spokesman who closes the sentence. Their speaker becomes the spokesman, and the closing attribution,
 * which has no content of its own, is returned to be skipped.
 */
function voicedStances(doc: Doc, s: SentenceInfo, attrs: Attribution[], d: Discourse): Attribution | null {
  const last = attrs[attrs.length - 1];
  const first = attrs[0];
  if (!last || !first || attrs.length < 2 || last.inverted || last.chained || !/^(?:said|says|added|told|stated)$/i.test(last.verb)) return null;
  const voiced = attrs.slice(0, -1);
  if (!voiced.every((x) => !x.inverted && PRESENT_STANCE_VERB.test(x.verb) && x.speakers.length === 1)) return null;
  if (!/^\W*(?:the\s+)?$/i.test(doc.folded.slice(s.start, first.subjStart))) return null;
  const body = first.speakers[0]!;
  if (!voiced.every((x) => x.speakers[0] === body) || last.speakers.length !== 1 || !bodiesOf(last.speakers[0]!, d).includes(body)) return null;
  // The spokesman closes the sentence after a comma, with nothing but a time or a document after the verb.
  const lead = doc.folded.slice(voiced[voiced.length - 1]!.verbEnd, Math.min(last.subjStart, last.verbStart));
  if (!/,\s*[^,;:"“”]{0,80}$/.test(lead) || !/^[^,;:"“”]{0,70}$/.test(doc.folded.slice(last.verbEnd, s.end).replace(/[.\s]+$/, ''))) return null;
  for (const x of voiced) x.speakers = [...last.speakers];
  return last;
}

/** NGOs and international organisations (or their people). */
function humanitarian(slug: string, d: Discourse): boolean {
  let cur: string | null = slug;
  for (let i = 0; i < 5 && cur; i++) {
    const k = ACTORS.get(cur)?.kind;
    if (k === ActorKind.NGO || k === ActorKind.INTERNATIONAL_ORG) return true;
    cur = ACTORS.get(cur)?.partOf ?? d.persons.get(cur)?.partOf ?? null;
  }
  return false;
}


/** A military or armed group: what "they" in a denial of hitting civilians refers to. */
function isForce(slug: string): boolean {
  const k = ACTORS.get(slug)?.kind;
  return k === ActorKind.MILITARY || k === ActorKind.ARMED_GROUP;
}

/** The top of an actor's partOf chain (a ministry's or army's state). */
function rootOf(slug: string): string {
  let cur = slug;
  for (let i = 0; i < 5; i++) {
    const p = ACTORS.get(cur)?.partOf;
    if (!p) break;
    cur = p;
  }
  return cur;
}

function sideOfPerson(slug: string, d: Discourse): 'gov' | 'opp' | 'neutral' {
  const p = d.persons.get(slug);
  if (p?.partOf) return sideOf(p.partOf);
  return sideOf(slug);
}

/** "Turkish Defence Minister Hulusi Akar", "…, the Russian foreign minister": the ministry a title names. */
const PORTFOLIO = String.raw`(?:Defen[cs]e|Foreign|Information|Interior|Health|Justice|Local\s+Administration|Economy|Energy|Education)`;
const MINISTER_BEFORE = new RegExp(String.raw`\b(Russian|Syrian|Turkish|French|Russia's|Syria's|Turkey's|France's)\s+(?:Deputy\s+)?(${PORTFOLIO})\s+Minister\s*,?\s+$`, 'i');
const MINISTER_AFTER = new RegExp(String.raw`^\s*,\s*(?:the\s+)?(Russian|Syrian|Turkish|French|Russia's|Syria's|Turkey's|France's)\s+(?:deputy\s+)?(${PORTFOLIO})\s+minister\b`, 'i');
/** The nationality adjective of a title's nation word, the adjective or the state's possessive ("Russia's"). */
function nationalityOf(word: string): string | undefined {
  const w = word.toLowerCase().replace(/'s$/, '');
  return Object.keys(NATIONALITY_STATE).find((adj) => adj.toLowerCase() === w || NATIONALITY_STATE[adj] === w);
}
/** The ministry a minister's title names (foreign or defence), or the state for another portfolio. */
function ministryByTitle(before: string, after: string): string | null {
  const m = MINISTER_BEFORE.exec(before) ?? MINISTER_AFTER.exec(after);
  const adjective = m?.[1] ? nationalityOf(m[1]) : undefined;
  if (!m || !adjective) return null;
  const portfolio = (m[2] ?? '').toLowerCase();
  const state = NATIONALITY_STATE[adjective];
  const office = /^defen/.test(portfolio) ? 'defence' : portfolio === 'foreign' ? 'foreign' : null;
  const body = state && office ? officeBody(state, office) : undefined;
  if (body) return body;
  return state && ACTORS.has(state) ? state : null;
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

/** An attack condemned with its attackers after "by": "the indiscriminate air strikes by …". */
const ATTACK_BY_OBJECT = /^\s*(?:what\s+(?:it|they|he|she)\s+(?:called|termed|described\s+as)\s+)?"?(?:the\s+|these\s+|this\s+)?(?:[\w-]+\s+){0,3}?(?:air\s*strikes?|strikes|attacks?|bombing|bombings|bombardment|shelling|raids?|aggression|killing|killings|massacre)\s+(?:carried\s+out\s+|launched\s+)?by\s+(?:the\s+)?/i;
/** An attack condemned by its state's adjective: "(what it called) \"the Turkish aggression\"". */
const ADJECTIVE_ATTACK_OBJECT = /^\s*(?:what\s+(?:it|they|he|she)\s+(?:called|termed|described\s+as)\s+)?"?(?:the\s+)?(Turkish|Russian|Syrian|Iranian|American|French)\s+"?(?:aggression|occupation|incursion|invasion|escalation)\b/;

/** Verbs that name what the speaker calls something: "described X as", "branded them". */
const DESCRIBE_VERB = /^(?:described|describes|describing|called|calls|calling|branded|brands|branding|labell?ed|termed)$/;
/** A site described as the adversary's: "as a "so-called medical point" used by terrorists", "as a base run by militants". */
const DESCRIBED_AS_USED = /\bas\s+(?:an?\s+|the\s+)?["“]?[^.;]{0,60}?\b(?:used|run|occupied|controlled|operated)\s+by\s+(?:the\s+)?(?:[\w-]+\s+){0,2}?(?:terrorists?|militants?|armed\s+groups?|rebels?|jihadists?|insurgents?|fighters)\b/i;
/** A harm aside: "no one was hurt", "nobody was wounded". */
const NOBODY_HURT = /\b(?:no\s+one|nobody|none)\b/i;
/** A body named by its noun's possessive in its own spokesman's words: "the faction's", "the group's". */
const BODY_POSSESSIVE = String.raw`the\s+(?:faction|group|front|movement|alliance|coalition)['’]s`;
/** A speaker's own forces named by "its" or the body's possessive: "its fighters", "the faction's artillery" (or "it"). */
const OWN_BODY_FORCES = new RegExp(String.raw`\b(?:it|(?:its|${BODY_POSSESSIVE})\s+(?:fighters|forces|troops|units|artillery|air\s+defen[cs]es|aircraft|jets|warplanes|planes|pilots|air\s+force))\b`, 'i');
/** Content whose subject is the speaker's body by its noun: "that the group would respond", "the faction had shelled". */
const OWN_BODY_SUBJECT = /^\s*(?:that\s+)?the\s+(?:group|faction|front|movement)\s+(?:would|will|had|has|was|is)\b/i;
/** Content that opens with "its" or the body's possessive: a person's "its" is the body he speaks for. */
const OWN_BODY_LEAD = new RegExp(String.raw`^\s*(?:that\s+)?(?:its|${BODY_POSSESSIVE})\s`, 'i');
/** The speaker's own forces as the subject of the content: "its fighters had shelled", "the faction's artillery had shelled", "our aircraft struck", "it had targeted". */
const OWN_FORCES_ACT = new RegExp(String.raw`^\s*,?\s*(?:that\s+)?(?:(?:its|their|our|${BODY_POSSESSIVE})\s+(?:own\s+)?(?:[\w-]+\s+){0,2}?(?:fighters|forces|troops|aircraft|jets|warplanes|planes|units|artillery|air\s+force|drones|gunners|soldiers|men|army|batteries|helicopters)|it|they|we)\s+(?:(?:had|has|have|also|then|later|only)\s+)*(?:shelled|struck|targeted|hit|bombed|fired|attacked|launched|destroyed|pounded|carried\s+out|conducted|repelled|retaliated|responded)\b`, 'i');
/** The attack a party may lay on its adversary ("regime artillery had pounded its positions"). */
const PARTY_ATTACK = /\b(?:kill\w*|offensive|shell\w*|struck|strikes?|bomb\w*|fired|attack\w*|hit|launched|targeted|aggression|wound\w*|under\s+(?:[\w-]+\s+){0,2}?fire|fire from|opened fire|pound\w*|hammer\w*|bombard\w*|raided|shot down|downed|destroyed|massacred?|(?:carried|carries|carrying)\s+out|(?:taken|took|taking)\s+part\s+in)\b/i;
/**
 * A civilian building an adversary is said to have misused, told in the passive as what the clause asserts ("had been turned into
 * a headquarters by HTS"), not as a description of what the party itself struck ("destroyed a depot used by militants").
 */
const MISUSED_BY = /\b(?:(?:had|has|have)\s+been|was|were|is|are)\s+(?:(?:turned|converted|transformed)\s+into|used\s+(?:as|by))\s+(?:an?\s+|the\s+|its\s+)?(?:[\w-]+\s+){0,3}?(?:headquarters|base|depot|command|centre|center|position|stronghold|launch\w*|storage|store|arsenal|prison|barracks|terrorists?|militants?|fighters)\b/i;

/** Remarks about the conflict in general rather than one attack: habitual, campaign-wide, humanitarian. */
export const GENERAL_REMARK = /\b(?:in the past|(?:were|was|are|is)\s+(?:preparing|planning)\b|previously|has long|have long|had long|consistently|repeatedly|routinely|regularly|continued attacks|continuing attacks|once again|offensive|campaign|pattern|(?:has|have|had) fled|(?:has|have|had|were|was|been|are|is)\s+(?:been\s+)?displaced|refugees?|besieged|(?:is|are|was|were) fighting|fighting (?:terrorism|terrorists|militants)|(?:target|targets|strike|strikes|bomb|bombs|hit|hits|struck|bombed) only|only (?:target|targets|strike|strikes|struck|bombed|hit)|do(?:es)? not (?:target|conduct|bomb|strike)|(?:are|is) being carried out|attacks on (?:hospitals|schools|medical|civilians|health)|(?:the|its|their) report\b(?!s)|in recent (?:days|weeks|months)|recent (?:\w+ )?(?:bombing|strikes|attacks|raids|shelling)|human shields?|spoke by (?:phone|telephone)|talks|rising (?:civilian |death )?toll|(?<!de-)escalation|(?:deliberate(?:ly)? )?targeting (?:of )?(?:civilians|civilian|hospitals|residential))/i;
/** A remark about several of the article's attacks at once ("condemned both attacks", "the two strikes"): about none of them alone. */
export const SEVERAL_INCIDENTS = /\b(?:both|the\s+two|the\s+three|all\s+(?:three|four|the)|each\s+of\s+the)\s+(?:[\w-]+\s+)?(?:attacks|strikes|air\s*strikes|air-strikes|incidents|raids|bombings|massacres)\b/i;
/** Habit or an earlier time between the subject and the verb: "has in the past denied", "had accused". */
const HABIT_GAP = /\b(?:in the past|previously|long|consistently|repeatedly|routinely|regularly|often|always|once again)\b|\bhad\s*$/i;
/** Ground fighting, not an air or artillery attack. */
export const GROUND = /\b(?:advanc\w*|seiz\w*|captur\w*|liberat\w*|entered|repel\w*|clashes|reinforc\w*|cleansed|ground offensive|pressed)\b/i;
export const ATTACK_WORD = /\b(?:came down|crash\w*|pilot|kill\w*|wound\w*|injur\w*|dead|died|bodies|casualt\w*|hurt|strikes?|struck|air ?strikes?|raids?|bomb\w*|shell\w*|rockets?|missiles?|hit|attack\w*|toll|downed|shot down)\b/i;
/** Calls about truces and diplomacy address the parties, not one attack. */
export const DIPLOMATIC_CALL = /\b(?:ceasefire|cease-fire|truce|agreement|deal|talks|sanctions|obligations under|commitments|protocol|guarantors?|rein in|reins in|Security Council|Council members)\b/i;
/** The same without humanitarian-law reminders ("obligations under international humanitarian law"), which answer the attack itself. */
export const TREATY_CALL = /\b(?:ceasefire|cease-fire|truce|agreement|deal|talks|sanctions|commitments|protocol|guarantors?|rein in|reins in|Security Council|Council members)\b/i;
/** A call about diplomacy (a truce, commitments, the Security Council, reining in an ally) that names no local place: not about one attack. */
function diplomaticCall(doc: Doc, s: SentenceInfo, cStart: number, cEnd: number): boolean {
  return TREATY_CALL.test(doc.folded.slice(cStart, cEnd)) && !s.mentions.some((m) => m.type === 'place' && m.start >= cStart && m.end <= cEnd && isLocal(m.slug));
}
/** A reference back to an earlier speaker's account: same topic as that statement. */
const ACCOUNT_ANAPHOR = /\b(?:that|this|the|those|these)\s+(?:account|version|claims?)\b/i;
/** Back-reference to the casualties just reported: stays with the latest incident. */
export const CASUALTY_ANAPHOR = /\b(?:among|of) the (?:dead|wounded|injured|victims)\b|\bthe (?:death )?toll\b/i;
/** A sentence opening a new thread. */
export const NEW_THREAD = /^\W*(?:meanwhile|separately|elsewhere|in other developments)\b/i;
/** Only a sentence adverb and its comma before a subject: "Separately, the", "In a separate statement, ". */
const SENTENCE_ADVERB_LEAD = /^\W*(?:meanwhile|separately|elsewhere|however|later|earlier|in other developments|in a separate statement|for its part|in response|in reply|on \w+day|(?:late|early) on \w+day|(?:on\s+)?the\s+(?:next|following|same)\s+(?:day|morning|evening|night)|(?:later|earlier)\s+(?:that|the\s+same)\s+(?:day|morning|evening|night)|(?:a|an|one|two|three|four|five|six|several|some|\d+)\s+(?:days?|hours?|weeks?)\s+(?:later|earlier)|hours\s+(?:later|earlier)|on\s+\d{1,2}\s+[A-Z][a-z]+|on\s+[A-Z][a-z]+\.?\s+\d{1,2})\s*,\s*(?:the\s+|a\s+|an\s+)?$/i;
/** A place that is where the fire came from, or describes an actor ("militants in Idlib"), is not where the statement is about. */
const NON_LOCATIVE_BEFORE = /(?:\bto\s+(?:a\s+|the\s+)?(?:[\w-]+\s+)?(?:hospitals?|clinics?|medical\s+(?:centres?|centers?|points?|facilities))\s+in\s+(?:[\w'-]+(?:,\s*|\s+and\s+))?|\bfrom\b(?!\s+(?:[\w']+\s+){0,3}?(?:air ?strikes?|air-strikes?|strikes?|raids?|attacks?|bombings?|shelling|bombardment|blast|explosion)\s+(?:on|in|at|near)\b)[^,.;]{0,35}|\b(?:group|groups|militants|rebels|fighters|insurgents|jihadists|factions?|stronghold|bastion|forces|troops)\s+(?:active\s+)?(?:in|of)\s+(?:the\s+)?(?:\w+\s+)?|\b(?:operating|operated|flying|flown|took off|taking off|based|stationed|deployed)\s+(?:out\s+of|from|at|in)\s+(?:the\s+)?(?:[\w-]+\s+){0,2})$/i;
/** Present-tense speech verbs report a standing position ("Damascus says it is fighting terrorism"). */
const PRESENT_VERB = /^(?:says|say|denies|deny|blames|blame|insists|maintains|claims|accuses)$/i;
/** Threats look ahead; they are not about a past attack. */
const THREAT_VERB = /^(?:threatened|threatens|warned|warns|warning)$/i;

/** Harm to people that a humanitarian warning is about: "children could lose access to food", "a humanitarian catastrophe". */
export const HUMANITARIAN_HARM = /\b(?:humanitarian|catastroph\w*|disaster|nightmare|famine|starv\w*|lose access|cut off from|without (?:food|water|shelter|medical care|health care)|children|civilians|displac\w*|suffering)\b/i;
/** A definite back-reference to an attack or the charges about it. */
export const INCIDENT_ANAPHOR = /\b(?:the|this|that)\s+(?:attack|strike|strikes|raid|raids|incident|bombing|shelling|allegations?|accusations?|downing|blast|explosion|crime|massacre|atrocity)\b/i;

/** A locator before a place: what follows "near X" is somewhere else than X. */
/** "such attacks", "these strikes": a class of attacks, not one (group 1: the determiner). */
export const CLASS_OF_ATTACKS = /\b(such|these|those)\s+(?:[\w-]+\s+)?(?:attacks|strikes|raids|crimes|violations|assaults|bombardments|bombings)\b/i;
export const NEAR_BEFORE = /\b(?:near|outside|around|close to|on the outskirts of|(?:north|south|east|west)(?:-?(?:east|west))?(?:ern)? of)\s+(?:the\s+)?(?:(?:city|town|village|provincial capital)\s+of\s+)?$/i;

/** Unnamed places located by a named one ("towns and villages near X", "areas around X"): not X itself. */
export const UNNAMED_NEAR = /\b(?:towns?|villages?|areas?|localities|settlements|hamlets|communities|neighbou?rhoods?|suburbs|outskirts|countryside|places|sites|positions)\s+(?:(?:and|or)\s+(?:\w+\s+)?\w+\s+)?(?:near|outside|around|close to|surrounding|(?:north|south|east|west)(?:-?(?:east|west))?(?:ern)?\s+of)\s+(?:the\s+)?(?:(?:city|town|village|provincial capital)\s+of\s+)?$/i;

/** A toll spread over a region ("killed 17 civilians across northwest Syria"): several attacks, no one incident. */
export const ACROSS_REGION = /\bacross\s+(?:the\s+|much\s+of\s+(?:the\s+)?)?(?:[\w-]+\s+){0,2}(?:Syria|provinces?|region|country|governorates?|north-?west|areas|towns)\b/i;

/** The site or aftermath of an attack, named as already known ("the hospital", "the search", "the victims"). */
const INCIDENT_TOPIC = /\b(?:the|this|that|its|our|their)\s+(?:(?:[\w-]+\s+)?(?:hospital|market|school|clinic|bakery|mosque|camp|building|site|facility|scene|rubble|ruins)|search|rescue|victims|wounded|injured|dead|survivors|funerals?|evacuation|damage)\b/i;

/** Forces, weapons, victims, responsibility and the charges about them: still the fighting, not the wider politics. */
const WAR_TOPIC = /\b(?:forces|troops|fighters|soldiers|jets?|warplanes?|planes?|aircraft|helicopters?|drones?|artillery|combat|sorties?|missions?|deaths?|victims?|casualt\w*|losses|civilians?|incident|involvement|role|responsib\w*|investigat\w*|allegations?|accusations?|account|reports?|fabricat\w*|staged|provocation|pinned|blam\w*|accus\w*|den(?:y|ied|ies)|reject\w*|dismiss\w*|confirm\w*|condemn\w*|target\w*)\b/i;

/** Whether no body sentence of a paragraph reports an incident or names an attack, a toll or an attack's site. */
function offTopicParagraph(doc: Doc, paragraph: number, incidents: DraftIncident[], cache: Map<number, boolean>): boolean {
  const known = cache.get(paragraph);
  if (known !== undefined) return known;
  let off = true;
  for (const x of doc.sentences) {
    if (x.paragraph !== paragraph || x.role !== 'body') continue;
    if (incidents.some((i) => i.sentences.has(x.index)) || ATTACK_WORD.test(x.folded) || HARM_FIGURE.test(x.folded) || INCIDENT_TOPIC.test(x.folded) || WAR_TOPIC.test(x.folded)) {
      off = false;
      break;
    }
  }
  cache.set(paragraph, off);
  return off;
}

/** The paragraph of the body sentence before the paragraph of `s` (-1 when none). */
function previousBodyParagraph(doc: Doc, s: SentenceInfo): number {
  for (let i = s.index - 1; i >= 0; i--) {
    const x = doc.sentences[i];
    if (x && x.role === 'body' && x.paragraph !== s.paragraph) return x.paragraph;
  }
  return -1;
}

/** Which incident the discourse is about. */
interface IncidentFocus {
  current: number | null;
  main: number | null;
  /** The incident last named by place or reported in a sentence. */
  last: number | null;
  /** Whether the current sentence opened a new paragraph. */
  newParagraph: boolean;
  paragraph: number;
  /** Paragraph in which `current` was last set. */
  currentParagraph: number;
  /** Incident and speaker of the most recent statement (for "that account", "he added"). */
  lastStatement: number | null;
  lastSpeaker: string | null;
  /** Every speaker of that statement's speech act (joint attribution). */
  lastSpeakers: string[];
  /** Paragraph of that statement. */
  lastParagraph: number;
  /** Paragraphs already tested by `offTopicParagraph`. */
  offTopic: Map<number, boolean>;
  /** The incident a section heading names ("Darkush, 25 October"): its section's paragraphs stay with it. */
  section?: number | null;
}

/**
 * The incident a statement is about. A sentence naming an incident's place links to that incident;
 * otherwise the statement is about the incident under discussion (the most recently mentioned),
 * unless it is a general, campaign-level, humanitarian or diplomatic remark, gives an aggregate toll,
 * or is about another or wider place.
 */
function linkIncident(
  doc: Doc,
  s: SentenceInfo,
  incidents: DraftIncident[],
  a: Attribution,
  cStart: number,
  cEnd: number,
  stanceCall: boolean,
  stanceClaim: boolean,
  focus: IncidentFocus,
): number | null {
  const content = doc.folded.slice(cStart, cEnd);
  // Relative clauses on a noun (", which have been supporting an offensive …") do not make the remark general.
  const core = content.replace(/,\s*(?:which|who|whose)\b[^,]*(?:,|$)/gi, ' ');
  if (stanceCall && diplomaticCall(doc, s, cStart, cEnd)) return null;
  if (AGGREGATE.test(core) || ACROSS_REGION.test(core) || s.dates.some((x) => x.span && x.start >= cStart && x.end <= cEnd)) return null;
  // (a clause chained to one about them all, "condemned the two strikes and called for an investigation", too)
  if (incidents.length >= 2 && (SEVERAL_INCIDENTS.test(core) || (a.chained && SEVERAL_INCIDENTS.test(doc.folded.slice(s.start, cStart))))) return null;
  const denial = DENY_VERB.test(a.verb) || DENY_CUE.test(content);
  // Incidents whose place the sentence names; prefer one named inside the content, then the nearest.
  let best: { key: number; d: number; container: boolean } | null = null;
  // The content places the attacks only "near"/"around" an incident's place: unnamed places elsewhere.
  const nearOnly = s.mentions.some((m) => m.type === 'place' && m.start >= cStart && m.end <= cEnd && UNNAMED_NEAR.test(doc.folded.slice(Math.max(cStart, m.start - 60), m.start)));
  for (const i of incidents) {
    const own = i.sentences.has(s.index);
    for (const m of s.mentions) {
      if (m.type !== 'place') continue;
      // The incident's own place, or the town or city that contains it ("the city of Idlib" for a hospital there).
      const container = !i.placeSlugs.includes(m.slug) && isLocal(m.slug) && i.placeSlugs.some((p) => chainOf(p, doc).slice(1).includes(m.slug));
      if (!i.placeSlugs.includes(m.slug) && !container) continue;
      // "villages near Idlib" are not Idlib; but a denial of operating "near Sarmin" answers the attack on Sarmin.
      if (!own && !denial && NEAR_BEFORE.test(doc.folded.slice(Math.max(s.start, m.start - 30), m.start))) continue;
      const inside = m.start >= cStart && m.end <= cEnd;
      const d = (inside ? 0 : 1000) + (own ? 0 : 500) + (container ? 300 : 0) + Math.abs(m.start - cStart);
      if (!best || d < best.d) best = { key: i.key, d, container };
    }
    // A sentence the incident claims only by a back-reference from a later paragraph ("Turkey slammed the strike") is left to the
    // discourse below, which returns to the article's main incident.
    const reportedAt = doc.sentences[firstIncidentSentence([i])]?.paragraph;
    if (own && !best && !(reportedAt !== undefined && reportedAt !== s.paragraph && i.key !== focus.main && !s.dates.length)) best = { key: i.key, d: 2000, container: false };
  }
  // Only a containing town named (d ≥ 300 without the incident's own sentence): still subject to the generality checks below.
  const viaContainer = best !== null && best.container && !incidents.find((i) => i.key === best.key)?.sentences.has(s.index);
  if (best && !viaContainer) {
    if (GROUND.test(content) && !ATTACK_WORD.test(content)) return null;
    return best.key;
  }
  if (nearOnly && !viaContainer) return null;
  // Between subject and verb: ", which …," asides removed, habit adverbs and the pluperfect remain.
  const gap = doc.folded.slice(a.subjEnd, a.verbStart).replace(/,[^,]*,/g, ' ');
  // A present-tense verb reports a standing position ("Damascus says it is fighting terrorism"), unless what it reports is a past event
  // ("Rescuers say eight people were killed", "rescue workers say the school had been sheltering 30 families").
  const pastEvent =
    /^(?:says|say)$/i.test(a.verb) &&
    ((/\b(?:was|were|had)\b/i.test(core) && !/\b(?:is|are|has|have|only|continue[sd]?|always|never)\b/i.test(core)) ||
      // A toll just given ("says the number of dead has risen to 11", "say at least seven people have been killed").
      (/\d|\b(?:two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)\b/i.test(core) && /\b(?:dead|killed|died|toll|wounded|injured)\b/i.test(core) && !/\b(?:only|continue[sd]?|always|never|since|so far|in the region)\b/i.test(core)));
  if (HABIT_GAP.test(gap) || (PRESENT_VERB.test(a.verb) && !pastEvent) || THREAT_VERB.test(a.verb)) return null;
  if (ACCOUNT_ANAPHOR.test(content)) return focus.lastStatement;
  // "rejected the report": a denial of the account just given is about the same incident.
  if (DENY_VERB.test(a.verb) && /^\s*(?:the|that|this)\s+reports?\b(?!\s+(?:of|on|by|from|that)\b)/i.test(content)) return focus.lastStatement;
  if (GENERAL_REMARK.test(core) || (GROUND.test(core) && !ATTACK_WORD.test(core))) return null;
  // "such attacks", "these terrorist attacks" (with several in the article): a class of attacks, not one.
  const plural = CLASS_OF_ATTACKS.exec(core);
  if (plural && (plural[1]?.toLowerCase() === 'such' || incidents.length >= 2)) return null;
  if (stanceCall && DIPLOMATIC_CALL.test(core)) return null;
  // A party's own operations against "terrorists" are a campaign-level justification.
  // Unless it points back at the place attacked ("on the outskirts of the town").
  if (stanceClaim && /\bterrorist/i.test(core) && !/\b(?:in|on|at|inside|near)\s+(?:the\s+)?(?:(?:outskirts|edge|centre|center)\s+of\s+the\s+)?(?:same\s+)?(?:town|village)\b/i.test(core)) return null;
  // A paragraph that nowhere touches an attack, a toll or an attack's site, after another such paragraph: the article has
  // moved on to the wider situation ("Each side thinks time is on its side"), away from the incident under discussion.
  if (!viaContainer && offTopicParagraph(doc, s.paragraph, incidents, focus.offTopic) && offTopicParagraph(doc, previousBodyParagraph(doc, s), incidents, focus.offTopic)) return null;
  let target = viaContainer ? best!.key : focus.current ?? (s.index < firstIncidentSentence(incidents) && ATTACK_WORD.test(core) && HARM_FIGURE.test(core) ? focus.main : null);
  // After a campaign-level digression, a definite back-reference ("the allegations") returns to the main incident.
  if (target === null && focus.main !== null && INCIDENT_ANAPHOR.test(core)) {
    focus.current = focus.main;
    target = focus.main;
  }
  if (target === null) return null;
  // Another place (not the incident's nor one containing it) makes it a remark about that place.
  const inc = incidents.find((i) => i.key === target);
  const other = s.mentions.some(
    (m) =>
      m.type === 'place' &&
      m.start >= cStart &&
      m.end <= cEnd &&
      !NON_LOCATIVE_BEFORE.test(doc.folded.slice(Math.max(s.start, m.start - 45), m.start)) &&
      PLACES.get(m.slug)?.kind !== PlaceKind.REGION &&
      PLACES.get(m.slug)?.kind !== PlaceKind.COUNTRY &&
      // Foreign places (datelines, capitals) are never where a Syrian attack happened.
      (!PLACES.has(m.slug) || placeChain(m.slug).includes('syria')) &&
      !(inc && inc.placeSlugs.some((p) => p === m.slug || chainOf(p, doc).includes(m.slug))),
  );
  if (other) return null;
  // "the rubble of the market", "Monday's strike", "the earlier attack": the one incident that site or day picks out.
  const site = siteIncident(doc, core, incidents) ?? datedIncident(doc, s, cStart, cEnd, core, incidents);
  if (site !== null && !viaContainer) {
    focus.current = site;
    return site;
  }
  // "Meanwhile, …" opens a new thread unless it names the incident's town.
  const namesArea = !!inc && s.mentions.some((m) => m.type === 'place' && m.start >= cStart && m.end <= cEnd && inc.placeSlugs.some((p) => p === m.slug || chainOf(p, doc).includes(m.slug)) && isLocal(m.slug));
  if (NEW_THREAD.test(doc.folded.slice(s.start, Math.min(cStart, a.subjStart))) && !namesArea) return null;
  // "The strikes were carried out by Russian warplanes": a back-reference naming the current incident's kind stays with it.
  const mainInc = incidents.find((i) => i.key === focus.main);
  const kindRef = anaphorKind(core);
  // ("Mahmoud Jneid, a rescue worker in the town, told …": "the town" is the last one named, the current incident's)
  // (in the speaker's description, between the name and the verb; "near the town" in what is said may mean the story's town)
  const townRef = !!inc && a.verbStart > a.subjEnd && TOWN_BACKREF.test(doc.folded.slice(a.subjEnd, a.verbStart)) && inc.placeSlugs.includes(lastTownBefore(doc, s.start)?.slug ?? '');
  const keepsCurrent = (kindRef !== null && inc?.kind === kindRef && mainInc?.kind !== kindRef) || townRef;
  if (focus.newParagraph && target !== focus.main && target !== focus.section && !CASUALTY_ANAPHOR.test(core) && !keepsCurrent) {
    focus.current = focus.main;
    return focus.main;
  }
  return target;
}

/** A definite, singular attacked site ("the market", "the hospital's basement") in what a speaker says. */
const SITE_BACKREF = /\b(?:(?:the|that|this)\s+|(?:on|at|near|hit|struck|targeted|bombed|shelled)\s+an?\s+)(?:[\w-]+\s+)?(market|marketplace|hospital|clinic|school|bakery|mosque|camp)\b/gi;

/**
 * The incident a definite site names: the only one of several incidents whose own sentences name that kind of site.
 * One incident alone needs no such help, and a site two incidents share tells nothing.
 */
function siteIncident(doc: Doc, core: string, incidents: DraftIncident[]): number | null {
  if (incidents.length < 2) return null;
  SITE_BACKREF.lastIndex = 0;
  for (let m = SITE_BACKREF.exec(core); m; m = SITE_BACKREF.exec(core)) {
    const noun = new RegExp(String.raw`\b${(m[1] ?? '').toLowerCase()}\b`, 'i');
    const hits = incidents.filter((i) => [...i.sentences].some((n) => noun.test(doc.sentences[n]?.folded ?? '')));
    if (hits.length === 1) return hits[0]!.key;
  }
  return null;
}

const ATTACK_NOUN = String.raw`(?:air\s*strikes?|air-strikes?|strikes?|attacks?|raids?|bombings?|shelling|bombardment|massacre)`;
/** After a day: its possessive on an attack noun ("Monday's air strike"). */
const ATTACK_OF_DAY_AFTER = new RegExp(String.raw`^(?:['’]s?)?\s+(?:[\w-]+\s+){0,2}?${ATTACK_NOUN}\b`, 'i');
/** Before a day: the attack it dates ("the strike on Sunday", "the attack of 14 February"). */
const ATTACK_ON_DAY_BEFORE = new RegExp(String.raw`\b${ATTACK_NOUN}\s+(?:(?:in|on)\s+[A-Z][\w'-]+(?:\s+[A-Z][\w'-]+)?\s+)?(?:on|of)\s+(?:the\s+)?$`, 'i');
/** Ordinal back-references to incidents told in turn; "the former" and "the latter" only between two. */
const ORDINALS = ['first', 'second', 'third'];
const ORDINAL_ATTACK = /\bthe\s+(first|second|third)\s+(?:[\w-]+\s+)?(?:strike|air\s*strike|air-strike|attack|raid|bombing|shelling)\b|\bthe\s+(former|latter)\b/i;
/** "the earlier strike", "the latest attack": of incidents on different days, the first or the last. */
const RELATIVE_ATTACK = /\bthe\s+(earlier|previous|latest|later|most\s+recent)\s+(?:[\w-]+\s+)?(?:strike|air\s*strike|air-strike|attack|raid|bombing|shelling)\b/i;

/**
 * The incident a day picks out: a day in what is said ("Monday's strike", "the attack on 14 February") that is the
 * date of exactly one incident, or "the earlier"/"the latest" attack among incidents on different days.
 */
function datedIncident(doc: Doc, s: SentenceInfo, cStart: number, cEnd: number, core: string, incidents: DraftIncident[]): number | null {
  if (incidents.length < 2) return null;
  // Only a day bound to an attack noun: other days in what is said are the speech's or a report's ("in an update on Wednesday").
  const bound = (d: { start: number; end: number }): boolean => ATTACK_OF_DAY_AFTER.test(doc.folded.slice(d.end, d.end + 30)) || ATTACK_ON_DAY_BEFORE.test(doc.folded.slice(Math.max(cStart, d.start - 40), d.start));
  const days = [...new Set(s.dates.filter((d) => d.date !== null && !d.span && !d.month && d.start >= cStart && d.end <= cEnd && bound(d)).map((d) => d.date))];
  if (days.length === 1) {
    const hits = incidents.filter((i) => i.date === days[0]);
    if (hits.length === 1) return hits[0]!.key;
  }
  // "the first strike", "the second attack", "the latter": of incidents told in turn, the one told in that place.
  const ord = ORDINAL_ATTACK.exec(core);
  const word = (ord?.[1] ?? ord?.[2] ?? '').toLowerCase();
  if (word) {
    const told = [...incidents].sort((a, b) => Math.min(...a.sentences) - Math.min(...b.sentences));
    const pick = word === 'former' || word === 'latter' ? (told.length === 2 ? told[word === 'former' ? 0 : 1] : undefined) : told[ORDINALS.indexOf(word)];
    if (pick) return pick.key;
  }
  const rel = RELATIVE_ATTACK.exec(core);
  const dated = incidents.filter((i) => i.date !== null && i.date.length === 10);
  if (!rel || dated.length !== incidents.length || new Set(dated.map((i) => i.date)).size !== dated.length) return null;
  const sorted = [...dated].sort((a, b) => a.date!.localeCompare(b.date!));
  return (/^(?:earlier|previous)$/i.test(rel[1] ?? '') ? sorted[0] : sorted[sorted.length - 1])!.key;
}

/** The attack kind a definite back-reference names ("the strikes", "the shelling"), or null. */
function anaphorKind(core: string): IncidentKind | null {
  if (/\b(?:the|these|those|this|that)\s+(?:air\s*strikes?|air-strikes?|strikes?|raids?|air\s+raids?|bombing|bombings)\b/i.test(core)) return IncidentKind.AIRSTRIKE;
  if (/\b(?:the|these|those|this|that)\s+(?:shelling|rockets?|artillery\s+fire|shells|barrage)\b/i.test(core)) return IncidentKind.SHELLING;
  return null;
}

/** Campaign-level subject matter in a chained clause of the same speech act. */
const CAMPAIGN_CLAUSE = /\brecent (?:\w+ )?(?:bombing|strikes|attacks|raids|shelling)\b|\b(?:the|its|their) (?:offensive|campaign)\b/i;
function campaignAct(doc: Doc, attrs: Attribution[], idx: number, sentenceEnd: number): boolean {
  for (let j = idx + 1; j < attrs.length && attrs[j]!.chained; j++) {
    const end = attrs[j + 1]?.verbStart ?? sentenceEnd;
    if (CAMPAIGN_CLAUSE.test(doc.folded.slice(attrs[j]!.verbEnd, end))) return true;
  }
  return false;
}

/** The place and its containers, also for places the article introduced ("the village of X" in a province). */
function chainOf(slug: string, doc: Doc): string[] {
  if (PLACES.has(slug)) return placeChain(slug);
  const parent = doc.newPlaces.get(slug)?.parent;
  return parent ? [slug, ...chainOf(parent, doc)] : [slug];
}

function isLocal(slug: string): boolean {
  const k = PLACES.get(slug)?.kind;
  return k !== PlaceKind.PROVINCE && k !== PlaceKind.REGION && k !== PlaceKind.COUNTRY;
}

export const HARM_FIGURE = /\b(?:kill\w*|wound\w*|injur\w*|dead|died|bodies)\b/i;
function firstIncidentSentence(incidents: DraftIncident[]): number {
  let min = Infinity;
  for (const i of incidents) for (const x of i.sentences) if (x < min) min = x;
  return min;
}

/**
 * The incident of the toll a denial answers when the denied proposition is placed only in a province:
 * the latest earlier statement with a death toll whose clause names that province (`null` when that toll
 * was a province-wide aggregate). `undefined` when the content names a more specific place, no province,
 * or no such toll precedes.
 */
function provinceToll(doc: Doc, s: SentenceInfo, cStart: number, cEnd: number, earlier: DraftStatement[]): number | null | undefined {
  const inContent = s.mentions.filter((m) => m.type === 'place' && m.start >= cStart && m.end <= cEnd);
  if (inContent.some((m) => isLocal(m.slug))) return undefined;
  const provinces = inContent.filter((m) => PLACES.get(m.slug)?.kind === PlaceKind.PROVINCE).map((m) => m.slug);
  if (provinces.length === 0) return undefined;
  for (let i = earlier.length - 1; i >= 0; i--) {
    const st = earlier[i]!;
    if (st.figures.killed === null) continue;
    const names = st.sentence.mentions.some((m) => m.type === 'place' && m.start >= st.clauseStart && m.end <= st.clauseEnd && provinces.includes(m.slug));
    if (names) return st.incidentKey;
  }
  return undefined;
}

/** A list item's marker ("- ", "• ", "1. "). */
const LIST_ITEM = /^\s*(?:[-•\x95*–\x96—\x97▪]|\d{1,2}[.)])\s+/;
/** A line that opens with a label (after a time stamp or a bullet) and a colon, then a quotation. */
const LABEL_QUOTE = /^\s*(?:(?:\d{1,2}[:.]\d{2}\s*(?:GMT|UTC|local(?:\s+time)?|[ap]\.?m\.?)?|[-•\x95*–\x96—\x97▪])\s*[-—\x97–\x96:]?\s*)?[A-Z][^"“”:\n]{2,80}?:\s*["“]/;
/** A label opening a line, before the actor it names ("- The Syria Civil Defence: …"). */
const ACTOR_LABEL = /^\s*(?:(?:[-•\x95*–\x96—\x97▪]|\d{1,2}[.)])\s+)?(?:the\s+)?/i;
/** A sentence that introduces a list of calls ("SAMS calls on:", "The group urged:"). */
const LIST_CALL_END = /\b(?:calls?|called|calling)\s+(?:on|upon)(?:\s+(?:the\s+)?[\w-]+){0,3}\s*:\s*$|\b(?:urges?|urged|demands?|demanded|appeals?\s+to)\s*:\s*$/i;

/** A sentence that introduces a list of findings ("Levant Witness found that:", "The report concluded:", "wishes to draw the attention of the Council to the following:"). */
const LIST_SAY_END = /\s(?:(?:found|finds|concluded|concludes|said|says|reported|reports|documented|established|determined|noted|stated)(?:\s+(?:in|on)\s+(?:its|his|her|their|a|an|the)\s+(?:[\w-]+\s+){0,2}?(?:report|statement|bulletin|update|briefing|release|post|summary|website|account|channel))?(?:\s+on\s+\w+day)?(?:\s+that)?|(?:listed|lists|outlined|outlines|summari[sz]ed|summari[sz]es|detailed|details|gave|gives|presented|presents|set out|sets out)\s+(?:the\s+|its\s+|his\s+|her\s+|their\s+)?(?:[\w-]+\s+){0,2}(?:results|findings|conclusions|details|points|figures|targets|outcomes|strikes|following)|(?:documented|recorded|registered|reported|listed|lists|documents|records)\s+the\s+following\s+(?:[\w-]+\s+){0,2}?(?:attacks|strikes|incidents|violations|deaths|casualties)(?:\s+(?:during|in|over|for)\s+[^:()]{1,40}?)?(?:\s*\([^()]{1,120}\))?|(?:(?:wish|wishes|wished|would\s+like)\s+to\s+)?(?:draw|draws|drew|drawing)\s+(?:the\s+)?attention\s+of\s+[^:]{1,80}?\s+to\s+the\s+following)\s*:\s*$/i;
/** A list introduced by the ones who documented it: "Among the attacks documented by our teams:". */
const LIST_BY = /\b(?:documented|recorded|verified|registered|confirmed|reported)\s+by\s+[^:.;]{2,60}:\s*$/i;
/** A list introduced by its speakers alone: "We therefore:", "The signatories:". */
const SPEAKERS_ONLY_INTRO = /^\W*(?:we|the\s+signatories)(?:\s+(?:therefore|also|further|hereby|jointly|accordingly))?\s*:\s*$/i;
/** A list item that opens with its own speech verb: "call on X to …", "urge Y to …", "demand that …". */
const ITEM_SPEECH_VERB = /^\s*(?:(?:also|further|jointly|strongly)\s+)?(call\s+(?:on|upon|for)|urge|demand|appeal\s+to|condemn|deplore|reject|denounce|reiterate|remind)\b/i;
/** A list announced in the passive: "The incidents recorded by the network are listed below (town - date - …):". */
const LIST_BELOW = /\b(?:are|is)\s+(?:listed|set\s+out|given|shown|detailed|summari[sz]ed|tabulated)\s+(?:below|here|as\s+follows)\b[^:]{0,160}:\s*$/i;
/** A row of a table told as text: three cells at least, split by dashes or bars ("Kansafra — 12 October — 3 killed — …"). */
const TABLE_ROW = /^\s*(?:(?!\s[-—\x97–\x96|]\s)[^\n]){2,60}\s[-—\x97–\x96|]\s(?:(?!\s[-—\x97–\x96|]\s)[^\n]){1,60}\s[-—\x97–\x96|]\s/;
/** Between a list's announcer and its verb: nothing but auxiliaries, or one aside set off by commas. */
const LIST_SUBJECT_GAP = /^(?:\s+(?:(?:has|have|had|also)\s+)*|\s*,[^,:;"“”]{3,120},\s+(?:(?:has|have|had|also)\s+)*)$/i;

/** A heading over an organisation's own list of findings ("Our main findings:", "Key conclusions:"). */
const FINDINGS_HEAD = /^\s*(?:(?:our|its|the report['’]s)\s+)?(?:(?:main|key|principal|major|initial|preliminary)\s+)?(?:findings|conclusions)\s*:\s*$/i;
/** A finding that it cannot tell: "SNHR was unable to determine which party was responsible." */
const UNABLE_TO_TELL = /\b(?:could not|cannot|was unable to|were unable to)\s+(?:determine|establish|confirm|verify|identify|say|ascertain)\b/i;

/** An open question rather than an assertion: "could not determine whether …", "was unable to confirm who …". */
const OPEN_QUESTION = /\b(?:could not|cannot|can ?not|was unable to|were unable to|has not been able to|have not been able to)\s+(?:determine|establish|confirm|verify|identify|say|ascertain)\s+(?:whether|who|which|if)\b/i;

/** A verb that gives a toll itself ("put the toll at 31", "put it at five", "gave a toll of eight", "revised its count"). */
const TOLL_VERB = /toll|picture|(?:count|tally|figure)$|^(?:put|puts|putting) (?:it|the number|the figure|the (?:dead|deaths|wounded|injured|fatalities|casualties))\b/;

/** The object of "echoed": an earlier speech act named by its noun ("that demand", "the ministry's criticism"). */
const ECHO_OBJECT = /^\s*(?:that|this|the|those|these|its|their|his|her|[\w'-]+['’]s)\s+(?:[\w-]+\s+)?(demands?|calls?|appeals?|criticism|condemnation|concerns?|denials?|accusations?|charges?|claims?|warnings?|position|view)\b/i;
const ECHO_STANCE: Record<string, Stance> = {
  demand: Stance.CALL,
  call: Stance.CALL,
  appeal: Stance.CALL,
  criticism: Stance.CRITICISM,
  condemnation: Stance.CRITICISM,
  concern: Stance.CRITICISM,
  denial: Stance.DENIAL,
  accusation: Stance.ACCUSATION,
  charge: Stance.ACCUSATION,
};

/** The whole object of a denial is a back-reference to the account just given ("denies this", "rejected the claim"). */
/** A denied charge named by a definite noun: "the accusation", "these allegations as …". */
const CHARGE_OBJECT = /^\s*(?:the|this|that|these|those)\s+(?:accusations?|allegations?|charges?)\b(?!\s+(?:of|that|against|by)\b)/i;
const ANAPHORIC_OBJECT = /^\s*(?:this|that|it|these|those|(?:the|this|that|these|those)\s+(?:claims?|allegations?|accusations?|charges?|accounts?|reports?|version))\s*[.!]?\s*$/i;

/** Extracts statements from body sentences. */
interface QuoteBlock {
  speaker: string;
  /** Every author of a joint document ("the governments of France, Britain and the United States"): one statement each. */
  speakers: string[];
  /** Sentence index of the introduction, and how many sentences later the block may open. */
  intro: number;
  reach: number;
  inside: boolean;
  /** An unquoted block: the issuer's own paragraphs in the first person plural ("We hold …"), running while they say "we"/"our". */
  plain?: boolean;
  text: string;
}

/** The first person, singular or plural: a turn's own voice, not the narration's. */
const FIRST_PERSON_ANY = /\b(?:I|[Ww]e|[Oo]ur|[Uu]s|[Mm]y|[Mm]e)\b/;
/** The first person plural outside quotations: an organisation's own voice. */
const WE_UNQUOTED = /\b(?:[Ww]e|[Oo]ur|[Uu]s)\b/;
/** The text of a sentence's paragraph with its quotations blanked. */
/** "issued a statement", "released a short statement on Tuesday": a statement announced, its words to follow. */
const ISSUED_STATEMENT = /\b(?:issued|released|published|put\s+out|posted)\s+(?:a|an)\s+(?:[\w-]+\s+)?(?:statement|communiqu[eé]|press\s+release)\b/i;

/** A stance verb in the present tense, as a release announces its issuer's position ("condemns", "calls on", "urges"). */
const PRESENT_STANCE = /^(?:condemns|denounces|deplores|calls (?:on|for|upon)|urges|demands|appeals (?:to|for)|rejects|denies|holds|expresses|is (?:deeply )?(?:alarmed|concerned|appalled|saddened|shocked))$/i;

/**
 * Whether the paragraph `s` opens is a quotation alone: it opens with a quotation mark, and either the quotation runs
 * on past its end (to be reopened in the next paragraph) or nothing stands outside its quotations.
 */
function standaloneQuote(doc: Doc, s: SentenceInfo): boolean {
  if (!/^\s*["“]/.test(s.folded)) return false;
  const para = doc.sentences.filter((x) => x.paragraph === s.paragraph).map((x) => x.folded).join(' ');
  return quoteOpen(para) || !/[A-Za-z]/.test(unquotedParagraph(doc, s));
}

/** Whether a signature line ("— Dr X, director of Y") follows the paragraph `s` is in. */
function signedBelow(doc: Doc, s: SentenceInfo): boolean {
  const last = doc.sentences.filter((x) => x.paragraph === s.paragraph).pop() ?? s;
  return SIGNATURE.test(doc.folded.slice(last.end, last.end + 200));
}

function unquotedParagraph(doc: Doc, s: SentenceInfo): string {
  return doc.sentences.filter((x) => x.paragraph === s.paragraph).map((x) => x.folded).join(' ').replace(/["“][^"“”]*["”]/g, ' ');
}

/** "issued the following statement", "reproduces it in full below", "read as follows": a document follows. */
const FOLLOWING = /\b(?:the following (?:[\w-]+\s+){0,2}?(?:statement|message|text|communiqu[eé]|declaration|appeal|post)|(?:in full|verbatim) below|(?:reads?|read) as follows|as follows\s*:)/i;
/** A passive issue verb and its agent, up to the agent's name: "was issued on Sunday by the administration of". */
const ISSUED_BY = /\b(?:issued|released|published|put\s+out|sent|posted)\b[^.;:]{0,40}?\bby\s+(?:the\s+)?(?:(?:administration|management|directors?|board|leadership|(?:press|media)\s+office)\s+of\s+(?:the\s+)?)?$/i;
/** "The governments of France, Britain and …", "The foreign ministers of …": the head of a joint subject. */
const JOINT_HEAD = /^\W*(?:the\s+)?(?:(?:governments?|foreign\s+ministers?|ministers?|leaders|heads\s+of\s+state|ambassadors|delegations|embassies|missions)\s+of\s+)?(?:the\s+)?$/i;
/** Between two names of a joint subject: ", ", " and ", ", and " (with an optional "the"). */
const JOINT_SEP = /^\s*(?:,\s*(?:and\s+)?|and\s+)(?:the\s+)?$/i;
/** What a colon-ended frame may hold after its verb besides the speaker: where and when it was said. */
const FRAME_WORD = /^(?:,|on|in|at|via|through|its|his|her|their|the|a|an|official|own|verified|Twitter|X|Facebook|Telegram|Instagram|account|channel|page|website|statement|post|message|video|report|bulletin|update|release|press|communiqu[eé]|letter|briefing|news|conference|email|e-mail|tweet|thread|findings|summary|words|later|earlier|then|also|briefly|local|time|[\d:.]+|a\.m\.|p\.m\.|am|pm|\w+day|morning|afternoon|evening|night|January|February|March|April|May|June|July|August|September|October|November|December)$/i;
/**
 * Whether what follows a speech verb up to a closing colon only says where and when ("…posted on its
 * account on Tuesday at 10:45:"). Word by word: one pattern over the whole run backtracks
 * exponentially on a run of digits.
 */
function frameRest(rest: string): boolean {
  const m = /^([^]*?)\s*:\s*$/.exec(rest);
  if (!m) return false;
  return (m[1]!.match(/,|[^\s,]+/g) ?? []).every((w) => FRAME_WORD.test(w));
}

/**
 * The introduction of a statement reproduced after it: a speech frame ending in a colon ("The White
 * Helmets later posted on Twitter:", "The statement read:"), whose quotation opens the next paragraph;
 * or "X issued the following statement", whose quoted document may come a few sentences later.
 */
function blockIntro(doc: Doc, s: SentenceInfo, spans: Span[], attrs: Attribution[], d: Discourse): { speaker: string; speakers: string[]; far: boolean; attr: Attribution | null } | null {
  const text = doc.folded;
  if (/:\s*$/.test(s.folded) && attrs.length > 0) {
    const last = attrs[attrs.length - 1]!;
    if (last.speakers.length >= 1 && last.verbEnd <= s.end && frameRest(text.slice(last.verbEnd, s.end))) return { speaker: last.speakers[0]!, speakers: last.speakers, far: false, attr: last };
  }
  if (!FOLLOWING.test(s.folded)) return null;
  const first = attrs.find((a) => !a.relayOnly);
  if (first) return { speaker: first.speakers[0]!, speakers: first.speakers, far: true, attr: null };
  // "The Free Aleppo Health Directorate on Monday issued the following statement": the sentence's subject,
  // all of it when it is joint ("The governments of France, the United Kingdom and the United States issued …").
  const named = spans.filter((x) => x.kind !== 'pronoun' && x.kind !== 'role').sort((x, y) => x.start - y.start);
  // "The following statement was issued on Sunday by the administration of Sarmin Surgical Hospital": the agent.
  const agent = named.find((x) => ISSUED_BY.test(text.slice(s.start, x.start)));
  const agentWho = agent ? resolveSpan(agent, d) : null;
  if (agentWho) return { speaker: agentWho, speakers: [agentWho], far: true, attr: null };
  const subj = named.find((x) => JOINT_HEAD.test(text.slice(s.start, x.start)));
  const who = subj ? resolveSpan(subj, d) : null;
  if (!subj || !who) return null;
  const speakers = coordinated(text, subj, who, named, (x) => resolveSpan(x, d));
  return { speaker: who, speakers, far: true, attr: null };
}

/** "We reiterate our support for …", "reaffirms its commitment to …": an expression of support, not a statement. */
const SUPPORT_ONLY = /^\W*(?:we|it|they)\s+(?:(?:also|once again|again|further)\s+)?(?:reiterate|reaffirm|restate|renew|express|reiterates|reaffirms|expresses)\s+(?:our|its|their)\s+(?:[\w-]+\s+)?(?:support|commitment|solidarity)\b/i;

/** A paragraph that is only a quotation (after an optional time stamp): "10:55 - \"We received twelve bodies.\"" */
const QUOTE_ONLY = /^\s*(?:\d{1,2}[:.]\d{2}\s*(?:[ap]\.?m\.?\s*)?[-—\x97–\x96:]\s*)?["“][^"“”]{10,}["”]\s*$/;
/** The signature line under a quotation: "— Dr Ahmad Khalil, director of the Saraqeb field hospital". */
const SIGNATURE = /^[ \t]*\r?\n[ \t]*(?:[—\x97–\x96]{1,2}|-(?=[ \t]))[ \t]*([^\n,]{3,60})(?:,[ \t]*([^\n]{1,120}))?[ \t]*(?:\r?\n|$)/;

/** The speaker named on the line right under a quotation, registered as a person (with the organisation in the role). */
function signatureSpeaker(doc: Doc, s: SentenceInfo, d: Discourse): string | null {
  const m = SIGNATURE.exec(doc.folded.slice(s.end, s.end + 200));
  if (!m?.[1]) return null;
  // "Syria Civil Defence (White Helmets)": the bracketed alias adds nothing.
  const name = m[1].replace(/\s*\([^()]*\)\s*$/, '').trim();
  const known = knownActorSlug(name);
  if (known) return known;
  PERSON_RE.lastIndex = 0;
  const p = PERSON_RE.exec(name);
  if (!p || p.index !== 0 || p[0].length !== name.length || (p[2] ?? '').split(/\s+/).some((t) => NOT_NAME.has(t) || ORG_WORD.test(t))) return null;
  const full = p[2] ?? name;
  const slug = slugify(full);
  if (!d.persons.has(slug) && !ACTORS.has(slug)) {
    // "…, director of the Idlib Health Directorate": the organisation named in the role.
    const role = m[2] ?? '';
    const roleAt = s.end + m[0].indexOf(role, m[0].indexOf(m[1]) + m[1].length);
    const org = role ? doc.mentions.find((x) => x.type === 'actor' && x.start >= roleAt && x.end <= roleAt + role.length && ACTORS.get(x.slug)?.kind !== ActorKind.STATE) : undefined;
    d.persons.set(slug, { slug, name: full, partOf: org?.slug ?? null });
    registerSurname(d, full, slug);
  }
  notePerson(d, slug, s.index);
  return slug;
}

export function findStatements(doc: Doc, incidents: DraftIncident[]): { statements: DraftStatement[]; persons: Map<string, PersonInfo> } {
  const fullNames = collectNames(doc);
  const d: Discourse = { described: describedAs(doc), lastPersonAt: -1, at: 0, lastPerson: null, recentPersons: [], gender: new Map(), titleGender: titleGenders(doc), lastOrg: null, lastSpeaker: null, lastSpeakers: [], persons: new Map(), surnames: new Map(), seenActors: [], bodies: [], fullNames, roles: roleHolders(doc, fullNames), newOrgs: newOrgMentions(doc), namesSecurityCouncil: namesSecurityCouncil(doc), signatories: signatoryLists(doc), self: doc.issuer ?? null, ownOrgs: [...doc.newActors.values()].filter((a) => a.kind === ActorKind.MONITOR || a.kind === ActorKind.NGO), onlyMonitor: onlyMonitor(doc) };
  const out: DraftStatement[] = [];
  const qc: { v: { speaker: string; paragraph: number; sentence: number; incidentKey: number | null } | null } = { v: null };
  const qaState: { v: { speaker: string; paragraph: number } | null } = { v: null };
  // (an official transcript: turns labelled with a title and a surname in capitals, "MS WHITFORD:", at least twice)
  const labelledTurns = doc.lines.filter((l) => TRANSCRIPT_LABEL.test(l.raw)).length >= 2;
  // A briefing or interview with its questions labelled ("Question: …", "Q: …"): its answers' procedural remarks say nothing.
  const askedTurns = doc.lines.filter((l) => QUESTION_LINE.test(l.raw)).length >= 2;
  const focus: IncidentFocus = { current: null, main: null, last: null, newParagraph: false, paragraph: -1, currentParagraph: -1, lastStatement: null, lastSpeaker: null, lastSpeakers: [], lastParagraph: -1, offTopic: new Map() };
  // The main incident: the first the article reports.
  focus.main = [...incidents].sort((x, y) => firstIncidentSentence([x]) - firstIncidentSentence([y]))[0]?.key ?? null;
  /**
   * A speech act that no speech verb frames (a labelled quotation or toll, a list item, an interview answer, a
   * reproduced block, an essay's sentence): its incident, and one statement per target for content `[from, to)`.
   * `silent` links the incident (which moves the focus) without stating anything.
   */
  const emitUnframed = (s: SentenceInfo, speaker: string, read: { stance: Stance; targets: string[] }, frame: UnframedAct, from: number, to: number, figures: Figures, clauseStart: number, silent = false): number | null => {
    const act: Attribution = { speakers: [speaker], ...frame, chained: false, inverted: false, relayOnly: false };
    const incidentKey = linkIncident(doc, s, incidents, act, from, to, read.stance === Stance.CALL, read.stance === Stance.CLAIM, focus);
    if (!silent) for (const t of read.targets.length > 0 ? read.targets : [null]) out.push({ speaker, stance: read.stance, targets: t ? [t] : [], incidentKey, figures, clauseStart, clauseEnd: to, sentence: s });
    return incidentKey;
  };
  // A speaker's words from `from` to the sentence's end, with no verb of their own ("X found that:" items, a post's lines).
  const sayUnframed = (s: SentenceInfo, speaker: string, from: number): void => {
    const read = stanceOf('said', doc.folded.slice(from, s.end), speaker, doc, s, from, s.end, d);
    const frame = { verb: 'said', verbStart: s.start, verbEnd: from, subjStart: s.start, subjEnd: s.start };
    emitUnframed(s, speaker, read, frame, from, s.end, extractFigures(doc.folded.slice(from, s.end)), from);
  };
  const firstBody = doc.sentences.find((x) => x.role === 'body')?.index ?? 0;
  // The account whose social-media post is being read, and the paragraph of that post.
  let post: { speaker: string; paragraph: number; after: number } | null = null;
  // The speakers of a list's items: one, or a joint document's signatories ("We therefore:").
  const listCall: { v: string[] | null } = { v: null };
  const listSay: { v: string[] | null } = { v: null };
  // A list of demands introduced by its speakers alone ("We therefore:"): each item opens with its own verb.
  let listVerbs: string[] | null = null;
  let listSayPara = -1;
  // A statement reproduced as a quoted block after its introduction ("X posted on Twitter:", "issued the following statement").
  const blk: { v: QuoteBlock | null } = { v: null };
  // In a Q:/A: transcript, the person last introduced when the first answer starts (undefined: not met yet).
  const transcript = HAS_QUESTIONS.test(doc.folded);
  // An interview whose questions stand alone in bold ("**What happened that morning?**"): the paragraphs after each are the
  // interviewee's answer.
  const boldQuestions = doc.sentences.filter((x) => BOLD_QUESTION.test(x.folded)).map((x) => x.start);
  const boldInterview = boldQuestions.length >= 2;
  let interviewee: string | null | undefined;
  // An opinion piece's author speaks in every sentence of the body that no other frame claims.
  const essay = labelledTurns || transcript ? null : essayAuthor(doc, d);
  const letters = letterAuthors(doc, d);
  let prevPara = -1;
  // The speakers the last sentence with a speech frame gave, and its paragraph (for a quotation paragraph after it).
  let lastSaid: { paragraph: number; speakers: string[]; sentence: number; verb: string } | null = null;
  for (const s of doc.sentences) {
    // A release's lead in its issuer's present tense ("SAMS strongly condemns …"), then "we" unquoted in the next sentences:
    // the issuer writes in the first person.
    if (!d.self && lastSaid && s.role === 'body' && s.index - firstBody <= 2 && lastSaid.sentence - firstBody <= 1 && lastSaid.speakers.length === 1 && PRESENT_STANCE.test(lastSaid.verb) && /\b(?:we|our)\b/i.test(s.folded.replace(/["“][^"“”]*["”]/g, ' '))) {
      const org = lastSaid.speakers[0]!;
      if (kindOfSlug(org, d) !== ActorKind.PERSON && kindOfSlug(org, d) !== ActorKind.STATE) d.self = org;
    }
    const spans = spansOf(doc, s, d);
    const source = spans.filter((x) => x.kind === 'actor' && x.slug && /\bsources?\b/i.test(x.surface)).pop();
    if (source?.slug) d.lastSource = { slug: source.slug, at: s.index };
    d.at = s.index;
    // The block opens with a quotation mark at the start of a paragraph and runs until its quotation closes.
    let blockSpeaker: string | null = null;
    let blockSpeakers: string[] = [];
    // A paragraph that is a quotation and nothing else, right after a paragraph whose last sentence gave a speaker
    // ("Raed al-Saleh described what his teams found." / "…," said X.), goes on in that speaker's words, unless a
    // signature under it names another.
    if (!blk.v && s.role === 'body' && s.paragraph !== prevPara && lastSaid?.sentence === s.index - 1 && lastSaid.paragraph === previousBodyParagraph(doc, s) && standaloneQuote(doc, s) && !signedBelow(doc, s)) {
      blk.v = { speaker: lastSaid.speakers[0]!, speakers: lastSaid.speakers, intro: s.index - 1, reach: 1, inside: false, text: '' };
    }
    if (blk.v && (s.role === 'body' || s.role === 'crosshead')) {
      if (!blk.v.inside) {
        if (s.paragraph !== prevPara && /^\s*["“]/.test(s.folded) && s.index - blk.v.intro <= blk.v.reach) {
          blk.v.inside = true;
          blk.v.text = '';
        } else if (s.paragraph !== prevPara && blk.v.reach > 1 && s.index - blk.v.intro <= blk.v.reach && WE_UNQUOTED.test(unquotedParagraph(doc, s))) {
          // "The following statement was issued by …", then the statement unquoted, in its issuer's first person.
          blk.v.inside = true;
          blk.v.plain = true;
        } else if (s.index - blk.v.intro >= blk.v.reach) blk.v = null;
      } else if (blk.v.plain && s.paragraph !== prevPara && !WE_UNQUOTED.test(unquotedParagraph(doc, s))) blk.v = null;
      if (blk.v?.plain) {
        blockSpeaker = blk.v.speaker;
        blockSpeakers = blk.v.speakers;
      } else if (blk.v?.inside) {
        blockSpeaker = blk.v.speaker;
        blockSpeakers = blk.v.speakers;
        // A quotation running over several paragraphs reopens each one with a quotation mark and closes only at its end.
        const reopened = s.paragraph !== prevPara && blk.v.text !== '' && quoteOpen(blk.v.text) && /^\s*["“]/.test(s.folded);
        blk.v.text += ' ' + (reopened ? s.folded.replace(/^\s*["“]/, '') : s.folded);
        if (!quoteOpen(blk.v.text)) blk.v = null;
      }
    }
    prevPara = s.paragraph;
    // A social-media post's header ("1/ @SCD_Idlib · 21:14"): the post under it is the account holder's.
    if (s.role === 'crosshead' || s.role === 'body') {
      const header = POST_HEADER.exec(s.folded);
      if (header?.[1]) {
        const holder = accountHolder(doc, header[1]);
        post = holder ? { speaker: holder, paragraph: s.role === 'crosshead' ? s.paragraph + 1 : s.paragraph, after: s.end } : null;
      } else if (post && s.paragraph > post.paragraph) post = null;
    }
    // A section heading that names an incident's place puts its section on that incident; any other heading ends it.
    if (s.role === 'crosshead') {
      const named = incidents.filter((i) => s.mentions.some((m) => m.type === 'place' && i.placeSlugs.includes(m.slug)));
      focus.section = named.length === 1 ? named[0]!.key : null;
      if (focus.section !== null) focus.current = focus.section;
    }
    let attributed = false;
    const describedSpeakers: string[] = [];
    if (s.role === 'body') {
      // A new paragraph returns from a side incident to the article's main one.
      // (the paragraph that set the incident under discussion is behind us, whether or not this is its first sentence).
      focus.newParagraph = s.paragraph !== focus.paragraph || (focus.currentParagraph >= 0 && s.paragraph !== focus.currentParagraph);
      focus.paragraph = s.paragraph;
      const attrs = attributions(doc, s, spans, d).sort((a, b) => a.verbStart - b.verbStart);
      attributed = attrs.length > 0;
      // A sentence that is only a quotation, right after a quoted statement in the same paragraph, continues that speaker.
      const quoteCont = qc.v;
      if (attrs.length === 0 && quoteCont && quoteCont.paragraph === s.paragraph && quoteCont.sentence === s.index - 1 && /^\s*"[^"]+[.!?,]?"\s*$/.test(s.folded)) {
        const { stance, targets } = stanceOf('said', s.folded, quoteCont.speaker, doc, s, s.start, s.end, d);
        out.push({ speaker: quoteCont.speaker, stance, targets, incidentKey: quoteCont.incidentKey, figures: extractFigures(s.folded), clauseStart: s.start, clauseEnd: s.end, sentence: s });
      }
      qc.v = null;
      // Interview answers labelled with the speaker's name ("Dr Aboud: We heard the jets …"), and the rest of that answer's paragraph.
      // In a transcript, a turn runs over unlabelled paragraphs in the first person until the next label ("QUESTION:", "MS WHITFORD:").
      if (qaState.v && labelledTurns && s.role === 'body' && s.paragraph === qaState.v.paragraph + 1 && !TURN_LABEL.test(s.folded) && FIRST_PERSON_ANY.test(unquotedParagraph(doc, s))) qaState.v.paragraph = s.paragraph;
      const qa = attrs.length === 0 ? qaLabel(s.folded) : null;
      let qaSpeaker: string | null = null;
      let qaAt = s.start;
      const answer = transcript && attrs.length === 0 ? ANSWER_LABEL.exec(s.folded) : null;
      if (answer && /(?:^|\n)[ \t]*$/.test(doc.folded.slice(Math.max(0, s.start - 4), s.start))) {
        if (interviewee === undefined) interviewee = d.lastPerson && kindOfSlug(d.lastPerson, d) === ActorKind.PERSON ? d.lastPerson : introducedPerson(doc, s, d);
        if (interviewee) {
          qaSpeaker = interviewee;
          qaAt = s.start + answer[0].length;
          qaState.v = { speaker: qaSpeaker, paragraph: s.paragraph };
        }
      } else if (qa && /(?:^|\n)[ \t]*$/.test(doc.folded.slice(Math.max(0, s.start - 4), s.start))) {
        // (a label in capitals, title-cased, may differ from the name in the text only in case: "Al-Halabi", "al-Halabi")
        const raw = d.fullNames.find((f) => f.toLowerCase() === (qa[2] ?? '').toLowerCase()) ?? qa[2] ?? '';
        // "Spokesperson: …": the person the article introduced with that role ("Teodor Marinescu, Spokesperson for the Secretary-General").
        const holder = /^(?:(?:Deputy|Chief|Senior|Associate)\s+)?(?:Spokes(?:person|man|woman)|Minister|Ambassador|Envoy|Director|Commander|Coordinator)$/.test(raw) ? roleHolder(doc, raw, d) : null;
        const known = holder ? slugify(holder) : d.surnames.get(raw.toLowerCase());
        const full = holder ?? fullNameOf(raw, d);
        // The outlet's own presenter or correspondent, introduced as such, reports rather than speaks.
        const firstAt = doc.folded.indexOf(full);
        const newsroom = firstAt >= 0 && JOURNALIST_BEFORE.test(doc.folded.slice(Math.max(0, firstAt - 60), firstAt));
        // A label naming a news outlet ("Levant Review: What happened?") is the interviewer's turn: its questions are not
        // statements, and the answer before it has ended.
        if (isOutletName(doc, raw)) qaState.v = null;
        else if (!newsroom && !raw.split(/\s+/).some((t) => NOT_NAME.has(t)) && (known || full !== raw || d.fullNames.includes(raw))) {
          qaSpeaker = known ?? slugify(full);
          registerPerson(d, qaSpeaker, full);
          const last = full.split(/\s+/).pop();
          if (last && !known) d.surnames.set(last.toLowerCase(), qaSpeaker);
          qaAt = s.start + qa[0].length;
          qaState.v = { speaker: qaSpeaker, paragraph: s.paragraph };
        }
      } else if (attrs.length === 0 && qaState.v && qaState.v.paragraph === s.paragraph) qaSpeaker = qaState.v.speaker;
      if (!qaSpeaker && boldInterview && attrs.length === 0 && s.role === 'body' && !BOLD_QUESTION.test(s.folded) && boldQuestions.some((q) => q < s.start)) {
        if (interviewee === undefined) interviewee = d.lastPerson && kindOfSlug(d.lastPerson, d) === ActorKind.PERSON ? d.lastPerson : introducedPerson(doc, s, d);
        if (interviewee) qaSpeaker = interviewee;
      }

      if (!qaSpeaker && s.paragraph !== qaState.v?.paragraph) qaState.v = null;
      // A speaker's name as the label of a quotation ("16:10 GMT - Local council head Ahmad Barakat: \"We have pulled 15
      // bodies …\""): the quotation is that speaker's.
      if (!qaSpeaker && attrs.length === 0) {
        const lq = LABEL_QUOTE.exec(s.folded);
        const colon = lq ? s.start + lq[0].lastIndexOf(':') : -1;
        const who = lq ? spans.filter((x) => x.kind !== 'pronoun' && x.kind !== 'role' && x.start >= s.start && x.end <= colon && /^\s*$/.test(doc.folded.slice(x.end, colon))).pop() : undefined;
        const speaker = who ? resolveSpan(who, d) : null;
        if (who && speaker) {
          const at = colon + 1;
          const read = stanceOf('said', doc.folded.slice(at, s.end), speaker, doc, s, at, s.end, d);
          const frame = { verb: 'said', verbStart: who.end, verbEnd: at, subjStart: who.start, subjEnd: who.end };
          const incidentKey = emitUnframed(s, speaker, read, frame, at, s.end, extractFigures(doc.folded.slice(at, s.end)), who.start);
          qc.v = { speaker, paragraph: s.paragraph, sentence: s.index, incidentKey };
        }
      }
      // A source's figures given under its name as a label ("- The Syria Civil Defence: 15 killed, including four children.").
      if (!qaSpeaker && attrs.length === 0) {
        const label = ACTOR_LABEL.exec(s.folded);
        const who = label ? s.mentions.find((m) => m.type === 'actor' && m.start === s.start + label[0].length) : undefined;
        const colon = who ? /^\s*:\s+/.exec(doc.folded.slice(who.end, s.end)) : null;
        if (who && colon) {
          const at = who.end + colon[0].length;
          const body = doc.folded.slice(at, s.end);
          // A bare figure counts in a list of tolls ("Tolls vary by source:" and its items).
          const prev = doc.sentences[s.index - 1];
          const inList = !!prev && prev.role === 'body' && (LIST_ITEM.test(prev.folded) || /:\s*$/.test(prev.folded));
          if ((HARM_FIGURE.test(body) || (inList && LIST_ITEM.test(s.folded))) && /\d|\b(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|dozen|hundred)\b/i.test(body)) {
            const frame = { verb: 'said', verbStart: who.end, verbEnd: at, subjStart: who.start, subjEnd: who.end };
            emitUnframed(s, who.slug, { stance: Stance.CLAIM, targets: [] }, frame, at, s.end, extractFigures(body), s.start);
          }
        }
      }
      // "SAMS calls on:" followed by a list: each item is a call on the addressee it opens with.
      const listItem = LIST_ITEM.exec(s.folded);
      if (listCall.v && attrs.length === 0 && listItem) {
        const from = s.start + listItem[0].length;
        for (const speaker of listCall.v) {
          const { targets } = stanceOf('urged', doc.folded.slice(from, s.end), speaker, doc, s, from, s.end, d);
          const frame = { verb: 'urged', verbStart: s.start, verbEnd: from, subjStart: s.start, subjEnd: s.start };
          emitUnframed(s, speaker, { stance: Stance.CALL, targets }, frame, from, s.end, { killed: null, injured: null, children: null, qualifier: null }, from);
        }
      } else listCall.v = null;
      // "We therefore:" then "- call on X to …", "- urge Y to …": each item's own opening verb, for every speaker.
      const itemVerb = listVerbs && listItem ? ITEM_SPEECH_VERB.exec(doc.folded.slice(s.start + listItem[0].length, s.end)) : null;
      if (listVerbs && listItem && itemVerb?.[1]) {
        const verbAt = s.start + listItem[0].length + itemVerb.index + (itemVerb[0].length - itemVerb[1].length);
        const from = verbAt + itemVerb[1].length;
        for (const speaker of listVerbs) {
          const read = stanceOf(itemVerb[1].toLowerCase(), doc.folded.slice(from, s.end), speaker, doc, s, from, s.end, d);
          const frame = { verb: itemVerb[1].toLowerCase(), verbStart: verbAt, verbEnd: from, subjStart: s.start, subjEnd: s.start };
          emitUnframed(s, speaker, read, frame, from, s.end, extractFigures(doc.folded.slice(from, s.end)), from);
        }
      } else if (!listItem) listVerbs = null;
      // "X found that:" followed by numbered findings: each item is X's claim.
      // A finding that leaves the question open ("could not determine whether …") asserts nothing.
      // (a finding's further sentences, in the item's own paragraph, are findings too)
      // (a table's rows, in a paragraph of their own, are items too)
      const row = !listItem && listSay.v !== null && attrs.length === 0 && TABLE_ROW.test(s.folded);
      const listMore = !listItem && listSay.v !== null && (s.paragraph === listSayPara || row) && attrs.length === 0;
      if (listSay.v && attrs.length === 0 && (listItem || listMore) && !qaSpeaker && !OPEN_QUESTION.test(s.folded) && !UNABLE_TO_TELL.test(s.folded)) {
        const from = s.start + (listItem ? listItem[0].length : 0);
        listSayPara = s.paragraph;
        for (const speaker of listSay.v) sayUnframed(s, speaker, from);
      } else if (!listItem && !listMore) listSay.v = null;
      const weIntro = attrs.length === 0 && SPEAKERS_ONLY_INTRO.exec(s.folded);
      if (weIntro) {
        const span = spans.find((x) => x.start >= s.start + weIntro.index && x.start < s.start + weIntro.index + weIntro[0].length);
        const slug = span ? resolveSpan(span, d) : null;
        if (slug) listVerbs = span?.kind === 'role' && span.surface === 'we-signatories' ? [...d.lastSpeakers] : [slug];
      }
      if (attrs.length > 0 && LIST_CALL_END.test(s.folded)) {
        const a = attrs[attrs.length - 1]!;
        if (CALL_VERB.test(a.verb) && a.speakers.length > 0) listCall.v = [...a.speakers];
      } else {
        const lead = LIST_SAY_END.exec(s.folded);
        // The subject right before the verb, or before an aside on it ("Gen. X, who heads …, listed the main results:").
        const before = lead ? spans.filter((x) => x.end <= s.start + lead.index).sort((x, y) => y.end - x.end) : [];
        const who = before.find((x) => LIST_SUBJECT_GAP.test(doc.folded.slice(x.end, s.start + lead!.index + 1)));
        const slug = who ? resolveSpan(who, d) : null;
        if (lead && who && slug) listSay.v = [slug];
        // "The incidents recorded by the network are listed below (town - date - killed - …):", "Among the attacks
        // documented by our teams:": the one the list is by.
        else if (!lead && (LIST_BELOW.test(s.folded) || LIST_BY.test(s.folded))) {
          const by = spans.find((x) => x.kind !== 'pronoun' && /\bby\s+(?:the\s+)?$/i.test(doc.folded.slice(Math.max(s.start, x.start - 8), x.start)));
          const slugBy = by ? resolveSpan(by, d) : null;
          if (slugBy) listSay.v = by?.kind === 'role' && by.surface === 'we-signatories' ? [...d.lastSpeakers] : [slugBy];
        }
        // "Our main findings:", "Key findings:" in an organisation's own document: its findings follow.
        else if (d.self && attrs.length === 0 && FINDINGS_HEAD.test(s.folded)) listSay.v = [d.self];
      }
      if (post && attrs.length === 0 && !qaSpeaker && s.paragraph === post.paragraph && s.start >= post.after) {
        sayUnframed(s, post.speaker, s.start + (/^\s*(?:UPDATE|BREAKING|CORRECTION)\s*:\s*/i.exec(s.folded)?.[0].length ?? 0));
      }
      // (a question in an answer, "Staged?", asserts nothing)
      if (qaSpeaker && !PLEASANTRY.test(doc.folded.slice(qaAt, s.end)) && !/\?\s*["”]?\s*$/.test(doc.folded.slice(qaAt, s.end))) {
        const answerText = doc.folded.slice(qaAt, s.end);
        // "We reject this report.", "I categorically deny it.": the answer's own first-person verb sets its stance.
        const own = FIRST_PERSON_VERB.exec(answerText);
        const read = own?.[1] ? stanceOf(own[1].toLowerCase().replace(/\s+/g, ' '), answerText.slice(own[0].length), qaSpeaker, doc, s, qaAt + own[0].length, s.end, d) : stanceOf('said', answerText, qaSpeaker, doc, s, qaAt, s.end, d);
        // An official transcript's procedural remark ("With that, I'll take your questions.", "Absolutely.") names nobody,
        // nowhere and no harm: no claim.
        const bare = /^\s*[([][^()[\]]*[)\]]\s*$/.test(answerText) || (labelledTurns || (askedTurns && PROCEDURAL.test(answerText))) && read.stance === Stance.CLAIM && read.targets.length === 0 && !s.mentions.some((m) => m.start >= qaAt) && !/\d/.test(answerText) && !ATTACK_WORD.test(answerText);
        const frame = { verb: 'said', verbStart: s.start, verbEnd: qaAt, subjStart: s.start, subjEnd: qaAt };
        emitUnframed(s, qaSpeaker, read, frame, qaAt, s.end, extractFigures(answerText), qaAt, bare);
        notePerson(d, qaSpeaker, s.index);
      }
      // "Syria Civil Defence issued a statement on Tuesday." (no content of its own): "the statement" after it is that body's.
      if (attrs.length === 0 && ISSUED_STATEMENT.test(s.folded)) {
        const issuer = spans.find((x) => x.kind === 'actor' && x.slug && /^\W*(?:the\s+)?$/i.test(doc.folded.slice(s.start, x.start)));
        if (issuer?.slug) {
          d.lastSpeaker = issuer.slug;
          d.lastSpeakers = [issuer.slug];
        }
      }
      // A person introduced in narration ("Abu Jamil, a 52-year-old greengrocer, was …"; "Dr Hind Aboud was …") is the antecedent of a later "he"/"she".
      if (attrs.length === 0 && !qaSpeaker) {
        // A named person opening the sentence is its subject ("Anna Belova of the … Institute was blunter.").
        // (not the outlet: "Crossline Magazine spoke to him by phone")
        const intro = spans.find((x) => x.kind === 'person' && x.surface.includes(' ') && !isOutletName(doc, x.surface) && (x.start < x.end - x.surface.length || PERSON_INTRO.test(doc.folded.slice(x.end, x.end + 30)) || /^\W*$/.test(doc.folded.slice(s.start, x.start)) || MET_BY_WRITER.test(doc.folded.slice(Math.max(s.start, x.start - 40), x.start))));
        if (intro?.slug) {
          registerPerson(d, intro.slug, intro.surface);
          registerSurname(d, intro.surface, intro.slug);
          notePerson(d, intro.slug, s.index);
          // ("Rear Admiral Pyotr Zhukovets, head of Russia's reconciliation centre, spoke to reporters."): the side he speaks for later.
          const known = d.persons.get(intro.slug);
          if (known && known.partOf === null) known.partOf = affiliationOf(doc, s, intro);
        }
      }
      // Register people named as speakers (and their organisation from an appositive).
      for (const a of attrs) {
        for (const sp of a.speakers) {
          if (ACTORS.has(sp) || d.persons.has(sp)) continue;
          const span = spans.find((x) => x.kind === 'person' && x.slug === sp);
          if (!span) continue;
          d.persons.set(sp, { slug: sp, name: span.surface, partOf: affiliationOf(doc, s, span) });
          const last = span.surface.split(/\s+/).pop();
          if (last) d.surnames.set(last.toLowerCase(), sp);
        }
      }
      // A lead in which an organisation speaks of "our hospital", "we": the article is its own release.
      if (!d.self && s.index - firstBody <= 2) {
        const org = attrs.find((a) => a.speakers.length === 1 && !a.relayOnly)?.speakers[0];
        const unquoted = s.folded.replace(/"[^"]*"/g, ' ');
        if (org && kindOfSlug(org, d) !== ActorKind.PERSON && kindOfSlug(org, d) !== ActorKind.STATE && /\b(?:our|we|us)\b/i.test(unquoted)) d.self = org;
      }
      // A quotation alone in its paragraph, signed on the next line ("— Dr X, director of Y"), as in live blogs.
      if (!blockSpeaker && attrs.length === 0 && !qaSpeaker && QUOTE_ONLY.test(s.folded)) {
        blockSpeaker = signatureSpeaker(doc, s, d);
        blockSpeakers = blockSpeaker ? [blockSpeaker] : [];
      }
      // Inside a reproduced statement, every sentence without a speech frame of its own is the issuer's.
      if (blockSpeaker && attrs.length === 0 && !qaSpeaker) {
        const body = doc.folded.slice(s.start, s.end);
        // The quotation's own sentences (sbd keeps a quotation together): one statement each.
        const parts = body.split(/(?<=[.!?])["”]?\s+(?=["“]?[A-Z#])/);
        let at = s.start;
        for (const part of parts) {
          const from = doc.folded.indexOf(part, at);
          if (from < 0) break;
          const to = from + part.length;
          at = to;
          if (part.replace(/["“”\s]/g, '').length < 3) continue;
          // A salutation or heading ("To our people and to the free world:") and an expression of support assert nothing.
          if (/:\s*["“”]?\s*$/.test(part) || SUPPORT_ONLY.test(part)) continue;
          // (the block is the issuer's own words: read as a quotation; the added quote marks shift the
          // content's offsets by one, so its span is widened to match)
          const quoted = /["“”]/.test(part);
          for (const author of blockSpeakers.length > 0 ? blockSpeakers : [blockSpeaker]) {
            const read = quoted ? stanceOf('said', part, author, doc, s, from, to, d) : stanceOf('said', `"${part}"`, author, doc, s, from - 1, to + 1, d);
            emitUnframed(s, author, read, { verb: 'said', verbStart: from, verbEnd: from, subjStart: from, subjEnd: from }, from, to, extractFigures(part), from);
          }
        }
      }
      // The essay's own sentences (not a question, not a quotation framed by someone else): the author's.
      // (a sentence with a speech verb whose subject was not resolved is someone else's report, not the author's)
      const author = letters.get(s.paragraph) ?? essay;
      if (author && !blockSpeaker && attrs.length === 0 && !qaSpeaker && !/\?\s*["”]?\s*$/.test(s.folded) && !OTHERS_REPORT.test(s.folded)) {
        const body = s.folded;
        const addressed = ADDRESS_COLON.exec(body);
        const addressee = addressed ? s.mentions.find((m) => m.type === 'actor' && m.start >= s.start + addressed.index && m.end <= s.start + addressed.index + addressed[0].length) : undefined;
        // ("I do not blame them" blames nobody)
        const read = addressee ? { stance: Stance.CALL, targets: [addressee.slug] } : NEGATED_STANCE.test(body) ? { stance: Stance.CLAIM, targets: [] } : stanceOf('said', `"${body}"`, author, doc, s, s.start - 1, s.end + 1, d);
        const figures = extractFigures(body);
        const told = read.targets.length > 0 || read.stance !== Stance.CLAIM || figures.killed !== null || figures.injured !== null || ATTACK_WORD.test(body);
        if (told) {
          emitUnframed(s, author, read, { verb: 'said', verbStart: s.start, verbEnd: s.start, subjStart: s.start, subjEnd: s.start }, s.start, s.end, figures, s.start);
        }
      }
      // An introduction to a reproduced statement: its frame has no content of its own.
      const intro = blockIntro(doc, s, spans, attrs, d);
      if (intro && !(blk.v && !blk.v.inside && intro.far)) blk.v = { speaker: intro.speaker, speakers: intro.speakers, intro: s.index, reach: intro.far ? 6 : 1, inside: false, text: '' };
      let parentKey: number | null | undefined;
      const voicedBy = voicedStances(doc, s, attrs, d);
      attrs.forEach((a, idx) => {
        if (intro && a === intro.attr) return;
        if (voicedBy === a) return;
        const next = attrs[idx + 1];
        // Content of this speech act.
        let cStart: number;
        let cEnd: number;
        const after = doc.folded.slice(a.verbEnd, s.end);
        const beforeSubj = doc.folded.slice(s.start, a.subjStart);
        const relative = !!a.rel || /\b(?:which|who|whom|that)\s+(?:the\s+)?$/i.test(beforeSubj);
        // What follows the verb once its object ("told Reuters", "told reporters") is removed.
        let rest = after;
        if (/^(?:told|tells)$/.test(a.verb)) {
          const obj = s.mentions.find((m) => m.type === 'actor' && m.start >= a.verbEnd && m.start <= a.verbEnd + 6);
          rest = obj
            ? doc.folded.slice(obj.end, s.end)
            : after.replace(/^\s*(?:(?:a|an|the)\s+(?:news|press)\s+(?:conference|briefing)|(?:a|an|the)\s+(?:\w+\s+)?(?:briefing|meeting|session|gathering)|reporters|journalists|diplomats|the\s+\w+|an?\s+\w+|[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*){0,3}(?:['’]s)?(?:\s+(?:reporter|correspondent|news\s+agency|agency|radio|television|TV))?)(?:\s+(?:in|at)\s+[A-Z][\w'-]+(?:\s+[A-Z][\w'-]+)?)?/i, '');
        }
        // ("…, the group said in a report documenting violations in north-west Syria": the document, not content)
        const shortRest = rest.replace(/\bin (?:a|its|their|his|her) (?:[\w-]+\s+){0,2}(?:report|statement|bulletin|briefing)(?:\s+(?:documenting|on|about|into|covering|published|released|issued)\b[^,.;]*)?/gi, '').replace(/\b(?:in a statement|on \w+day|\w+day|by phone|by telephone|news agency|agency|later|separately)\b/gi, '').replace(/[\s.,"”]+/g, '').length < 12;
        // "…, state media reported, as airstrikes killed …": the narrator's subordinate clause follows.
        // ("…, the Observatory said on Tuesday, as government forces pushed deeper into …")
        // ("…, Hatay governor X said, the heaviest loss for the Turkish military in a single day": the narrator's appositive)
        const narratorTail = (NARRATOR_AFTER.test(after) && /,\s*(?:[a-z-]+\s+){0,4}$/.test(beforeSubj)) || (SUPERLATIVE_APPOSITIVE.test(after) && /,\s*(?:[\w'’-]+\s+){0,4}$/.test(beforeSubj));
        // "A doctor at the hospital in X, Dr Y, said …": a role noun phrase opening the sentence is the speaker's appositive.
        const appositiveLead = /^\W*(?:a|an|the)\s+[^,;:"“”()]{2,80},\s*$/i.test(beforeSubj) && !/\b(?:is|are|was|were|had|has|have|been|will|would|\w+ed|\w+ing)\b/i.test(beforeSubj) && !/^\s*[,.]/.test(after);
        // "…, the ministry branded the reports 'a fabrication'": a stance verb with its own object opens its content; only a
        // verb of saying closes a sentence as a trailing attribution.
        const ownObject = !a.inverted && (STANCE_OBJECT_VERB.test(a.verb) || ACCUSE_VERB.test(a.verb) || CALL_VERB.test(a.verb)) && OBJECT_HEAD.test(after);
        // "Separately, the army said militants fired …": a sentence adverb before the subject is no content.
        const adverbLead = !a.inverted && SENTENCE_ADVERB_LEAD.test(beforeSubj);
        // ("Another monitoring group, the Syrian Network for Human Rights, put the toll at 13": the subject names the
        // description that opens the sentence, and the verb follows its closing comma)
        const namedDescription = !a.inverted && /^\W*(?:[a-z][\w'’-]*\s+){0,4}[a-z][\w'’-]*\s*,\s*(?:the\s+)?$/i.test(beforeSubj) && !/[A-Z]/.test(beforeSubj.replace(/^\W*[A-Z]/, '')) && /^\s*,\s*$/.test(doc.folded.slice(a.subjEnd, a.verbStart));
        // ("In the statement, Arslan added: “…”": a colon after the verb opens its words)
        const colonAfter = /^\s*:/.test(after);
        const trailing =
          !appositiveLead && !ownObject && !adverbLead && !namedDescription && !colonAfter && (
          !relative &&
          !TOLL_VERB.test(a.verb) &&
          ((shortRest || narratorTail) && !a.chained && a.subjStart > s.start + 10) ||
          !relative &&
          (a.inverted ||
            (!a.chained &&
              a.subjStart > s.start + 10 &&
              (/[,"”]\s*(?:the\s+|a\s+|an\s+)?(?:[A-Z][\w-]*['’]s\s+)?$/.test(beforeSubj) || /[,"”]\s*(?:the\s+|a\s+|an\s+)?$/i.test(beforeSubj) || /^[\s,]*(?:[a-z]+ing\b|in a (?:[a-z]+\s+)?statement|on \w+day|\w+day|told|to reporters|by phone|[.]|$)/i.test(after)) &&
              // A full clause after the verb is its content ("…, the Observatory said government shelling had killed two").
              !/^\s*(?:,\s*(?:on\s+\w+day|in a (?:[a-z]+\s+)?statement)\s*,\s*that\b|(?:on\s+\w+day\s+|in a statement\s+)?(?:that\b|(?:[\w"“'-]+\s+){1,5}(?:had|has|have|was|were|is|are|will|would|could|must|should|killed|hit|struck)\b))/i.test(after) &&
              after.replace(ANONYMITY_ASIDE, '').replace(/\b(?:in a (?:[a-z]+\s+)?statement|on \w+day|\w+day|told [^,.]+|by phone|to reporters|later|separately)\b/gi, '').replace(/[\s.,"”]+/g, '').length < 60)));
        let parenSubject: string | null = null;
        if (trailing && !a.chained) {
          const prevEnd = attrs.filter((x) => x !== a && x.verbEnd <= Math.min(a.subjStart, a.verbStart)).map((x) => x.verbEnd).pop() ?? s.start;
          cStart = prevEnd;
          cEnd = a.inverted ? a.verbStart : a.subjStart;
          // "Russian forces, it said, killed 61.", "On 26 May, Bakour said, his spotters tracked …": an attribution set inside
          // its clause by commas reports the whole clause around it.
          if (!next && !a.inverted && /,\s*(?:the\s+)?$/i.test(doc.folded.slice(prevEnd, a.subjStart)) && PARENTHETICAL_REST.test(after) && !FINITE_WORD.test(doc.folded.slice(prevEnd, a.subjStart))) {
            cEnd = s.end;
            // The subject before the attribution ("Russian forces, it said, killed 61") is the actor of the clause.
            parenSubject = s.mentions.find((m) => m.type === 'actor' && m.start >= prevEnd && /^\W*(?:the\s+)?$/i.test(doc.folded.slice(prevEnd, m.start)) && /^\s*,\s*(?:the\s+)?$/i.test(doc.folded.slice(m.end, a.subjStart)))?.slug ?? null;
          }
          // "…a warplane dropped two bombs on a house, the Syria Civil Defence said on Sunday, killing 11 people": the toll
          // after the attribution is the attack's it reports.
          if (!next && TOLL_AFTER_ATTRIBUTION.test(after)) cEnd = s.end;
        } else {
          cStart = a.verbEnd;
          cEnd = next ? (next.chained ? next.verbStart : Math.max(a.verbEnd, Math.min(next.subjStart, next.verbStart))) : s.end;
          // "…, which the Observatory said had killed 23": the embedded report is not this speaker's.
          const rel = /,\s*(?:which|who)\s/i.exec(doc.folded.slice(cStart, cEnd));
          if (next && !next.chained && rel) cEnd = cStart + rel.index;
          // "…, as Western members and Russia traded accusations": the narrator's clause is not the speaker's.
          const as = /,\s+as\s+(?=[A-Z]|the\s|rescuers\s|residents\s)/.exec(doc.folded.slice(cStart, cEnd));
          if (as) cEnd = cStart + as.index;
        }
        if (cEnd <= cStart) {
          cStart = a.verbEnd;
          cEnd = s.end;
        }
        // "…, the state-run Anadolu Agency reported.": the relaying outlet closing the sentence is not part of the content.
        const relayTail = RELAY_TAIL.exec(doc.folded.slice(cStart, cEnd));
        if (relayTail && s.mentions.some((m) => m.type === 'actor' && ACTORS.get(m.slug)?.kind === ActorKind.MEDIA && m.start >= cStart + relayTail.index && m.end <= cEnd)) cEnd = cStart + relayTail.index;
        const content = doc.folded.slice(cStart, cEnd);
        // Nothing reported ("Syrian state media gave a different picture."), an agreement announced or support expressed: no statement.
        // (a time alone is nothing reported either: "said on Sunday" before "it had asked …")
        if (cStart >= a.verbEnd && !/toll|figure|count|tally/.test(a.verb) && (content.replace(/[\s.,;:"”]+/g, '').length === 0 || REPORT_GAP.test(trimClauseEnd(content)))) return;
        // A list's introduction ("documented the following attacks (…):") says nothing until its items.
        if (/^\s*the\s+following\b[^.]*:\s*$/i.test(content)) return;
        // (or one announced in the passive, whose attribution names the list's source: "… listed below (…, as given by SNHR):")
        if (LIST_BELOW.test(s.folded)) return;
        if (/^(?:announced|announces|agreed|declared)$/.test(a.verb) && /^\s*(?:a|an|the|their|its)\s+(?:[\w-]+\s+){0,2}(?:ceasefire|cease-fire|truce|agreement|deal|accord|memorandum)\b/i.test(content)) return;
        if (/^\s*(?:that\s+)?(?:it|they|he|she|[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+)?)\s+(?:stood|stands|would stand|will stand|continues to stand|continued to stand)\s+(?:by|with)\b/.test(content)) return;
        const clauseStart = Math.min(a.chained ? a.verbStart : a.subjStart, cStart);
        const clauseEnd = Math.max(cEnd, a.verbEnd, a.subjEnd);
        for (const speaker of a.speakers) {
          // "…that A and that B": a second complement with its own stance is its own statement (same evidence).
          const second = secondThat(content);
          const headEnd = second && second.index > 10 ? cStart + second.index : cEnd;
          const read = stanceOf(a.verb, doc.folded.slice(cStart, headEnd), speaker, doc, s, cStart, headEnd, d);
          let stance = read.stance;
          // ("Peskov said the Kremlin denied any involvement": the body that spoke through him is the one named by "itself")
          let targets = a.speakingFor ? read.targets.map((t) => (t === speaker ? a.speakingFor! : t)) : read.targets;
          if (parenSubject && parenSubject !== speaker && stance === Stance.CLAIM && targets.length === 0) targets = [parenSubject];
          // "The claim was rejected by the NFL", "dismissed that accusation": the denial answers the accusation just made, so
          // the one it accused is the one whose responsibility is denied.
          if (stance === Stance.DENIAL && targets.length === 0 && DENIED_CLAIM.test(doc.folded.slice(clauseStart, clauseEnd))) {
            // (the speaker reported last, in the two sentences before: a neutral source's claim is not an accusation to answer)
            const last = [...out].reverse().find((x) => x.speaker !== speaker && x.sentence !== s && x.sentence.index >= s.index - 2);
            const accused = last ? out.filter((x) => x.speaker === last.speaker && x.sentence !== s && x.sentence.index >= s.index - 2 && x.stance === Stance.ACCUSATION).flatMap((x) => x.targets) : [];
            if (accused.length > 0) targets = [...new Set(accused)].filter((t) => t !== speaker);
          }
          // "Turkey's defence ministry echoed that demand": the speech act repeated, with its addressee, from the earlier statement.
          const echoed = /^(?:echoed|echoes|echoing|repeated|repeats|seconded|endorsed)$/.test(a.verb) ? ECHO_OBJECT.exec(content) : null;
          const echoStance = echoed ? (ECHO_STANCE[(echoed[1] ?? '').toLowerCase().replace(/s$/, '')] ?? null) : null;
          const source = echoed ? [...out].reverse().find((x) => x.speaker !== speaker && (echoStance === null || x.stance === echoStance)) : undefined;
          if (echoed && source) {
            stance = source.stance;
            targets = [...new Set(out.filter((x) => x.sentence === source.sentence && x.speaker === source.speaker && x.stance === source.stance).flatMap((x) => x.targets))];
          }
          const tail = headEnd < cEnd ? stanceOf('said', doc.folded.slice(cStart + second!.end, cEnd), speaker, doc, s, cStart + second!.end, cEnd, d) : null;
          // A chained verb (", saying …", "and urged …") continues the same speech act: same incident.
          // …unless it is a diplomatic call ("…, and called on Russia to honour its commitments").
          let incidentKey = a.chained && parentKey !== undefined ? (stance === Stance.CALL && diplomaticCall(doc, s, cStart, cEnd) ? null : parentKey) : linkIncident(doc, s, incidents, a, cStart, cEnd, stance === Stance.CALL, stance === Stance.CLAIM, focus);
          // A speech act with a campaign-level clause ("…, saying that recent Russian bombing had killed …") is campaign-level as a whole.
          if (!a.chained && campaignAct(doc, attrs, idx, s.end)) incidentKey = null;
          // A denial placed only in a province ("had killed civilians in Idlib") answers the latest toll given for that province.
          if (!a.chained && stance === Stance.DENIAL) {
            const answered = provinceToll(doc, s, cStart, cEnd, out);
            if (answered !== undefined) incidentKey = answered;
          }
          // "Russia denies this.", "Moscow rejected the claim.": a denial of the account just given answers that statement's
          // incident; a pronoun object ("this") denies its proposition, so the actor it named is the target (a report noun is not).
          if (!a.chained && stance === Stance.DENIAL && ANAPHORIC_OBJECT.test(content)) {
            const answered = [...out].reverse().find((x) => x.speaker !== speaker);
            if (answered) {
              incidentKey = answered.incidentKey;
              if (targets.length === 0 && /^\s*(?:this|that|it)\s*[.!]?\s*$/i.test(content) && (answered.stance === Stance.CLAIM || answered.stance === Stance.ACCUSATION) && answered.targets.length === 1) targets = answered.targets;
            }
          }
          // "The group rejected the accusation as …": a charge noun denies the latest charge laid on the speaker's own side.
          if (!a.chained && stance === Stance.DENIAL && targets.length === 0 && CHARGE_OBJECT.test(content)) {
            const root = rootOf(speaker);
            const charged = [...out].slice(-8).reverse().find((x) => x.speaker !== speaker && (x.stance === Stance.CLAIM || x.stance === Stance.ACCUSATION) && x.targets.length === 1 && rootOf(x.targets[0]!) === root);
            if (charged) {
              targets = charged.targets;
              if (incidentKey === null) incidentKey = charged.incidentKey;
            }
          }
          // "X added" in the next sentence continues X's previous statement.
          if (!a.chained && /^(?:added|adds)$/.test(a.verb) && (focus.lastSpeaker === speaker || focus.lastSpeakers.includes(speaker)) && !incidents.some((i) => i.sentences.has(s.index))) incidentKey = focus.lastStatement;
          if (!a.chained || parentKey === undefined) parentKey = incidentKey;
          focus.lastStatement = incidentKey;
          focus.lastParagraph = s.paragraph;
          focus.lastSpeaker = speaker;
          focus.lastSpeakers = a.speakers;
          if (/"/.test(doc.folded.slice(s.start, s.end))) qc.v = { speaker, paragraph: s.paragraph, sentence: s.index, incidentKey };
          // A toll verb ("put the toll at 31", "gave a toll of eight") carries its own figure.
          const tollVerb = TOLL_VERB.test(a.verb) && cStart >= a.verbEnd;
          let figText = tollVerb || (cStart >= a.verbEnd && CONFIRM_VERB.test(a.verb)) ? doc.folded.slice(a.verbStart, cEnd) : content.length > 3 ? content : s.folded;
          // "…, the White Helmets said, killing a woman and wounding 11": the participle clause after a
          // mid-sentence attribution belongs to the reported content.
          if (cEnd <= a.subjStart && a.verbEnd < s.end) {
            const tail = /^\s*,\s*((?:killing|wounding|injuring|leaving)\b[^"]*)$/i.exec(doc.folded.slice(a.verbEnd, s.end));
            if (tail) figText += ', ' + (tail[1] ?? '');
          }
          const figures = extractFigures(figText);
          // "denied any losses": a denial of the toll itself, none dead.
          if (stance === Stance.DENIAL && figures.killed === null && DENIED_LOSSES.test(content)) figures.killed = 0;
          // One clause that both denies and blames ("fabricated … by the so-called White Helmets").
          if (stance === Stance.DENIAL) {
            const by = /\b(?:fabricat\w*|fake\w*|staged|provocation|fabrication|lies|hoax|propaganda|disinformation|orchestrated|concocted|invented|manufactured)\b[^.;]{0,60}?\bby\s+(?:the\s+)?(?:so-called\s+)?/i.exec(content);
            let who = by ? s.mentions.find((m) => m.type === 'actor' && m.start >= cStart + by.index + by[0].length - 4 && m.start <= cStart + by.index + by[0].length + 3) : undefined;
            // "a fabrication of the White Helmets": the charge noun's owner.
            const of = who ? null : /\b(?:fabrications?|fakes?|provocations?|lies|forgery|hoax|propaganda|disinformation|fiction|montage|invention)\s+of\s+(?:the\s+)?(?:so-called\s+)?/i.exec(content);
            if (of) who = s.mentions.find((m) => m.type === 'actor' && Math.abs(m.start - (cStart + of.index + of[0].length)) <= 4);
            // "another White Helmets fabrication": the actor right before the charge word.
            if (!who) {
              const pre = /\b(fabrications?|fakes?|provocations?|lies|forgery|hoax|propaganda|disinformation|fiction|montage)\b/i.exec(content);
              if (pre) who = s.mentions.find((m) => m.type === 'actor' && m.end <= cStart + pre.index && cStart + pre.index - m.end <= 2 && m.start >= cStart);
            }
            if (who && who.slug !== speaker) {
              out.push({ speaker, stance: Stance.ACCUSATION, targets: [who.slug], incidentKey, figures: { killed: null, injured: null, children: null, qualifier: null }, clauseStart, clauseEnd, sentence: s });
              // A chained naming clause ("…, calling them a 'staged provocation' by militants") only accuses: the denial is the main clause's.
              if (a.chained && /^(?:calling|describing|branding|dismissing)$/.test(a.verb) && out.some((x) => x.sentence === s && x.speaker === speaker && x.stance === Stance.DENIAL)) continue;
            }
          }
          // A chained factual aside with no actor ("…, adding that no one was hurt", "deplored the attack, describing it as the
          // fourth on a health facility") belongs to the main clause's statement; after a charge, only a toll does ("blamed the
          // regime, saying cluster munitions had been used" is a charge and a claim).
          const parent = out[out.length - 1];
          // So does a relative clause on the same source ("according to the SNHR, which said two of the dead were children").
          const sameAct = parent && parent.sentence === s && parent.speaker === speaker;
          // (two tolls from one source, "which had initially reported 13 deaths, said the toll had risen to 15": both stand)
          const otherToll = (x: DraftStatement): boolean => x.figures.killed !== null && figures.killed !== null && x.figures.killed !== figures.killed;
          if (sameAct && !otherToll(parent) && stance === Stance.CLAIM && targets.length === 0 && ((a.chained && /^(?:adding|saying)$/.test(a.verb) && parent.stance !== Stance.DENIAL && parent.stance !== Stance.CLAIM && (parent.stance !== Stance.ACCUSATION || figures.killed !== null || figures.injured !== null || NOBODY_HURT.test(content))) || (a.chained && /^(?:describing|calling)$/.test(a.verb) && parent.stance === Stance.CRITICISM) || (a.rel && parent.stance === Stance.CLAIM) || (a.chained && parent.stance === Stance.CLAIM && parent.incidentKey === incidentKey && (TOLL_VERB.test(a.verb) || /^adding$/.test(a.verb))))) {
            parent.figures = fillMissingFigures(parent.figures, figures);
            continue;
          }
          // "The claim was refuted by X, who branded it 'a fabrication'": a relative clause repeating the stance is the same act.
          if (sameAct && a.rel && stance === parent.stance && targets.join() === parent.targets.join()) {
            parent.figures = fillMissingFigures(parent.figures, figures);
            continue;
          }
          // "held Ankara responsible, accusing it of …": a pronoun object continues the same accusation.
          if (sameAct && a.chained && stance === Stance.ACCUSATION && targets.length === 0 && parent.stance === Stance.ACCUSATION && parent.targets.length > 0) continue;
          // "said no aircraft had flown there and called the reports 'a fabrication'": the stance does not change, so one denial.
          if (sameAct && a.chained && /^(?:called|calling|described|describing|branded|branding)$/.test(a.verb) && stance === Stance.DENIAL && targets.length === 0 && parent.stance === Stance.DENIAL && parent.incidentKey === incidentKey) {
            parent.figures = fillMissingFigures(parent.figures, figures);
            continue;
          }
          // "put the toll at 19 and said the raids were carried out by Russian jets": one claim, naming the perpetrator;
          // "rejected the report, saying its aircraft had not flown …": one denial, naming whose act is denied.
          // (not a toll in a relative clause on the subject: "SOHR, which had initially reported 13 deaths, said Russian warplanes
          // were behind the raid" reports the toll and names the attacker in two acts)
          const relToll = !!attrs[idx - 1]?.rel && !!parent && parent.figures.killed !== null;
          if (sameAct && a.chained && !relToll && (stance === Stance.CLAIM || (stance === Stance.DENIAL && /^(?:saying|adding|insisting|stressing)$/.test(a.verb))) && targets.length === 1 && parent.stance === stance && parent.targets.length === 0 && parent.incidentKey === incidentKey) {
            out.pop();
            out.push({ speaker, stance, targets, incidentKey, figures: parent.figures.killed !== null || parent.figures.injured !== null ? parent.figures : figures, clauseStart: parent.clauseStart, clauseEnd, sentence: s });
            continue;
          }
          // The same tuple twice in one sentence ("aired footage … and said the toll had risen to five") is one statement.
          const twin = out.find((x) => x.sentence === s && x.speaker === speaker && x.stance === stance && x.incidentKey === incidentKey && x.targets.join() === targets.join() && !otherToll(x));
          if (twin) {
            twin.figures = fillMissingFigures(twin.figures, figures);
            continue;
          }
          const targetList = targets.length > 0 ? targets : [];
          // A bare factual tail ("… and that one of the dead was a fighter") adds no statement of its own.
          // ("calls on the Council to ensure that attacks stop and that perpetrators are held accountable": one call)
          if (tail && (tail.stance !== stance || tail.targets.join() !== targets.join()) && !(tail.stance === Stance.CLAIM && tail.targets.length === 0 && (stance === Stance.CLAIM || stance === Stance.CALL))) {
            for (const t of tail.targets.length > 0 ? tail.targets : [null]) out.push({ speaker, stance: tail.stance, targets: t ? [t] : [], incidentKey, figures: { killed: null, injured: null, children: null, qualifier: null }, clauseStart, clauseEnd, sentence: s });
          }
          // "In what X branded 'war crimes', <facts>": the naming criticises, the rest asserts facts.
          if (stance === Stance.CRITICISM && /\bin what\s+[^,]{0,80}?\b(?:branded|called|described as|termed)\b/i.test(doc.folded.slice(s.start, cEnd)) && /\b(?:had been|have been|has been|were|was)\s+(?:hit|struck|bombed|destroyed|damaged|killed)\b/i.test(content)) {
            out.push({ speaker, stance: Stance.CLAIM, targets: [], incidentKey, figures, clauseStart, clauseEnd, sentence: s });
          }
          if (targetList.length <= 1) {
            out.push({ speaker, stance, targets: targetList, incidentKey, figures, clauseStart, clauseEnd, sentence: s });
          } else {
            // One statement per target (same evidence).
            for (const t of targetList) out.push({ speaker, stance, targets: [t], incidentKey, figures, clauseStart, clauseEnd, sentence: s });
          }
        }
      });
      const lastAttr = attrs.filter((a) => !a.relayOnly && a.speakers.length > 0).pop();
      if (lastAttr) lastSaid = { paragraph: s.paragraph, speakers: lastAttr.speakers, sentence: s.index, verb: lastAttr.verb };
      for (const a of attrs) {
        for (const x of a.speakers) if (ACTORS.has(x) && kindOfSlug(x, d) !== ActorKind.PERSON && !describedSpeakers.includes(x)) describedSpeakers.push(x);
        const sp = a.speakers[a.speakers.length - 1];
        if (!sp) continue;
        // A person among joint speakers ("Mr X, the Observatory and the LCC reported") is the antecedent of "he".
        for (const x of a.speakers) if (kindOfSlug(x, d) === ActorKind.PERSON) notePerson(d, x, s.index);
        d.lastSpeaker = sp;
        d.lastSpeakers = a.speakers;
        if (kindOfSlug(sp, d) === ActorKind.PERSON) notePerson(d, sp, s.index);
        else if (kindOfSlug(sp, d) !== ActorKind.STATE) d.lastOrg = sp;
        else d.lastOrg = sp;
        // An anonymous official speaking for an organisation ("a Kremlin spokesman said"): "he" later is that organisation.
        // ("The head of the local council gave a higher toll. He said …": the post named before the body)
        if (kindOfSlug(sp, d) !== ActorKind.PERSON && a.speakers.length === 1 && (PERSON_ROLE.test(doc.folded.slice(Math.min(a.subjStart, a.verbStart), Math.max(a.subjEnd, a.verbStart))) || HEAD_OF_BEFORE.test(doc.folded.slice(Math.max(s.start, a.subjStart - 30), a.subjStart)))) {
          notePerson(d, sp, s.index);
        }
      }
      // The incident under discussion: the one this sentence reports, else the last whose place it names.
      const own = incidents.filter((i) => i.sentences.has(s.index));
      const named = own.length > 0 ? own : incidents.filter((i) => s.mentions.some((m) => m.type === 'place' && i.placeSlugs.includes(m.slug)));
      if (named.length > 0 && !(GROUND.test(s.folded) && !ATTACK_WORD.test(s.folded))) {
        const pos = (i: DraftIncident): number => Math.max(-1, ...s.mentions.filter((m) => m.type === 'place' && i.placeSlugs.includes(m.slug)).map((m) => m.start));
        focus.current = [...named].sort((x, y) => pos(x) - pos(y))[named.length - 1]!.key;
        focus.last = focus.current;
        focus.currentParagraph = s.paragraph;
      } else if (attrs.length === 0 && AGGREGATE.test(s.folded)) focus.current = null;
    }
    for (const m of s.mentions) if (m.type === 'actor') d.seenActors.push(m.slug);
    for (const b of d.bodies) if (b.start >= s.start && b.start < s.end) d.seenActors.push(b.slug);
    // A body that spoke under a description ("the foreign ministry branded …") is seen as named: "a ministry official" next is its.
    for (const x of describedSpeakers) if (!s.mentions.some((m) => m.slug === x)) d.seenActors.push(x);
    // Subjects of non-speech sentences still set "it"/"he" antecedents.
    // (not the agency tag of a dateline, "BEIRUT, Oct 29 (Meridian Wire) -": the outlet reporting, not a party to it)
    const firstActor = s.mentions.find((m) => m.type === 'actor' && m.start - s.start < 40 && !(doc.folded[m.start - 1] === '(' && DATELINE_TAG_END.test(doc.folded.slice(m.end, m.end + 4))));
    if (s.role === 'body' && firstActor && !d.lastOrg) d.lastOrg = firstActor.slug;
    // "Sana made no mention of X. It reported …": an organisation that opens a sentence without speaking is still what "it" means next.
    else if (s.role === 'body' && firstActor && !attributed && kindOfSlug(firstActor.slug, d) !== ActorKind.PERSON && /^\W*(?:the\s+)?$/i.test(doc.folded.slice(s.start, firstActor.start).replace(TIME_STAMP_LEAD, '').replace(/^[^,]*,\s*/, '')) && (MEDIUM_VERB.test(doc.folded.slice(firstActor.end, firstActor.end + 30).replace(/^\s*,[^,]{1,40},/, '')) || (kindOfSlug(firstActor.slug, d) !== ActorKind.STATE && ORG_SUBJECT_VERB.test(doc.folded.slice(firstActor.end, firstActor.end + 90).replace(/^\s*,[^,]{1,80},/, ''))))) d.lastOrg = firstActor.slug;
    // "A Syrian Network for Human Rights researcher photographs the site.": the body its member works for is what "the group" means next.
    else if (s.role === 'body' && firstActor && !attributed && kindOfSlug(firstActor.slug, d) !== ActorKind.PERSON && kindOfSlug(firstActor.slug, d) !== ActorKind.STATE && /^\W*(?:[A-Z][a-z]+:\s+)?(?:an?|the)\s+$/i.test(doc.folded.slice(s.start, firstActor.start)) && MEMBER_AFTER.test(doc.folded.slice(firstActor.end, firstActor.end + 40))) d.lastOrg = firstActor.slug;
  }
  // "the air force", "the army" unqualified mean the Syrian military (the alias table's reading), except in the
  // words of another state's body: "The Russian Defence Ministry said the air force had struck …" is its own.
  for (const st of out) {
    const own = armOf(st.speaker, d);
    if (!own || own === 'syrian-army' || !st.targets.includes('syrian-army')) continue;
    const named = st.sentence.mentions.filter((m) => m.slug === 'syrian-army' && m.start >= st.clauseStart && m.end <= st.clauseEnd);
    if (named.length > 0 && named.every((m) => BARE_FORCE.test(m.surface))) st.targets = st.targets.map((t) => (t === 'syrian-army' ? own : t));
  }
  return { statements: out, persons: d.persons };
}
