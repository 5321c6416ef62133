// brat standoff (https://brat.nlplab.org/standoff.html): for each article a .txt and a .ann of
// text-bound annotations (T), normalizations to Dossier ids (N), attributes (A) and notes (#),
// and one annotation.conf declaring the types. brat counts offsets in Unicode code points.
import { toCodePoints } from '../curation/offsets';
import type { ActorKind } from '../types';
import type { ExportArticle, ExportCorpus } from './corpus';
import type { ExportFile } from './files';

export const BRAT_ENTITY: Record<ActorKind, string> = {
  person: 'Person',
  state: 'State',
  demonym: 'Demonym',
  organization: 'Organization',
  group: 'Group',
  place: 'Place',
};

const ENTITIES = [...Object.values(BRAT_ENTITY), 'Date', 'Duration', 'Statement', 'Forum', 'Note'];

/** The normalization database name in N lines ("Dossier:joe-biden"). */
export const BRAT_DB = 'Dossier';

/** An attribute value must be one token in the .ann and in annotation.conf. */
const ATTRIBUTE_VALUE = /^[^\s|,:]+$/;

export function exportBrat(corpus: ExportCorpus): ExportFile[] {
  const values = { Speaker: new Set<string>(), AtForum: new Set<string>(), Value: new Set<string>() };
  const files: ExportFile[] = [];
  for (const a of corpus.articles) {
    files.push({ path: `${a.path}.txt`, content: a.text });
    files.push({ path: `${a.path}.ann`, content: annFile(a, corpus, values) });
  }
  files.push({ path: 'annotation.conf', content: annotationConf(values) });
  return files;
}

function annFile(a: ExportArticle, corpus: ExportCorpus, values: Record<'Speaker' | 'AtForum' | 'Value', Set<string>>): string {
  const lines: string[] = [];
  let t = 0;
  let n = 0;
  let attr = 0;
  let note = 0;
  const spanIds = new Map<string, string>();
  const text = a.text;
  const tLine = (type: string, start: number, end: number): string => {
    const id = `T${++t}`;
    lines.push(`${id}\t${type} ${fragments(text, start, end)}\t${text.slice(start, end).replace(/\s+/g, ' ')}`);
    spanIds.set(`${start}:${end}`, id);
    return id;
  };
  const attribute = (name: 'Speaker' | 'AtForum' | 'Value', target: string, value: string | null) => {
    if (!value || !ATTRIBUTE_VALUE.test(value)) return;
    values[name].add(value);
    lines.push(`A${++attr}\t${name} ${target} ${value}`);
  };
  const annotatorNote = (target: string, body: string) => lines.push(`#${++note}\tAnnotatorNotes ${target}\t${body.replace(/\s+/g, ' ').trim()}`);

  for (const m of a.annotations.actors) {
    const id = tLine(BRAT_ENTITY[m.kind], m.start, m.end);
    lines.push(`N${++n}\tReference ${id} ${BRAT_DB}:${m.id}\t${corpus.actorName(m.id)}`);
    if (m.title) annotatorNote(id, `title: ${m.title}`);
  }
  for (const d of a.annotations.dates) {
    const id = tLine(d.kind === 'duration' ? 'Duration' : 'Date', d.start, d.end);
    attribute('Value', id, d.value);
  }
  for (const s of a.annotations.statements) {
    const id = tLine('Statement', s.start, s.end);
    attribute('Speaker', id, s.speaker);
    attribute('AtForum', id, s.forum);
    if (s.cue) annotatorNote(id, `cue: ${s.cue}`);
  }
  for (const f of a.annotations.forums) {
    for (const m of f.mentions) {
      const id = tLine('Forum', m.start, m.end);
      lines.push(`N${++n}\tReference ${id} ${BRAT_DB}:${f.id}\t${f.name.replace(/\s+/g, ' ')}`);
    }
  }
  for (const nt of a.notes) {
    const id = spanIds.get(`${nt.start}:${nt.end}`) ?? tLine('Note', nt.start, nt.end);
    annotatorNote(id, nt.text);
  }
  return lines.length ? lines.join('\n') + '\n' : '';
}

/** "start end" in code points, split into fragments at line breaks, which a brat span cannot cross. */
function fragments(text: string, start: number, end: number): string {
  const parts: string[] = [];
  const re = /[^\r\n]+/g;
  re.lastIndex = start;
  for (let m = re.exec(text); m && m.index < end; m = re.exec(text)) {
    const s = m.index;
    const e = Math.min(end, m.index + m[0].length);
    parts.push(`${toCodePoints(text, s)} ${toCodePoints(text, e)}`);
  }
  return parts.length ? parts.join(';') : `${toCodePoints(text, start)} ${toCodePoints(text, end)}`;
}

function annotationConf(values: Record<'Speaker' | 'AtForum' | 'Value', Set<string>>): string {
  const attr = (name: keyof typeof values, args: string) => (values[name].size ? [`${name}\tArg:${args}, Value:${[...values[name]].sort().join('|')}`] : []);
  return [
    '# Dossier export. Actors and forum mentions carry normalizations to Dossier ids (Reference Dossier:ID);',
    '# statements carry their speaker and forum ids as attributes, dates their ISO value.',
    '[entities]',
    ...ENTITIES,
    '',
    '[relations]',
    '<OVERLAP>\tArg1:<ENTITY>, Arg2:<ENTITY>, <OVL-TYPE>:<ANY>',
    '',
    '[events]',
    '',
    '[attributes]',
    ...attr('Speaker', 'Statement'),
    ...attr('AtForum', 'Statement'),
    ...attr('Value', 'Date|Duration'),
    '',
  ].join('\n');
}
