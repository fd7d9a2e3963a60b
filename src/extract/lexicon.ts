/** Word lists for attack terms, speech verbs and stance cues (general English, no article-specific rules). */
import { IncidentKind } from '../domain/model';

/** Attack terms and the incident kind each implies. Order matters: first match wins per span. */
export const ATTACK_TERMS: Array<{ re: RegExp; kind: IncidentKind }> = [
  { re: /\b(?:shot down|downed|downing|brought down|roadside bomb|explosive device|car bomb|explosion|blast|improvised)\b/g, kind: IncidentKind.OTHER },
  { re: /\b(?:armed drone|drone strikes?|drone attack)\b/g, kind: IncidentKind.AIRSTRIKE },
  { re: /\b(?:shell(?:ing|ed|s)?|artillery|rockets?|rocket fire|missiles?|mortars?|counter-fire|barrage|surface-to-surface|struck back)\b/g, kind: IncidentKind.SHELLING },
  { re: /\b(?:air ?strikes?|air-strikes?|air raids?|raids?|aerial (?:bombardment|strikes?|bombing|attacks?|campaign)|warplanes?|jets?|bombed|bombing|bombings|bombs?|barrel bombs?|helicopters?|air power|airpower|aircraft)\b/g, kind: IncidentKind.AIRSTRIKE },
  // A bare "strike" in this domain is an air strike unless a ground weapon is named nearby.
  { re: /\b(?:strikes?)\b/g, kind: IncidentKind.AIRSTRIKE },
];

/** Words that make a sentence describe a discrete attack with harm or damage. */
export const HARM = /\b(?:kill\w*|wound\w*|injur\w*|dead|died|martyr\w*|hit|hits|struck|strike|pounded|bombed|shelled|destroy\w*|damag\w*|flattened|fired|launched|dropped|targeted|out of service|casualties|hurt|shot down|downed|exploded|landed|bodies|toll)\b/i;

/** Markers of campaign-level aggregates, not a discrete incident. */
export const AGGREGATE = /\b(?:since (?:the )?(?:beginning|start|late|early|end|december|january|february|march|april|may|june|july|august|september|october|november|\d{4}|last)|campaign|offensive has|in recent (?:days|weeks|months)|for the past|past (?:two|three|four|few) (?:weeks|months|days)|so far this|this year|the past ten days|over the past|months of|weeks of|(?:four|five|six|three|two|\d+)[- ]month)\b/i;

export const SPEECH_VERBS =
  /\b(said|says|say|told|tells|tell|added|adds|adding|saying|reported|reports|report|announced|announces|stated|noted|warned|warns|warning|claimed|claims|claim|confirmed|confirms|confirm|acknowledged|denied|denies|deny|denying|rejected|rejects|reject|rejecting|dismissed|dismisses|dismissing|blamed|blames|blame|blaming|accused|accuses|accuse|accusing|condemned|condemns|condemning|criticised|criticized|criticises|criticizes|criticising|criticizing|urged|urges|urging|called on|called for|calls for|calls on|calling for|calling on|called|calling|branded|described|describing|disputed|disputes|put the (?:death )?toll|gave a (?:slightly )?(?:lower |higher |different )?(?:toll|picture)|documented|quoted|insisted|demanded|demands|threatened|expressed|reminded|appealed|announced|aired)\b/gi;

/** Verbs that only mark a relay ("Interfax reported", "quoted by") when another speaker exists. */
export const RELAY_VERBS = /^(?:reported|reports|report|quoted|aired)$/i;

export const CALL_VERB = /^(?:urged|urges|urging|called on|called for|calls for|calls on|calling for|calling on|demanded|demands|threatened|reminded|reminds|appealed|appeals)$/i;
export const DENY_VERB = /^(?:denied|denies|deny|denying|rejected|rejects|reject|rejecting|dismissed|dismisses|dismissing|disputed|disputes)$/i;
export const CONFIRM_VERB = /^(?:confirmed|confirms|confirm|acknowledged)$/i;
export const ACCUSE_VERB = /^(?:blamed|blames|blame|blaming|accused|accuses|accuse|accusing)$/i;
export const CRITICISE_VERB = /^(?:condemned|condemns|condemning|criticised|criticized|criticises|criticizes|criticising|criticizing|branded)$/i;

export const CALL_CUE = /\b(?:must (?:stop|end|cease|be (?:held|stopped|halted))|should (?:stop|end)|called for|call for|calls for|calling for|urged|urging|demand(?:ed|s)? that|to be held to account|must (?:never|not) be)\b/i;
/** "expected Russia, as a guarantor, to …": a call on the named addressee (case-sensitive name). */
export const EXPECT_CALL = /\bexpect(?:s|ed)? ((?:the )?[A-Z][\w'-]+(?: [A-Z][\w'-]+)*)(?:,[^,]{1,80},)? to\b/;
export const DENY_CUE = /\b(?:fabricat\w*|fake|fakes|staged|staging|provocation|did not (?:carry out|bomb|conduct|target|strike|operate|fly|hit)|do not (?:conduct|target|carry out)|does not (?:target|conduct)|had not (?:flown|carried out|conducted)|has not (?:delivered|carried out|conducted)|not (?:delivered|carried out|conducted) any|no (?:russian|syrian|turkish) (?:aircraft|jets|planes|warplanes) (?:carried out|flew|had flown|conducted|were)|no \w+ aircraft had flown|disputed that)\b/i;
export const CONFIRM_CUE = /\b(?:confirmation|confirmed)\b/i;
export const ACCUSE_CUE = /\b(?:bore responsibility|bear responsibility|bears responsibility|responsible for|to blame for|fabrication by|a fabrication of the|accus\w+|blam\w+)\b/i;
export const CRITICISE_CUE = /\b(?:condemn\w*|criticis\w*|criticiz\w*|outrage\w*|horrif\w*|horror|alarm\w*|concern\w*|disturbed|shocked|saddened|appalled|unacceptable|violation\w*|deplor\w*|war crimes?|criminal|nightmare|aggression|occupation|lawlessness|failed to live up|has failed|had failed|not fulfilled|had not fulfilled|breach)\b/i;

/** Explicit non-statements: hard negatives. */
export const NON_STATEMENT = /\b(?:did not|does not|has not|have not|had not|would not|declined to|could not be reached|did not immediately|was not immediately available|no immediate)\s+(?:immediately\s+)?(?:comment|respond|reply|address|report|say how many|give details)\w*|\bmade no mention\b|\bno immediate comment\b|\bnot commented\b|\bhas not commented\b|\bhave not commented\b/i;
