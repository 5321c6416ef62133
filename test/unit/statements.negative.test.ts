import * as assert from 'assert';
import { extractStatements } from '../../src/core/statements/extractStatements';
import { articleWith, type ActorSpec } from './statementsHelpers';

const LAVROV: ActorSpec = ['Lavrov', 'sergei-lavrov', 'person'];

const cases: { name: string; text: string; actors?: ActorSpec[] }[] = [
  { name: 'a name in quotes', text: 'Lavrov said the “Moscow format” talks would resume in October.', actors: [LAVROV] },
  { name: 'a so-called scare quote', text: 'Lavrov said the so-called “troika” had failed.', actors: [LAVROV] },
  { name: 'a dubbed name', text: 'The plan, dubbed "Operation Allies Refuge", was announced on Friday.' },
  { name: 'a word named by "called"', text: 'Lavrov spoke of what he called “Western arrogance” at length.', actors: [LAVROV] },
  { name: 'an unattributed headline quote', text: "'US presses Pakistan to fight terror groups as crisis spirals'\nThe Biden administration is pressing Pakistan." },
  { name: 'a READ MORE line after a quote', text: '“We must act,” Lavrov said.\nREAD MORE: ‘We are on the edge of an abyss’: UNGA kicks off amid Covid', actors: [LAVROV] },
  { name: 'apostrophes are not quotes', text: 'The Taliban’s leaders met the US’ envoy and the countries’ ministers in Doha’s main hotel.' },
  { name: 'straight apostrophes are not quotes', text: "The Taliban's leaders met the US' envoy and the countries' ministers." },
  { name: 'a quote nobody is said to have said', text: 'Critics see it as “a disaster in the making for the whole region”.' },
];

describe('extractStatements: negative cases', () => {
  for (const c of cases) {
    it(c.name, () => {
      const { article, actors } = articleWith(c.text, c.actors ?? []);
      const got = extractStatements(article, actors).filter((s) => !(c.name.startsWith('a READ MORE') && s.text === '“We must act,”'));
      assert.deepStrictEqual(got.map((s) => s.text), []);
    });
  }

  // How fast is for the fuzz test's growth check and the benchmark; here, what comes out.
  it('1,000 unclosed quotes in one paragraph give bounded output', () => {
    const { article, actors } = articleWith(`Lavrov said ${'“and then '.repeat(1000)}`, [LAVROV]);
    const got = extractStatements(article, actors);
    assert.ok(got.length <= 1);
  });

  it('1,000 paragraphs of unclosed quotes give one statement per paragraph at most', () => {
    const { article, actors } = articleWith(`Lavrov said:\n${'“and then it went on\n'.repeat(1000)}`, [LAVROV]);
    const got = extractStatements(article, actors);
    assert.ok(got.length <= 1000);
  });
});
