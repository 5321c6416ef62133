import * as assert from 'assert';
import { extractActors } from '../../src/core/actors/extractActors';
import { parseArticle } from '../../src/core/article';
import { KnowledgeBase } from '../../src/core/knowledge';
import type { ActorKind } from '../../src/core/types';

type Expected = [text: string, kind: ActorKind, id: string, title?: string];

/** Each sentence with the actor spans it must yield, in order; offsets are checked against the text. */
const CASES: [sentence: string, expected: Expected[]][] = [
  ['US President Joe Biden spoke on Tuesday.', [['US', 'state', 'united-states'], ['Joe Biden', 'person', 'joe-biden', 'President']]],
  ['UN Secretary General Antonio Guterres called for calm.', [['UN', 'organization', 'united-nations'], ['Antonio Guterres', 'person', 'antonio-guterres', 'Secretary General']]],
  ['Ministers met during the UN General Assembly in New York.', [['UN General Assembly', 'organization', 'un-general-assembly'], ['New York', 'place', 'new-york']]],
  ['He said the Afghan Taliban would not change.', [['Afghan Taliban', 'group', 'taliban']]],
  ['Threats from the Islamic State-Khorasan (IS-K) group grew.', [['Islamic State-Khorasan', 'group', 'isis-k'], ['IS-K', 'group', 'isis-k']]],
  ['Both IS-linked fighters and al-Qaeda were active.', [['IS', 'group', 'islamic-state'], ['al-Qaeda', 'group', 'al-qaeda']]],
  ['Washington sees Pakistan as a partner.', [['Washington', 'state', 'united-states'], ['Pakistan', 'state', 'pakistan']]],
  ['Messages were exchanged between Washington and Islamabad.', [['Washington', 'state', 'united-states'], ['Islamabad', 'state', 'pakistan']]],
  ['It held talks in Moscow last week.', [['Moscow', 'place', 'moscow']]],
  ['Parties to the Moscow summit agreed.', [['Moscow', 'place', 'moscow']]],
  ["Afghanistan's capital Kabul was seized.", [['Afghanistan', 'state', 'afghanistan'], ['Kabul', 'place', 'kabul']]],
  ['Islamabad: The talks went on.', [['Islamabad', 'place', 'islamabad']]],
  ['The former Soviet countries that Moscow views as its backyard.', [['Moscow', 'state', 'russia']]],
  ['Brussels committed one billion euros in aid.', [['Brussels', 'organization', 'european-union']]],
  ['Russian Foreign Minister Sergei Lavrov warned the group.', [['Russian', 'demonym', 'russia'], ['Sergei Lavrov', 'person', 'sergei-lavrov', 'Foreign Minister']]],
  ['Aid will go to all Afghans, American officials said.', [['Afghans', 'demonym', 'afghanistan'], ['American', 'demonym', 'united-states']]],
  ['Mr Raab chaired the call.', [['Raab', 'person', 'dominic-raab', 'Mr']]],
  ['The delegation was led by Deputy Prime Minister Abdul Salam Hanafi.', [['Abdul Salam Hanafi', 'person', 'abdul-salam-hanafi', 'Deputy Prime Minister']]],
  ['French Foreign Minister Jean-Yves Le Drian spoke to the senate.', [['French', 'demonym', 'france'], ['Jean-Yves Le Drian', 'person', 'jean-yves-le-drian', 'Foreign Minister']]],
  ['The plot was hatched by Osama bin Laden.', [['Osama bin Laden', 'person', 'osama-bin-laden']]],
  ['The Dawn newspaper cited a report by the Politico.', [['Dawn', 'organization', 'dawn'], ['Politico', 'organization', 'politico']]],
  ['Foreign ministers met with the P5 and NATO Allies.', [['P5', 'organization', 'p5'], ['NATO', 'organization', 'nato']]],
  ['Troops of the United States, Britain and the UK left.', [['United States', 'state', 'united-states'], ['Britain', 'state', 'united-kingdom'], ['UK', 'state', 'united-kingdom']]],
  ['The U.S. and the UAE spoke.', [['U.S.', 'state', 'united-states'], ['UAE', 'state', 'united-arab-emirates']]],
  ['Evacuations from Kabul airport continued.', [['Kabul airport', 'place', 'kabul-airport']]],
  ['The White House and the Kremlin disagreed, the State Department said.', [['White House', 'organization', 'white-house'], ['Kremlin', 'organization', 'kremlin'], ['State Department', 'organization', 'us-state-department']]],
  ["Pakistan's Foreign Ministry rejected the claim.", [['Pakistan', 'state', 'pakistan'], ['Foreign Ministry', 'organization', 'pakistan-foreign-ministry']]],
  // Unknown names: two capitalised words, or a title before them; a later surname links back.
  ['Governor Rahimullah Zadran met Farid Haidari. Zadran said the roads were open.', [
    ['Rahimullah Zadran', 'person', 'rahimullah-zadran', 'Governor'],
    ['Farid Haidari', 'person', 'farid-haidari'],
    ['Zadran', 'person', 'rahimullah-zadran'],
  ]],
  ['Lone surnames stay single tokens: Hekmatzai said so.', [['Hekmatzai', 'person', 'hekmatzai']]],
  ['Taliban spokesman Zabihullah Mujahid told Tolo News.', [['Taliban', 'group', 'taliban'], ['Zabihullah Mujahid', 'person', 'zabihullah-mujahid', 'spokesman'], ['Tolo News', 'organization', 'tolo-news']]],
  ['The ‘Taliban’s’ curly apostrophes do not matter.', [['Taliban', 'group', 'taliban']]],
];

describe('extractActors', () => {
  const kb = KnowledgeBase.default();
  for (const [sentence, expected] of CASES) {
    it(sentence, () => {
      const got = extractActors(parseArticle('t.txt', sentence), kb);
      let from = 0;
      const want = expected.map(([text, kind, id, title]) => {
        const start = sentence.indexOf(text, from);
        assert.ok(start >= 0, `"${text}" not in the sentence`);
        from = start + text.length;
        return { start, end: start + text.length, text, kind, id, ...(title ? { title } : {}) };
      });
      assert.deepStrictEqual(got, want);
    });
  }

  it('skips the date header', () => {
    const text = ' date 2021-10-13 Russia hosted the talks.';
    const got = extractActors(parseArticle('t.txt', text), kb);
    assert.deepStrictEqual(got.map((m) => [m.start, m.text]), [[17, 'Russia']]);
  });

  it('gives non-overlapping mentions sorted by start', () => {
    const text = 'US President Joe Biden and UK Prime Minister Boris Johnson met NATO chief Jens Stoltenberg in Brussels.';
    const got = extractActors(parseArticle('t.txt', text), kb);
    for (let i = 1; i < got.length; i++) assert.ok(got[i].start >= got[i - 1].end);
    for (const m of got) assert.strictEqual(text.slice(m.start, m.end), m.text);
  });
});
