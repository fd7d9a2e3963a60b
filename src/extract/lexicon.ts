/** Word lists for attack terms, speech verbs and stance cues (general English, no article-specific rules). */
import { ActorKind, IncidentKind } from '../domain/model';

/** Kinds of actor that can carry out an attack (a perpetrator, the agent of an attack sentence). */
export const ATTACKER_KINDS: ReadonlySet<ActorKind> = new Set([ActorKind.MILITARY, ActorKind.ARMED_GROUP, ActorKind.STATE]);

/** Attack terms and the incident kind each implies. Order matters: first match wins per span. */
export const ATTACK_TERMS: Array<{ re: RegExp; kind: IncidentKind; fallback?: boolean }> = [
  { re: /\b(?:shot down|downed|downing|brought down|came down|crash(?:ed|-landed)|roadside bombs?|explosive devices?|(?:car|motorcycle|motorbike|truck|suicide)\s+bomb(?:s|ings?|ers?)?|booby-trapped|(?:rigged|packed|laden)\s+with\s+explosives|explosives?-laden|explosion|blast|improvised|land ?mines?|unexploded\s+(?:ordnance|munitions?|bombs?|shells?|rockets?|remnants?)|remnants?\s+of\s+war)\b/g, kind: IncidentKind.OTHER },
  { re: /\b(?:armed drones?|drone strikes?|drone attack|(?:military|turkish|russian|syrian|government|regime|army)\s+drones?|(?:suicide|kamikaze|loitering)\s+(?:drones?|munitions?))\b/g, kind: IncidentKind.AIRSTRIKE },
  { re: /\b(?:(?:artillery|rocket|mortar|tank|ground)\s+(?:bombardment|fire)|shell(?:ing|ed|s)?|artillery|rockets?|rocket fire|missiles?|mortars?|counter-fire|barrage|surface-to-surface|struck back|return(?:ed|ing)?\s+fire|retaliatory fire|suppress(?:ed|ing)\s+(?:the\s+)?(?:[\w-]+\s+)?(?:firing points|firing positions|launch(?:ing)? (?:pads|sites|positions)))\b/g, kind: IncidentKind.SHELLING },
  { re: /\b(?:air ?strikes?|air-strikes?|air raids?|raids?|aerial (?:bombardment|strikes?|bombing|attacks?|campaign)|(?<!\b(?:weeks|months|days|years|hours|nights)\s+of\s+(?:[\w-]+\s+){0,2})bombardment|bombarded|bombarding|warplanes?|jets?|bombed|bombing|bombings|bombs?|barrel bombs?|helicopters?|(?<!\b(?:backed|supported|covered|aided)\s+by\s+(?:[\w-]+\s+){0,2})(?:air power|airpower)|aircraft|(?:su|mig|l)-\d{2}\w?|sukhois?|mig\s+jets?)\b/g, kind: IncidentKind.AIRSTRIKE },
  // A bare "strike" in this domain is an air strike unless a ground weapon is named nearby.
  { re: /\b(?:strikes?)\b/g, kind: IncidentKind.AIRSTRIKE },
  // Unnamed "munitions" that "struck" a place: an air strike, when the sentence names no other weapon.
  { re: /\b(?:munitions?|ordnance)\b/g, kind: IncidentKind.AIRSTRIKE, fallback: true },
  // A bare "drone" that struck: an armed drone, when the sentence names no other weapon ("shot down" drones are OTHER).
  { re: /\bdrones?\b/g, kind: IncidentKind.AIRSTRIKE, fallback: true },
];

/** Words that make a sentence describe a discrete attack with harm or damage. */
export const HARM = /\b(?:kill\w*|massacre\w*|wound\w*|injur\w*|dead|died|martyr\w*|hit|hits|struck|strike|pounded|bombed|shelled|destroy\w*|damag\w*|flattened|fired|launched|dropped|targeted|out of service|casualties|hurt|shot down|downed|explod(?:ed|es|ing)|landed|fell|rained down|bodies|toll|pound(?:s|ing)|target(?:s|ing)|slamm(?:ed|ing) into|(?:tore|tearing|ripped|ripping) (?:through|apart)|levell?(?:ed|ing)|razed|gutted|hammer(?:ed|ing)|pummell?(?:ed|ing)|batter(?:ed|ing)|blasted|rained (?:on|onto|over)|came under|coming under|set (?:ablaze|on fire)|reduced to rubble)\b/i;

/**
 * "carried out raids on Kansafra", "conducted air strikes near the town of X", "returned fire at
 * positions around X": an attack on a named place, harm or not (case-sensitive: the object is a proper name).
 */
export const RAID_ON =
  /\b(?:carried out|conducted|launched)\s+(?:[\w-]+\s+){0,2}?(?:raids?|strikes?|air ?strikes?|air-strikes?|sorties|attacks?|bombings?)\s+(?:on|against|in|near)\s+(?:the\s+(?:town|village|city|outskirts)\s+of\s+)?[A-Z]|\b(?:returned|returning|return)\s+fire\s+(?:at|on|against|towards?)\b/;

/** Markers of campaign-level aggregates, not a discrete incident. */
export const AGGREGATE = /\b(?:since (?:the )?(?:beginning|start|late|early|end|december|january|february|march|april|may|june|july|august|september|october|november|\d{4}|last)|campaign|offensive has|in recent (?:days|weeks|months)|for the past|past (?:two|three|four|few) (?:weeks|months|days)|so far this|this year|the past ten days|over the past|months of|weeks of|(?:four|five|six|three|two|\d+)[- ]month)\b/i;

/**
 * Stance verbs beyond "say": every inflection, with their particles. Discontinuous idioms ("held X
 * responsible", "asked X to") match their first word only when the rest follows (look-ahead).
 */
const OBJ = String.raw`(?:"?[\w'.-]+"?\s+){1,8}?`;
const DENY_EXTRA = String.raw`refut(?:ed|es|ing|e)|rebut(?:ted|ting|s)?|repudiat(?:ed|es|ing|e)|contest(?:ed|s|ing)?(?=\s+(?:by|the|this|that|these|those|its|their|his|her|such|any|reports?|claims?|figures?|accounts?|allegations?|accusations?)\b)|disputing|dispute(?=\s+(?:by|the|this|that|these|those|its|their|such|any|reports?|claims?|figures?|accounts?)\b)|brush(?:ed|es|ing)?\s+aside|wav(?:ed|es|ing|e)\s+(?:away|off|aside)|shrug(?:ged|s|ging)?\s+off|dismiss`;
const ACCUSE_EXTRA = String.raw`(?:held|holds|holding|hold)(?=\s+${OBJ}(?:responsible|accountable|to account|culpable)\b)|(?:pinned|pins|pinning|pin|laid|lays|laying|lay|placed|places|placing)\s+(?:the\s+)?blame\s+(?:squarely\s+)?on|(?:pinned|pins|pinning)\s+(?:it|this|that|them|these|those|the\s+(?:attack|strike|raid|shelling|bombing|blast|explosion|killings?|deaths?)s?)\s+on|(?:pointed|points|pointing|point)\s+(?:the\s+|a\s+)?fingers?\s+(?:of blame\s+)?at|attribut(?:ed|es|ing|e)\s+(?:the\s+|this\s+|that\s+|these\s+|those\s+|its\s+)?(?:[\w-]+\s+){0,3}?to(?=\s)|charg(?:ed|es|ing)(?=\s+that\b)`;
const CRITICISE_EXTRA = String.raw`denounc(?:ed|es|ing|e)|decr(?:ied|ies|ying|y)(?=\s)|deplor(?:ed|es|ing|e)|lambast(?:ed|es|ing|e)?|slam(?:med|ming|s)?(?!\s+into)(?=\s+(?:the|a|an|this|that|what|[A-Z]|its|their|his|her)\b)|castigat(?:ed|es|ing|e)|censur(?:ed|es|ing|e)|rebuk(?:ed|es|ing|e)|(?:hit|hits|hitting|lashed|lashes|lashing)\s+out\s+at|condemn|criticise|criticize|voic(?:ed|es|ing)(?=\s+(?:its\s+|their\s+|his\s+|her\s+)?(?:deep\s+|grave\s+|serious\s+|strong\s+)?(?:concern|alarm|outrage|dismay|anger|horror|regret)\b)`;
const CALL_EXTRA = String.raw`(?:appeal(?:ed|s|ing)?)\s+(?:to|for)|(?:pleaded|pleads|pleading)\s+with|(?:pressed|presses|pressing)(?=\s+(?:for\b|${OBJ}to\s+\w))|implor(?:ed|es|ing|e)|exhort(?:ed|s|ing)?|demand(?:ing)?(?=\s)|(?:asked|asks|asking)(?=\s+${OBJ}to\s+(?!comment|be\b)\w)|urge(?=\s)|(?:call|calls)\s+(?:on|upon|for)|(?:called|calling)\s+upon`;
/** "is deeply alarmed by", "was appalled at": a stated reaction, read as a criticism verb with its subject. */
const REACTION = String.raw`(?:is|was|are|were|remains|remained)\s+(?:deeply\s+|gravely\s+|extremely\s+|very\s+|profoundly\s+|particularly\s+)?(?:alarmed|concerned|appalled|shocked|saddened|disturbed|outraged|horrified|dismayed|troubled)(?=\s+(?:by|at|over|about|that)\b)`;
const CONFIRM_EXTRA = String.raw`admit(?:ted|ting|s)?|conced(?:ed|es|ing|e)|acknowledg(?:es|ing|e)|confirming`;

export const SPEECH_VERBS = new RegExp(
  String.raw`\b(${REACTION}|${ACCUSE_EXTRA}|${CALL_EXTRA}|${DENY_EXTRA}|${CRITICISE_EXTRA}|${CONFIRM_EXTRA}|wrote|writes|tweeted|tweets|posted(?=\s+(?:on|that|online)\b|(?:[^.:"“]|\d:\d){1,60}:\s*["“])|attributed(?=\s+by\b)|given(?=\s+by\b)|said|says|say|told|tells|tell|testified|testifies|(?:was|were|is|are)\s+telling(?=\s+(?:us|me|reporters|journalists)\b)|added|adds|adding|saying|reported|reports|report|announced|announces|stated|noted|warned|warns|warning|claimed|claims|claim|confirmed|confirms|confirm|acknowledged|denied|denies|deny|denying|rejected|rejects|reject|rejecting|dismissed|dismisses|dismissing|blamed|blames|blame|blaming|accused|accuses|accuse|accusing|condemned|condemns|condemning|criticised|criticized|criticises|criticizes|criticising|criticizing|urged|urges|urging|called on|called for|calls for|calls on|calling for|calling on|called|calling|branded|described|describing|disputed|disputes|(?:put|puts|putting) the (?:death )?toll|recorded(?=\s+(?:(?:at least|more than|some|about|nearly|over|around)\s+)?\d)|(?:gave|given|giving) a (?:slightly )?(?:lower |higher |different |new |revised |updated )?(?:death )?(?:toll|picture)|documented|quoted|insisted|demanded|demands|threatened|expressed|reminded|reminds|remind|reminding|appealed|announced|aired|alleged(?=\s+(?:that|on|in|at|to)\b)|alleges|asserted|asserts|argued|argues|stressed|stresses|emphasi[sz]ed|emphasi[sz]es|reiterated|reiterates|reiterate(?=\s+(?:that|its|our|their|the|a)\b)|declared|explained|explains|maintained(?=\s+(?:that|on|in|at|its|their|on)\b)|maintains(?=\s+(?:that|its|their)\b)|countered|counters(?=\s+that\b)|contended|contends|estimat(?:ed|es)(?=\s+(?:that|the|at|some|about|around|nearly|more|over|up|\d))|branding|(?:echoed|echoes|echoing|seconded)(?=\s+(?:that|this|the|those|these|its|their|his|her|[A-Z][\w'-]*['’]s)\s+(?:[\w-]+\s+)?(?:demands?|calls?|appeals?|criticism|condemnation|concerns?|denials?|accusations?|charges?|claims?|warnings?|position|view)\b)|(?:put|puts|putting) (?:it|the number|the figure)(?= at\b))\b`,
  'gi',
);

/** Verbs that only mark a relay ("Interfax reported", "quoted by") when another speaker exists. */
export const RELAY_VERBS = /^(?:reported|reports|report|quoted|aired)$/i;

export const CALL_VERB = /^(?:urged|urges|urging|urge|called on|called for|calls for|calls on|call on|call for|call upon|calls upon|called upon|calling upon|calling for|calling on|demanded|demands|demand|demanding|threatened|reminded|reminds|remind|reminding|appealed|appeals|appeal(?:ed|s|ing)? (?:to|for)|plead(?:ed|s|ing) with|pressed|presses|pressing|implor\w*|exhort\w*|asked|asks|asking)$/i;
export const DENY_VERB = /^(?:denied|denies|deny|denying|rejected|rejects|reject|rejecting|dismissed|dismisses|dismissing|dismiss|disputed|disputes|disputing|dispute|refut\w*|rebut\w*|repudiat\w*|contest\w*|brush\w* aside|wav\w* (?:away|off|aside)|shrug\w* off)$/i;
export const CONFIRM_VERB = /^(?:confirmed|confirms|confirm|confirming|acknowledg\w*|admit\w*|conced\w*)$/i;
export const ACCUSE_VERB = /^(?:blamed|blames|blame|blaming|accused|accuses|accuse|accusing|held|holds|holding|hold|(?:pin|laid|lay|plac)\w* (?:the )?blame (?:squarely )?on|pinn?\w* (?:it|this|that|them|these|those|the \w+) on|point\w* (?:the |a )?fingers? (?:of blame )?at|charg\w*)$/i;
export const CRITICISE_VERB = /^(?:(?:is|was|are|were|remains|remained) .*(?:alarmed|concerned|appalled|shocked|saddened|disturbed|outraged|horrified|dismayed|troubled)|condemned|condemns|condemning|condemn|criticised|criticized|criticises|criticizes|criticising|criticizing|criticise|criticize|branded|denounc\w*|decr\w*|deplor\w*|lambast\w*|slam\w*|castigat\w*|censur\w*|rebuk\w*|(?:hit|hits|hitting|lash\w*) out at|voic\w*)$/i;

export const CALL_CUE = /\b(?:must (?:stop|end|cease|be (?:held|stopped|halted))|should (?:stop|end)|called for|call for|calls for|calling for|urged|urging|demand(?:ed|s)? that|to be held to account|must (?:never|not) be)\b/i;
/** "expected Russia, as a guarantor, to …": a call on the named addressee (case-sensitive name). */
export const EXPECT_CALL = /\b(?:expect(?:s|ed)?|wants?|wanted) ((?:the )?[A-Z][\w'-]+(?: [\w'-]+){0,3}?)(?:,[^,]{1,80},)? to\b/;
/** "no civilian sites were targeted", "no civilians were hit": a passive denial whose implied agent is the speaker. */
const PASSIVE_DENIAL_BODY = String.raw`no\s+(?:civilian|civilians|residential|medical|populated)\b[^.;,]{0,30}?\b(?:were|was|had been|have been|has been)\s+(?:targeted|hit|struck|bombed|shelled|attacked)`;
export const PASSIVE_DENIAL = new RegExp(String.raw`\b${PASSIVE_DENIAL_BODY}\b`, 'i');
export const DENY_CUE = new RegExp(String.raw`\b(?:fabricat\w*|fake|fakes|staged|staging|provocation|did not (?:carry out|bomb|conduct|target|strike|operate|fly|hit)|do not (?:conduct|target|carry out)|does not (?:target|conduct)|had not (?:flown|carried out|conducted)|has not (?:delivered|carried out|conducted)|not (?:delivered|carried out|conducted) any|no (?:russian|syrian|turkish) (?:aircraft|jets|planes|warplanes) (?:carried out|flew|had flown|conducted|were)|no \w+ aircraft had flown|disputed that|(?:had|has|have)\s+(?:carried out|conducted|flown|launched|made)\s+no\s+(?:[\w-]+\s+)?(?:missions?|operations?|strikes?|sorties?|flights?|raids?)|no\s+(?:[\w-]+\s+)?(?:aircraft|jets|planes|warplanes|helicopters)\s+(?:had|have|has)\s+(?:carried out|conducted|flown|launched)|(?:did|do|does|had|has|have)\s+not\s+(?:(?:been\s+)?(?:carry out|carried out|conduct|conducted|target|targeted|strike|struck|bomb|bombed|hit|fly|flown|launch|launched|fire|fired|attack|attacked|shell|shelled|involved)|take part|participate)|never\s+(?:carried out|conducted|targeted|struck|bombed|hit|attacked|shelled)|nothing to do with|(?:was|were|is|are)\s+not\s+(?:involved|responsible|behind)|no\s+(?:involvement|role)\s+in|(?:was|were|is|are)\s+not\s+(?:hitting|targeting|striking|bombing|attacking|shelling)|${PASSIVE_DENIAL_BODY}|baseless|unfounded|groundless|lies|fabricated|disinformation|false (?:reports?|claims?|allegations?|information)|untrue)\b`, 'i');
export const CONFIRM_CUE = /\b(?:confirmation|confirmed)\b/i;
export const ACCUSE_CUE = /\b(?:(?:bore|bear|bears|bearing)\s+(?:(?:the\s+)?(?:full|sole|direct|primary|entire|complete)\s+)?responsibility|(?:bore|bears|bear|had|has|have|carried|carries)\s+"?(?:all\s+)?the\s+(?:hall)?marks"?\s+of|responsible for|to blame for|fabrication by|a fabrication of the|accus\w+|blam\w+)\b/i;
export const CRITICISE_CUE = /\b(?:condemn\w*|criticis\w*|criticiz\w*|outrage\w*|horrif\w*|horror|alarm\w*|concern\w*|disturbed|shocked|saddened|appalled|unacceptable|violation\w*|violat(?:es|ed|ing|e)|deplor\w*|war crimes?|criminal|nightmare|aggression|occupation|lawlessness|failed to live up|(?:has|have|had)\s+yet\s+to\s+(?:fulfil|fulfill|honou?r|implement|comply|meet)|has failed|had failed|not fulfilled|had not fulfilled|breach|dismay\w*|troubled|outrageous|abhorrent|appalling|indefensible|inexcusable|barbaric|atrocit\w+|heinous|reprehensible|deplorable|unconscionable|intolerable|shameful|disgraceful|unjustifiable|crimes? against humanity|an?\s+(?:\w+\s+)?crime)\b/i;

