import type { ActorKind } from '../types';
import type { FactFinder, ForumFacts } from './attributes';
import type { ForumCluster } from './coreference';

/** Modifiers that set a forum apart and so belong in its id ("g20-special-session-…"). */
const DISTINCTIVE = new Set(['special', 'emergency', 'extraordinary', 'ministerial', 'regular', 'annual']);

/**
 * A deterministic id from what any article would say about the same event: the series or the key actor,
 * the kind of forum, and the date when it is known. So "the G20 special session on Afghanistan" on
 * 2021-10-12 gets "g20-special-session-2021-10-12" wherever it is reported.
 */
export function forumId(c: ForumCluster, facts: ForumFacts, finder: FactFinder, docDate: string | null, kindOf: (id: string) => ActorKind | undefined): string {
  const date = facts.date && /^\d{4}-\d{2}(-\d{2})?$/.test(facts.date) ? facts.date : null;
  if (c.series) {
    const s = c.series;
    if (s.sessionBase) {
      const when = date ?? docDate;
      if (!when) return s.id;
      const [year, month] = when.split('-');
      const y = Number(year);
      const mo = Number(month);
      return `${s.id}-${y - s.sessionBase - ((mo || 12) < (s.sessionMonth ?? 1) ? 1 : 0)}`;
    }
    return date ? `${s.id}-${date}` : s.id;
  }
  const defining = c.mentions.find((m) => m.determiner !== 'definite' && m.determiner !== 'possessive') ?? c.mentions[0];
  const kind = defining.kind === 'event' ? [...c.kinds].find((k) => k !== 'event') ?? 'forum' : defining.kind;
  // Joined as it goes: the array of parts, filtered and joined, cost more than the id it built.
  let id = keyActor(c, facts, finder, kindOf) ?? '';
  for (const m of defining.modifiers) if (DISTINCTIVE.has(m)) id = join(id, m);
  return join(join(id, kind), date);
}

/** `id` and `part` joined by a hyphen, an empty one left out. */
function join(id: string, part: string | null): string {
  if (!part) return id;
  return id ? `${id}-${part}` : part;
}

/** Who the forum is known by: a body named before the noun ("the G20 meeting") or taking part, the host, the people who met. */
function keyActor(c: ForumCluster, facts: ForumFacts, finder: FactFinder, kindOf: (id: string) => ActorKind | undefined): string | null {
  for (const m of c.mentions) {
    const body = finder.within({ start: m.start, end: m.head.start }).find((a) => a.kind === 'organization');
    if (body) return body.id;
  }
  const body = facts.participants.find((id) => kindOf(id) === 'organization');
  if (body) return body;
  if (facts.host) return facts.host;
  const people = facts.participants.filter((id) => kindOf(id) === 'person').slice(0, 2);
  if (people.length) return people.map((id) => id.split('-').pop()).sort().join('-');
  for (const m of c.mentions) {
    const body = finder.within({ start: m.head.end, end: m.end }).find((a) => a.kind === 'organization' || a.kind === 'group');
    if (body) return body.id;
  }
  if (facts.participants.length) return facts.participants[0];
  return facts.place && facts.place !== 'virtual' ? facts.place : null;
}

/** The best name of a forum: its longest mention. */
export function forumName(c: ForumCluster): string {
  return c.mentions.reduce((a, b) => (b.text.length > a.text.length ? b : a)).text.replace(/^(the|a|an)\s+/i, '');
}
