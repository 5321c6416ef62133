import { COLLECTIVE_SPEAKER } from '../statements/lexicon';
import { ArticleWords } from '../statements/words';
import type { ActorKind, ActorMention, Article, DateMention, Forum, Statement } from '../types';
import { FactFinder } from './attributes';
import { clusterMentions } from './coreference';
import { forumId, forumName } from './ids';
import { findForumMentions, searchText, type ForumMention } from './mentions';
import { assignStatementForums, nameCollectives } from './statementForums';
import { findVerbMeetings } from './verbMeetings';

/** How many ids kindOfId looks up one by one before it maps them all: keeps a long article linear. */
const LOOKUPS_BEFORE_MAP = 32;

/**
 * Finds forums and sets `forum` on the statements made at them. Mentions come first (noun phrases and
 * named series), then coreference groups them into events (it needs the "meet" verbs a later "the
 * meeting" may point to), then each event's facts are read around its mentions; statements are matched
 * to events next, since their speakers take part, and the ids, built from those facts, come last.
 */
export function extractForums(article: Article, actors: readonly ActorMention[], dates: readonly DateMention[], statements: Statement[]): Forum[] {
  const words = new ArticleWords(article);
  const search = searchText(article.text);
  const mentions = findForumMentions(words, actors, dates, search);
  if (mentions.length === 0) return [];
  const clusters = clusterMentions(mentions, findVerbMeetings(words, actors, mentions, search.meetVerbs));
  const finder = new FactFinder(words, actors, dates);
  const facts = clusters.map((c) => finder.facts(c));
  // A forum held on the sidelines of another ("a meeting on the sidelines of the UN General Assembly") is where that one is.
  const clusterOf = new Map<ForumMention, number>();
  clusters.forEach((c, i) => c.mentions.forEach((m) => clusterOf.set(m, i)));
  clusters.forEach((c, i) => {
    if (facts[i].place) return;
    for (const m of c.mentions) {
      const outer = m.inner.map((n) => clusterOf.get(n as ForumMention)).find((j) => j !== undefined && j !== i && facts[j].place);
      if (outer !== undefined) {
        facts[i].place = facts[outer].place;
        return;
      }
    }
  });
  // Statements are matched to forums by position first (ids come after: they use the speakers as participants).
  const forums: Forum[] = clusters.map((c, i) => ({
    id: `#${i}`,
    name: forumName(c),
    date: facts[i].date,
    place: facts[i].place,
    host: facts[i].host,
    participants: facts[i].participants,
    mentions: c.mentions.map((m) => ({ start: m.start, end: m.end, text: m.text })),
  }));
  assignStatementForums(article, forums, statements);
  const kindOf = kindOfId(actors);
  const taken = new Map<string, number>();
  const ids = new Map<string, string>();
  const speakersAt = new Map<string, Set<string>>();
  for (const s of statements) {
    if (!s.forum || !s.speaker || s.speaker === COLLECTIVE_SPEAKER) continue;
    const set = speakersAt.get(s.forum) ?? new Set<string>();
    speakersAt.set(s.forum, set.add(s.speaker));
  }
  clusters.forEach((c, i) => {
    const f = forums[i];
    for (const id of speakersAt.get(f.id) ?? []) if (!f.participants.includes(id)) f.participants.push(id);
    let id = forumId(c, facts[i], finder, article.docDate, kindOf);
    const n = (taken.get(id) ?? 0) + 1;
    taken.set(id, n);
    if (n > 1) id = `${id}-${n}`;
    ids.set(f.id, id);
    f.id = id;
    if (c.planned || (!!f.date && !!article.docDate && f.date.length === 10 && f.date > article.docDate)) f.status = 'planned';
  });
  for (const s of statements) if (s.forum) s.forum = ids.get(s.forum) ?? s.forum;
  nameCollectives(forums, statements);
  return forums;
}

/**
 * Each id's kind (its first mention's). The first few asked for are looked up in the actors, which costs less than
 * a map of every actor for the few participants an article's ids ask about; an article that asks more gets the map.
 */
function kindOfId(actors: readonly ActorMention[]): (id: string) => ActorKind | undefined {
  let kinds: Map<string, ActorKind> | null = null;
  let asked = 0;
  return (id) => {
    if (!kinds && asked++ < LOOKUPS_BEFORE_MAP) {
      for (const a of actors) if (a.id === id) return a.kind;
      return undefined;
    }
    if (!kinds) {
      kinds = new Map();
      for (const a of actors) if (!kinds.has(a.id)) kinds.set(a.id, a.kind);
    }
    return kinds.get(id);
  };
}
