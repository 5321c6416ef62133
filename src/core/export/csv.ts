// CSV tables (RFC 4180: comma-separated, CRLF line ends, a header row, fields quoted when they hold
// a comma, a quote or a line break, quotes doubled). Offsets are UTF-16, as in the guideline's JSON.
import type { Forum } from '../types';
import type { ExportCorpus } from './corpus';
import type { ExportFile } from './files';

export function csvField(value: string | number | null | undefined): string {
  const s = value === null || value === undefined ? '' : String(value);
  return /[",\r\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}

export function csvTable(header: string[], rows: (string | number | null | undefined)[][]): string {
  return [header, ...rows].map((r) => r.map(csvField).join(',')).join('\r\n') + '\r\n';
}

const LIST = '; ';

export function exportCsv(corpus: ExportCorpus): ExportFile[] {
  const mentions: (string | number | null)[][] = [];
  const dates: (string | number | null)[][] = [];
  const statements: (string | number | null)[][] = [];
  const notes: (string | number | null)[][] = [];
  const actorStats = new Map<string, { articles: Set<string>; mentions: number }>();
  const forums = new Map<string, { forum: Forum; articles: string[]; mentions: number }>();
  for (const a of corpus.articles) {
    const doc = a.annotations.doc;
    for (const m of a.annotations.actors) {
      mentions.push([doc, m.start, m.end, m.text, m.id, m.kind, m.title ?? null]);
      const s = actorStats.get(m.id) ?? { articles: new Set(), mentions: 0 };
      s.articles.add(doc);
      s.mentions++;
      actorStats.set(m.id, s);
    }
    for (const d of a.annotations.dates) dates.push([doc, d.start, d.end, d.text, d.kind, d.value, d.weekday ?? null]);
    for (const s of a.annotations.statements) statements.push([doc, s.start, s.end, s.text, s.speaker, s.speaker && corpus.actorName(s.speaker), s.cue, s.forum]);
    for (const n of a.notes) notes.push([doc, n.start, n.end, a.text.slice(n.start, n.end), n.text, n.creator ?? null, n.created ?? null, n.id]);
    for (const f of a.annotations.forums) {
      const seen = forums.get(f.id);
      if (!seen) forums.set(f.id, { forum: { ...f, participants: [...f.participants] }, articles: [doc], mentions: f.mentions.length });
      else {
        const g = seen.forum;
        seen.forum = { ...g, name: g.name.length >= f.name.length ? g.name : f.name, date: g.date ?? f.date, place: g.place ?? f.place, host: g.host ?? f.host, participants: [...new Set([...g.participants, ...f.participants])] };
        seen.articles.push(doc);
        seen.mentions += f.mentions.length;
      }
    }
  }
  const actorIds = [...actorStats.keys()].sort();
  const actors = actorIds.map((id) => {
    const s = actorStats.get(id)!;
    return [id, corpus.actorName(id), corpus.actorKind(id), corpus.actorAliases(id).join(LIST), s.articles.size, s.mentions];
  });
  const forumRows = [...forums.values()]
    .sort((x, y) => (x.forum.id < y.forum.id ? -1 : 1))
    .map(({ forum: f, articles, mentions: n }) => [f.id, f.name, f.date, f.place, f.host, f.participants.join(LIST), f.status ?? null, articles.join(LIST), n]);
  return [
    { path: 'actors.csv', content: csvTable(['id', 'name', 'kind', 'aliases', 'articles', 'mentions'], actors) },
    { path: 'mentions.csv', content: csvTable(['article', 'start', 'end', 'text', 'id', 'kind', 'title'], mentions) },
    { path: 'dates.csv', content: csvTable(['article', 'start', 'end', 'text', 'kind', 'value', 'weekday'], dates) },
    { path: 'statements.csv', content: csvTable(['article', 'start', 'end', 'text', 'speaker', 'speaker_name', 'cue', 'forum'], statements) },
    { path: 'forums.csv', content: csvTable(['id', 'name', 'date', 'place', 'host', 'participants', 'status', 'articles', 'mentions'], forumRows) },
    { path: 'notes.csv', content: csvTable(['article', 'start', 'end', 'text', 'note', 'creator', 'created', 'id'], notes) },
  ];
}
