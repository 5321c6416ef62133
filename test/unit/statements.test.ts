import * as assert from 'assert';
import { extractStatements } from '../../src/core/statements/extractStatements';
import { articleWith, type ActorSpec } from './statementsHelpers';

interface Want {
  text: string;
  speaker: string | null;
  cue?: string | null;
}

const BLINKEN: ActorSpec = ['Antony Blinken', 'antony-blinken', 'person', 'Secretary of State'];
const BLINKEN_SHORT: ActorSpec = ['Blinken', 'antony-blinken', 'person'];
const CAVUSOGLU: ActorSpec = ['Cavusoglu', 'mevlut-cavusoglu', 'person'];
const TRUSS: ActorSpec = ['Liz Truss', 'liz-truss', 'person', 'Foreign Secretary'];
const WHITE_HOUSE: ActorSpec = ['White House', 'white-house', 'organization'];

const cases: { name: string; text: string; actors: ActorSpec[]; want: Want[] }[] = [
  {
    name: 'curly quote then "X said"',
    text: '“We are so grateful to Turkey,” Secretary of State Antony Blinken said during a briefing.',
    actors: [BLINKEN],
    want: [{ text: '“We are so grateful to Turkey,”', speaker: 'antony-blinken', cue: 'Secretary of State Antony Blinken said' }],
  },
  {
    name: 'straight quotes and an inverted verb',
    text: '"The situation is urgent," said Blinken.',
    actors: [BLINKEN_SHORT],
    want: [{ text: '"The situation is urgent,"', speaker: 'antony-blinken', cue: 'said Blinken' }],
  },
  {
    name: 'a reporting clause at the end of the sentence governs a short quote before it',
    text: 'The leaders called for a “laser focus” on counterterrorism, the White House said in a readout.',
    actors: [WHITE_HOUSE],
    want: [{ text: '“laser focus”', speaker: 'white-house', cue: 'the White House said' }],
  },
  {
    name: 'the subject of "X, for his part, thanked Y"',
    text: 'Cavusoglu, for his part, thanked Blinken "for the excellent cooperation on Afghanistan."',
    actors: [CAVUSOGLU, BLINKEN_SHORT],
    want: [{ text: '"for the excellent cooperation on Afghanistan."', speaker: 'mevlut-cavusoglu', cue: 'Cavusoglu, for his part, thanked' }],
  },
  {
    name: '"he said" is the person last quoted, not the last person named',
    text: 'Cavusoglu thanked Blinken "for the cooperation on Afghanistan."\n"We will continue working together," he said.',
    actors: [CAVUSOGLU, BLINKEN_SHORT],
    want: [
      { text: '"for the cooperation on Afghanistan."', speaker: 'mevlut-cavusoglu' },
      { text: '"We will continue working together,"', speaker: 'mevlut-cavusoglu', cue: 'he said' },
    ],
  },
  {
    name: 'a title stands for the person who held it earlier',
    text: 'Foreign Secretary Liz Truss flew to New York. “We must act as one,” the Foreign Secretary said.',
    actors: [TRUSS],
    want: [{ text: '“We must act as one,”', speaker: 'liz-truss', cue: 'the Foreign Secretary said' }],
  },
  {
    name: 'a statement phrase belongs to the cue',
    text: '"Russia and China need to act as one," Liz Truss said in a statement ahead of the meeting.',
    actors: [TRUSS],
    want: [{ text: '"Russia and China need to act as one,"', speaker: 'liz-truss', cue: 'Liz Truss said in a statement' }],
  },
  {
    name: 'a quote over several paragraphs: each paragraph is a statement of the same speaker',
    text: 'Mr Raab said in a statement after the call:\n“The G7 ministers met today.\n“They called for safe passage.\n“They concurred on the threat.”',
    actors: [['Raab', 'dominic-raab', 'person', 'Mr']],
    want: [
      { text: '“The G7 ministers met today.', speaker: 'dominic-raab', cue: 'Mr Raab said in a statement' },
      { text: '“They called for safe passage.', speaker: 'dominic-raab', cue: 'Mr Raab said in a statement' },
      { text: '“They concurred on the threat.”', speaker: 'dominic-raab', cue: 'Mr Raab said in a statement' },
    ],
  },
  {
    name: 'a closing mark without an opening one runs from the paragraph start',
    text: 'The report quoted Politico at length.\nIn response, Pakistan has hinted that it deserves more recognition," according to the report.',
    actors: [['Politico', 'politico', 'organization'], ['Pakistan', 'pakistan', 'state']],
    want: [{ text: 'In response, Pakistan has hinted that it deserves more recognition,"', speaker: 'politico', cue: 'according to the report' }],
  },
  {
    name: 'a collective speaker and a one-word quote',
    text: 'Ten participating countries also called for “urgent” humanitarian aid.',
    actors: [],
    want: [{ text: '“urgent”', speaker: 'participants', cue: 'Ten participating countries also called for' }],
  },
  {
    name: 'a second quote in the sentence shares the first one\'s cue',
    text: 'Participants repeated their concerns in a joint statement, urging the Taliban to “practice moderate policies” and “implement friendly policies.”',
    actors: [['Taliban', 'taliban', 'group']],
    want: [
      { text: '“practice moderate policies”', speaker: 'participants' },
      { text: '“implement friendly policies.”', speaker: 'participants' },
    ],
  },
  {
    name: 'an apposition between subject and verb, and a colon',
    text: 'Zabihullah Mujahid, a Taliban spokesman, told reporters: “We want good relations with the world.”',
    actors: [['Zabihullah Mujahid', 'zabihullah-mujahid', 'person'], ['Taliban', 'taliban', 'group']],
    want: [{ text: '“We want good relations with the world.”', speaker: 'zabihullah-mujahid' }],
  },
  {
    name: '"according to" before the quote',
    text: 'According to Sergei Lavrov, “the situation in Afghanistan is worrying.”',
    actors: [['Sergei Lavrov', 'sergei-lavrov', 'person']],
    want: [{ text: '“the situation in Afghanistan is worrying.”', speaker: 'sergei-lavrov', cue: 'According to Sergei Lavrov' }],
  },
  {
    name: 'single curly quotes, with an apostrophe inside',
    text: '‘The Taliban’s promises are not enough,’ Liz Truss said.',
    actors: [TRUSS, ['Taliban', 'taliban', 'group']],
    want: [{ text: '‘The Taliban’s promises are not enough,’', speaker: 'liz-truss', cue: 'Liz Truss said' }],
  },
  {
    name: 'a longer quote with no cue continues the speaker quoted just before',
    text: '“The leaders discussed the threat,” the White House said.\nThe leaders also “reaffirmed their collective commitment to provide assistance”.',
    actors: [WHITE_HOUSE],
    want: [
      { text: '“The leaders discussed the threat,”', speaker: 'white-house', cue: 'the White House said' },
      { text: '“reaffirmed their collective commitment to provide assistance”', speaker: 'white-house', cue: null },
    ],
  },
];

describe('extractStatements', () => {
  for (const c of cases) {
    it(c.name, () => {
      const { article, actors } = articleWith(c.text, c.actors);
      const got = extractStatements(article, actors);
      assert.deepStrictEqual(
        got.map((s) => ({ text: s.text, speaker: s.speaker, ...(c.want.find((w) => w.text === s.text)?.cue !== undefined ? { cue: s.cue } : {}) })),
        c.want,
      );
      for (const s of got) {
        assert.strictEqual(article.text.slice(s.start, s.end), s.text, 'offsets match the text');
        if (s.cueSpan) assert.strictEqual(article.text.slice(s.cueSpan.start, s.cueSpan.end), s.cue, 'cue span matches the cue');
      }
    });
  }
});
