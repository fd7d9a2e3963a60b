/**
 * Pass 9 mechanisms, one invented article each: transcript answers, passive agents after a time
 * adverbial, possessive-weekday back-references, corrected places, signed quotes, "its <official>",
 * progressive reporting, bare threats, own-side subjects.
 */
import { extractArticle, extractWith } from '../../src/extract';
import type { ArticleFacts } from '../../src/domain/facts';
import { article, by } from './helpers';

// The phrase rules alone (no learned link model), so the tests pin the rules.
const run = (...paragraphs: string[]): ArticleFacts => extractWith(article(paragraphs), { publishedAt: '2021-07-20' }, { linkModel: null });

describe('Q:/A: transcripts', () => {
  const f = run(
    'PRESENTER: The council meets again next week. I am joined from Gaziantep by Dr Leila Haddad, a surgeon with the Syrian American Medical Society. Dr Haddad, good evening.',
    'A: Good evening.',
    'Q: Moscow says its jets only strike terrorists. Is that right?',
    'A: That is simply not true. I hold Russia responsible for every child we have lost.',
    'Q: What should the Security Council do?',
    'A: I would urge every member of the Security Council to renew the mechanism.',
  );
  const answers = f.statements.filter((s) => /haddad/.test(s.speakerId));
  it('gives every answer to the person the presenter introduced', () => {
    expect(answers.length).toBeGreaterThanOrEqual(3);
  });
  it('reads "That is simply not true." as a denial', () => {
    expect(answers.some((s) => s.stance === 'DENIAL')).toBe(true);
  });
  it('reads a first-person call with its addressee', () => {
    const call = answers.find((s) => s.stance === 'CALL');
    expect(call?.targetIds).toEqual(['actor:un-security-council']);
  });
  it('takes no statement from a pleasantry', () => {
    expect(answers.some((s) => /Good evening/.test(s.sentence))).toBe(false);
  });
});

describe('passive agents and dates', () => {
  const f = run(
    'The air strike on a school in Ariha was strongly condemned on Tuesday by the Turkish Ministry of Foreign Affairs.',
    "Four civilians were killed in Monday's air strike, according to a statement issued by the ministry.",
    'Russia was also called upon by the ministry to halt attacks by the regime.',
  );
  it('finds the agent after a time adverbial', () => {
    expect(by(f, 'turkish-foreign-ministry').some((s) => s.stance === 'CRITICISM')).toBe(true);
  });
  it('dates the attack by "Monday\'s attack", not by the day of the condemnation', () => {
    expect(f.incidents.map((i) => i.date)).toEqual(['2021-07-19']);
  });
  it('reads a passive call with its subject as the addressee', () => {
    expect(by(f, 'turkish-foreign-ministry').find((s) => s.stance === 'CALL')?.targetIds).toEqual(['actor:russia']);
  });
});

describe('corrected places', () => {
  it('drops the incident placed at a place the text sets aside ("X, not Y")', () => {
    const f = run(
      'An air strike hit Saraqib on Friday morning, rescuers said.',
      'A strike also hit Ariha on Friday, the Syrian Observatory for Human Rights said.',
      'The strike hit Ariha, not Saraqib, the monitor said later.',
    );
    expect(f.incidents.map((i) => i.placeIds[0])).toEqual(['place:ariha']);
  });
});

describe('live-blog layout', () => {
  it('gives a quotation signed on a hyphen line to the signatory', () => {
    const f = run('Rescue teams are working at the site.', '"Six dead so far, including two children."\n- Syria Civil Defence (White Helmets), in a message to journalists');
    const st = by(f, 'syrian-civil-defence')[0];
    expect(st?.killed).toBe(6);
    expect(st?.children).toBe(2);
  });
  it('reads "Its regional director said" as the organisation named just before', () => {
    const f = run('UNICEF has reacted. Its regional director said the agency was "horrified" by the attack.');
    expect(by(f, 'unicef').length).toBeGreaterThan(0);
  });
  it('reads a progressive "is reporting that" as a report', () => {
    const f = run('State television is reporting that army units "responded to sources of fire" near Ariha.');
    expect(by(f, 'syrian-state-tv').length).toBeGreaterThan(0);
  });
  it('gives "The statement urges …" to the issuer of the statement', () => {
    const f = run("Turkey's foreign ministry condemned the attack in a statement.", 'The statement urges Russia to "fulfil its responsibilities".');
    expect(by(f, 'turkish-foreign-ministry').find((s) => s.stance === 'CALL')?.targetIds).toEqual(['actor:russia']);
  });
});

describe('stance details', () => {
  it('codes a bare threat as a claim about the speaker\'s own act', () => {
    const f = run('Russia had threatened to veto.');
    expect(by(f, 'russia')[0]).toMatchObject({ stance: 'CLAIM', targetIds: ['actor:russia'] });
  });
  it('keeps a conditional threat a call', () => {
    const f = run('Ankara has threatened to drive Syrian forces back if they do not withdraw, Turkish officials said.');
    expect(by(f, 'turkey').some((s) => s.stance === 'CALL')).toBe(true);
  });
  it('names the own-side subject of a party\'s claim ("Turkish troops will stay")', () => {
    const f = run('Turkish officials insist that Turkish troops will stay in Idlib.');
    expect(by(f, 'turkey')[0]?.targetIds).toEqual(['actor:turkish-army']);
  });
});

describe('a broadcast transcript\'s "Broadcast:" line', () => {
  it('is the programme\'s date, not a date for the attacks it reports', () => {
    const f = extractArticle(
      [
        'Second strike in a week hits field hospital',
        '',
        'Evening Bulletin | Transcript',
        'Broadcast: 28 October 2015, 19:00 GMT',
        '',
        'ANCHOR: Good evening. A field hospital has been put out of action by an air strike, the second attack on a medical facility in Idlib province in a week.',
        '',
        'CORRESPONDENT: The hospital in Sarmin was hit late on Tuesday. The Syrian Observatory for Human Rights counts at least twelve dead.',
        '',
        'CORRESPONDENT: And this morning there was more. Warplanes struck the market in Binnish on Wednesday. Local rescuers say fourteen people were injured.',
      ].join('\n'),
      { publishedAt: '2015-10-28' },
    );
    const sohr = f.statements.find((s) => s.speakerId === 'actor:sohr');
    expect(sohr?.incidentId).toBe('incident:2015-10-27:sarmin:airstrike');
  });
});

describe('a lead paragraph above a photo caption', () => {
  it('is read for facts when it opens with its dateline ("Gaziantep, Turkey –")', () => {
    const f = run(
      'Gaziantep, Turkey – Air strikes killed at least six civilians in the town of Sarmada on Sunday, the Syrian Observatory for Human Rights said.',
      'Photo: Residents inspect a destroyed building in Binnish, Idlib province, July 19, 2021.',
      'In a separate incident on Monday, a drone strike on a car near Dana killed two people, the monitor said.',
    );
    expect(f.incidents.map((i) => i.placeIds[0]).sort()).toEqual(['place:dana', 'place:sarmada']);
  });
});

describe('a one-paragraph story with a note under it', () => {
  it('is read for facts ("An earlier version of this story …" is not a story below a standfirst)', () => {
    const f = run('The Idlib Health Directorate said on Monday that 10 people were killed in the strike on Ariha.', 'An earlier version of this story misspelled the name of the town.');
    expect(f.statements.map((s) => s.speakerId)).toEqual(['actor:idlib-health-directorate']);
  });
});
