/**
 * Noise lines, sentence boundaries, actor and place mentions on new writing styles (press releases,
 * digests, fact-checks, analysis). Invented sentences, real place and organisation names.
 */
import { classifyLines } from '../../src/extract/clean';
import { splitSentences } from '../../src/extract/sentences';
import { analyse } from '../../src/extract/document';
import { extractArticle } from '../../src/extract';
import { findMentions, sameWithProvince, type NewPlace, type ProvinceTrace } from '../../src/extract/mentions';
import { foldForMatching } from '../../src/extract/text';
import { loadGoldSet } from '../../src/eval/gold';
import { DEFAULT_SETS } from '../../scripts/train-link-model';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

const roleOf = (text: string, needle: string): string | undefined => classifyLines(text).find((l) => l.plain.includes(needle))?.role;
const HEAD = 'The day in brief: a news digest';
const doc = (...lines: string[]): string => [HEAD, '', ...lines.flatMap((l) => [l, ''])].join('\n');
const mentionsOf = (text: string, outlet: string | null = null): string[] => [...new Set(analyse(text, '2020-03-06', outlet).mentions.map((m) => `${m.type}:${m.slug}`))];
const bodyLine = 'Russian jets struck the town of Ariha on Tuesday, killing nine people, the civil defence said in a statement.';

describe('noise lines: bylines, credits, desk notes, mastheads', () => {
  it.each([
    ['By Jane Doe | Levant Desk', 'noise'],
    ['Words by Jane Doe | Photographs by John Roe', 'noise'],
    ['Text by: Levant Desk', 'noise'],
    ['(Corrects name of village in paragraph 2)', 'noise'],
    ['Methodology: The desk rates claims as True or False.', 'noise'],
    ['Correction: An earlier version misspelled a name.', 'noise'],
    ['Next issue: 4 March. Subscribe at example.org', 'noise'],
    ['Contact: Media Office, media@example.org', 'noise'],
    ['FOR IMMEDIATE RELEASE', 'noise'],
    ['Read also: Why the M4 highway matters', 'noise'],
    ['Photo: a damaged clinic. © Example Agency / Jane Doe', 'noise'],
    ['Share | Email | Print', 'noise'],
    ['05/03/2020', 'noise'],
    ['5 March 2020 | Updated 16:40 GMT', 'noise'],
  ])('%s is noise', (line, role) => {
    expect(roleOf(doc(line, bodyLine), line.slice(0, 12))).toBe(role);
  });

  it('keeps a sentence that opens with "By" and a time as body', () => {
    const text = doc(bodyLine, 'By early afternoon the civil defence said the toll had risen to 13.');
    expect(roleOf(text, 'By early afternoon')).toBe('body');
  });

  it('drops a press release boilerplate after its end mark', () => {
    const text = doc(bodyLine, '###', 'About the Society: The Society is a medical relief organisation working in Syria.');
    expect(roleOf(text, 'About the Society')).toBe('noise');
  });

  it('drops the outlet and desk lines between headline and story', () => {
    const text = doc('Levant Pulse – Idlib', 'ReliefDesk | Weekly digest: north-west Syria', bodyLine);
    expect(roleOf(text, 'Levant Pulse')).toBe('noise');
    expect(roleOf(text, 'ReliefDesk')).toBe('noise');
    expect(roleOf(text, 'Russian jets')).toBe('body');
  });
});

describe('sentences: boundaries sbd misses', () => {
  it('splits after a capitalised word when capitalised words follow', () => {
    const text = doc('Verdict: Unsupported. Sky Watch, a network of plane spotters, said it logged the jet.');
    const body = splitSentences(text, classifyLines(text)).filter((s) => s.role === 'body');
    expect(body.map((s) => s.text)).toEqual(['Verdict: Unsupported.', 'Sky Watch, a network of plane spotters, said it logged the jet.']);
  });
  it('does not split inside a quotation or after a long abbreviation', () => {
    const text = doc('"The town is empty. Only the old stayed," said Capt. Omar Said.');
    expect(splitSentences(text, classifyLines(text)).filter((s) => s.role === 'body')).toHaveLength(1);
  });
});

describe('places: datelines, possessives, provinces, brackets, natural features', () => {
  it('reads every place of a two-city dateline with country and date', () => {
    const m = mentionsOf(doc(`WASHINGTON, D.C. / GAZIANTEP, Turkey, March 5, 2020 – ${bodyLine}`));
    expect(m).toEqual(expect.arrayContaining(['place:washington', 'place:gaziantep']));
  });
  it('does not take an outlet after a dateline comma for a place', () => {
    expect(mentionsOf(doc(`Hama, Dimashq Daily – ${bodyLine}`))).not.toContain('place:damascus');
  });
  it('reads a place before a possessive, but a capital before a possessive as its government', () => {
    expect(mentionsOf(doc("Idlib's displaced families fled north on Tuesday."))).toContain('place:idlib-province');
    const m = mentionsOf(doc('"This is a consequence of Ankara\'s failure," the Kremlin said.'));
    expect(m).not.toContain('place:ankara');
    expect(mentionsOf(doc("Shells fell on Damascus's eastern suburbs on Tuesday."))).toContain('place:damascus');
  });
  it('reads "Idlib City" in title case as the city', () => {
    expect(mentionsOf(doc('Patients were moved to hospitals in Idlib City on Tuesday.'))).toContain('place:idlib-city');
  });
  it('reads coordinated province names ("the Idlib and Aleppo governorates", "Aleppo and Latakia provinces")', () => {
    expect(mentionsOf(doc('Attacks were reported across the Idlib and Aleppo governorates.'))).toContain('place:aleppo-province');
    const m = mentionsOf(doc('Idlib and adjoining parts of Aleppo and Latakia provinces are home to three million people.'));
    expect(m).toEqual(expect.arrayContaining(['place:aleppo-province', 'place:latakia-province']));
    expect(m).not.toContain('place:aleppo-city');
  });
  it('reads a name before a bracketed province as a place ("Harem (Idlib), Monday:")', () => {
    expect(mentionsOf(doc('• Harem (Idlib), Monday: a car bomb exploded near the market, killing two.'))).toContain('place:harim');
  });
  it('reads a gazetteer name that labels its line, that an appositive calls a town, or whose site or shelling is told', () => {
    const places = (line: string): string[] => analyse(`Flash update on strikes in Idlib\n\n${line}\n`, '2023-10-08').mentions.filter((m) => m.type === 'place').map((m) => m.slug);
    expect(places('- Sarmin: a hospital was hit by shells on Saturday.')).toContain('sarmin');
    expect(places('- Darkoush (Jisr al-Shughur area): a drone struck a truck.')).toContain('darkush');
    expect(places('Sarmin, a town in Idlib, was hit on Saturday.')).toContain('sarmin');
    expect(places('Ahmad: we were hit on Saturday.')).toEqual(['idlib-province']);
    expect(places("Sarmin's main market was hit on Saturday.")).toContain('sarmin');
    expect(places('The Sarmin hospital was hit on Saturday.')).toContain('sarmin');
    expect(places('Sarmin was shelled on Saturday.')).toContain('sarmin');
  });
  it('does not introduce a river as a village', () => {
    const f = extractArticle(doc('Idlib province has seen heavy strikes.', 'A strike destroyed the pumping station outside Darkush, on the Orontes river, killing two workers.'), { publishedAt: '2020-03-06' });
    expect(f.mentions).not.toContain('place:orontes');
  });
  it('reads "the settlement of X" like "the village of X"', () => {
    const f = extractArticle(doc('Militants shelled the settlement of Kafr Qasim in Hama province on Wednesday, wounding two soldiers.'), { publishedAt: '2020-03-06' });
    expect(f.mentions).toContain('place:kafr-qasim');
  });
  it('reads "a message to Ankara" as the government', () => {
    const m = mentionsOf(doc('"Every shell is a message to Ankara," the analyst said.'));
    expect(m).toContain('actor:turkey');
    expect(m).not.toContain('place:ankara');
  });
});

describe('actors: initials, possessives, the outlet, named people', () => {
  it('matches dotted initials and a possessive against the alias table', () => {
    expect(mentionsOf(doc('The U.N. Office for the Coordination of Humanitarian Affairs said it had received reports of casualties.'))).toEqual(['actor:ocha']);
    expect(mentionsOf(doc("The UN's humanitarian office said aid had stopped."))).toContain('actor:ocha');
  });
  it('matches the reconciliation centre named with articles ("Centre for the Reconciliation of Opposing Parties")', () => {
    expect(mentionsOf(doc('The Russian Centre for the Reconciliation of Opposing Parties said two civilians were wounded.'))).toContain('actor:russian-reconciliation-centre');
  });
  it('matches an alias whose first letter is not ASCII ("Çavuşoğlu")', () => {
    expect(mentionsOf(doc('Çavuşoğlu condemned the attack on the market in Sarmin.'))).toContain('actor:mevlut-cavusoglu');
  });
  it('counts the article\'s own outlet where the text names it, and its initials as a dateline tag', () => {
    expect(mentionsOf(doc(`"We heard the jet," a rescuer told Levant Pulse. ${bodyLine}`), 'Levant Pulse')).toContain('actor:levant-pulse');
    expect(mentionsOf(doc(`BEIRUT (LP) — ${bodyLine}`), 'Levant Pulse')).toContain('actor:levant-pulse');
    expect(mentionsOf(doc(bodyLine), 'Levant Pulse')).not.toContain('actor:levant-pulse');
  });
  it('gives the outlet its name in the facts', () => {
    const f = extractArticle(doc(`"We heard the jet," a rescuer told The Levant Pulse. ${bodyLine}`), { publishedAt: '2020-03-06', outlet: 'The Levant Pulse' });
    expect(f.actors.find((a) => a.id === 'actor:the-levant-pulse')?.name).toBe('The Levant Pulse');
  });
  it('finds named people by a title, a role or an appositive', () => {
    const m = mentionsOf(
      doc(
        'Karim Haddad, the ministry spokesman, reiterated the demand on Monday.',
        'At a briefing, Foreign Ministry spokeswoman Lina Petrova said talks would continue.',
        'Nadia Farouk of the Institute for Policy Studies was blunter.',
      ),
    );
    expect(m).toEqual(expect.arrayContaining(['actor:karim-haddad', 'actor:lina-petrova', 'actor:nadia-farouk']));
  });
  it('does not take places, organisations or a parent\'s byname for people', () => {
    const m = mentionsOf(doc('Kafr Nabl, a town in southern Idlib, was hit.', 'Abu Rami, 41, said the jets came back.', 'Deputy Head of the Russian Centre for Reconciliation Oleg Ivanov said it.'));
    expect(m.filter((x) => x.startsWith('actor:') && !['actor:oleg-ivanov', 'actor:russian-reconciliation-centre'].includes(x))).toEqual([]);
  });
});

describe('more noise and title-case lines', () => {
  it.each([
    ['An earlier version of this story misstated the toll.'],
    ['Copyright 2020 Example Wire. All rights reserved.'],
    ['Issued on: 05/03/2020 - 14:05'],
    ['Updated 3 hours ago'],
    ['H.Z./R.K.'],
    ['Residents inspect a damaged bakery in Ariha, Syria, March 5, 2020. Example Wire/Jane Doe'],
  ])('%s is noise', (line) => {
    expect(roleOf(doc(bodyLine, line, bodyLine.replace('Ariha', 'Binnish')), line.slice(0, 12))).toBe('noise');
  });
  it('reads aliases in a title-case headline, keeping all-capital aliases exact', () => {
    const d = analyse('Russian Jets Pound Idlib Market, State Media Say\n\nWho Bombed It? An Inquiry Begins Today\n\nThe strike was reported on Tuesday.\n', '2020-03-06');
    const m = d.mentions.map((x) => `${x.type}:${x.slug}`);
    expect(m).toEqual(expect.arrayContaining(['actor:russian-military', 'actor:syrian-state-media']));
    expect(m).not.toContain('actor:who');
  });
});

describe('places and actors introduced by context', () => {
  it('reads "X village" like "the village of X", but not a people\'s adjective', () => {
    expect(mentionsOf(doc('Residents of Kafr Qasim village said the jets came back.'))).toContain('place:kafr-qasim');
    expect(mentionsOf(doc('The Druze village was spared, but the Syrian town was hit.')).filter((m) => m.startsWith('place:'))).toEqual([]);
  });
  it('reads "X camp" as a new place named with its noun', () => {
    expect(mentionsOf(doc('Shells landed on al-Nour camp near Atmeh on Sunday, killing two people.'))).toContain('place:al-nour-camp');
    expect(mentionsOf(doc('The Training camp was empty.')).filter((m) => m.startsWith('place:'))).toEqual([]);
  });
  it('reads an unknown name listed with places an attack hit', () => {
    expect(mentionsOf(doc('Russian jets struck Kafr Nabl, Hass and Kafr Qasim on Tuesday, killing six people.'))).toContain('place:kafr-qasim');
    expect(mentionsOf(doc('Strikes hit Ariha on Tuesday, killing four, and Mohammad Hamdo said the jets came back.'))).not.toContain('place:mohammad-hamdo');
  });
  it('reads a capital coordinated with a place as a place, but not when it acts', () => {
    expect(mentionsOf(doc('The envoy travelled between Ankara and Moscow.'))).toEqual(expect.arrayContaining(['place:ankara', 'place:moscow']));
    expect(mentionsOf(doc('Strikes resumed in Idlib and Moscow has accused the rescuers of staging them.'))).toContain('actor:russia');
  });
  it('gives an organisation introduced by an appositive its kind', () => {
    const d = analyse(doc('Jaysh al-Nasr, a rebel group, said its fighters repelled an attack.', 'Sky Watch, a network of plane spotters, logged the jet.'), '2020-03-06');
    expect(d.newActors.get('jaysh-al-nasr')?.kind).toBe('ARMED_GROUP');
    expect(d.newActors.get('sky-watch')?.kind).toBe('NGO');
  });
  it('does not take a country before a speech verb for a person', () => {
    expect(analyse(doc('Saudi Arabia said it condemned the attack.'), '2020-03-06').newActors.size).toBe(0);
  });
  it('prefers a longer possessive alias to a shorter one inside it ("the UN Security Council\'s vote")', () => {
    const m = mentionsOf(doc("Ahead of the UN Security Council's vote, envoys met."));
    expect(m).toContain('actor:un-security-council');
    expect(m).not.toContain('actor:un');
  });
});

describe('places by bearing', () => {
  it('introduces "X, 10 km south of <known place>" in that place\'s province', () => {
    const f = extractArticle(doc('Shells hit Kafr Qasim, 10 km south of Ariha, on Tuesday, wounding two.'), { publishedAt: '2020-03-06' });
    expect(f.mentions).toContain('place:kafr-qasim');
    expect(f.places.find((p) => p.id === 'place:kafr-qasim')?.parentId).toBe('place:idlib-province');
  });
});

describe('elliptical coordination', () => {
  it('names both forces in "Russian and Syrian government forces", outside the sentence\'s own mentions', () => {
    const d = analyse(doc('Rights groups accused Russian and Syrian government forces of striking hospitals.'), '2020-03-06');
    expect(d.mentions.map((m) => `${m.type}:${m.slug}`)).toEqual(expect.arrayContaining(['actor:russian-military', 'actor:syrian-army']));
    expect(d.sentences.flatMap((s) => s.mentions).map((m) => m.slug)).not.toContain('russian-military');
  });
  it('does not read two places as an ellipsis', () => {
    expect(mentionsOf(doc('Residents of Ariha and Binnish fled north.'))).toEqual(['place:ariha', 'place:binnish']);
  });
});

describe('sixth pass: metadata lines with several fields, places after "over"', () => {
  it('reads a masthead line of three "|"-separated fields as metadata, however long', () => {
    const text = doc('Example Record | Hearing notes', 'Hearing: "Attacks on Civilians in North-West Syria" | Subcommittee on Europe, the Middle East and North Africa | Tuesday, March 3, 2020, 2:00 p.m.', bodyLine);
    expect(roleOf(text, 'Hearing:')).toBe('noise');
    expect(mentionsOf(text)).not.toContain('place:northwest-syria');
  });
  it('finds a gazetteer place after "over" and "across"', () => {
    expect(mentionsOf(doc('Spotters said two jets were circling over Harim before noon.'))).toContain('place:harim');
  });
});

describe('outlet names', () => {
  test('a place name opening an outlet name ("the Hama Post") is not a place', () => {
    const m = mentionsOf(doc('A doctor told the Hama Post that three people had died in Ariha.'));
    expect(m).not.toContain('place:hama-province');
    expect(m).toContain('place:ariha');
  });
});

describe('the province pass of analyse', () => {
  it('keeps the first pass only where findMentions with the province gives the same mentions and new places', () => {
    const root = join(__dirname, '..', '..');
    const provinces = [null, 'idlib-province', 'hama-province', 'aleppo-province', 'latakia-province'];
    let kept = 0;
    let checked = 0;
    for (const dir of DEFAULT_SETS) {
      for (const e of loadGoldSet(join(root, dir)).entries) {
        if (!e.textFile) continue;
        const text = readFileSync(e.textFile, 'utf8');
        const folded = foldForMatching(text);
        for (const s of splitSentences(text, classifyLines(text))) {
          const probePlaces = new Map<string, NewPlace>();
          const trace: ProvinceTrace = { lookups: [], fallback: false };
          const probe = findMentions(folded, s.start, s.end, null, probePlaces, trace);
          for (const prov of provinces) {
            if (!sameWithProvince(trace, prov)) continue;
            const places = new Map<string, NewPlace>();
            expect([s.start, findMentions(folded, s.start, s.end, prov, places), [...places]]).toEqual([s.start, probe, [...probePlaces]]);
            checked++;
            if (prov !== null) kept++;
          }
        }
      }
    }
    expect(checked).toBeGreaterThan(5000);
    expect(kept).toBeGreaterThan(1000);
  });
});

describe('an organisation\'s long name with its inner words in lower case', () => {
  const actors = (t: string): string[] => findMentions(t, 0, t.length, null, new Map()).filter((m) => m.type === 'actor').map((m) => m.slug);
  it('is still the organisation, whole, so that it speaks ("Syrian Observatory for human rights said")', () => {
    const f = extractArticle('Bakery strike kills nine in Maarat Hurma\n\nSyrian Observatory for human rights said the dead toll is nine people.\n', { publishedAt: '2019-06-09' });
    expect(f.statements.map((s) => `${s.speakerId} ${s.killed}`)).toEqual(['actor:sohr 9']);
  });
  it('but a short alias keeps its case ("AN" is not "an")', () => {
    expect(actors('He said an air strike killed nine.')).toEqual([]);
  });
});
