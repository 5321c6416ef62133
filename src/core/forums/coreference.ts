import { lastStartingAtOrBefore } from '../statements/words';
import type { Span } from '../types';
import { kindsCompatible, type Series } from './lexicon';
import type { ForumMention } from './mentions';
import type { VerbMeeting } from './verbMeetings';

/** Mentions grouped as one real-world event. */
export interface ForumCluster {
  mentions: ForumMention[];
  kinds: Set<string>;
  series: Series | null;
  planned: boolean;
  /** Opened by a definite mention with nothing before it to refer to ("the meeting" before "a special session"). */
  provisional: boolean;
  verbMeeting: VerbMeeting | null;
  last: number;
}

/** How many paragraphs ahead an indefinite mention may still be what an unresolved "the meeting" announced. */
const CATAPHORA_PARAGRAPHS = 3;
/** "a joint press briefing" within this many sentences of a meeting is part of it. */
const JOINT_SENTENCES = 3;
/** Modifiers that set a mention apart from the forum just told of ("the previous round", "the first two editions"). */
const OTHER_ROUND = new Set(['previous', 'last', 'first', 'earlier', 'past', 'prior']);
/** How many of the latest forums a mention is compared with: keeps long articles linear. */
const LOOKBACK = 40;

/**
 * Groups mentions into forums: an indefinite or bare mention starts a forum; a definite one refers back to
 * the nearest forum of a compatible kind and tense (or to a meeting just told by a verb), and a named
 * series gathers its own mentions.
 */
export function clusterMentions(mentions: readonly ForumMention[], verbMeetings: readonly VerbMeeting[]): ForumCluster[] {
  const clusters: ForumCluster[] = [];
  const usedVerbs = new Set<VerbMeeting>();
  const verbs = [...verbMeetings].sort((a, b) => a.start - b.start);
  // A loop rather than flatMap, which allocates an array per mention.
  const nested = new Set<Span>();
  for (const m of mentions) for (const n of m.inner) nested.add(n);
  for (const m of mentions) {
    const definite = m.determiner === 'definite' || m.determiner === 'possessive';
    const verb = definite && !m.series ? verbBefore(verbs, usedVerbs, clusters, m) : undefined;
    if (verb) {
      usedVerbs.add(verb);
      clusters.push(open(m, verb));
      continue;
    }
    const other = m.modifiers.some((w) => OTHER_ROUND.has(w));
    const target = other ? undefined : m.series ? bySeries(clusters, m) : definite ? antecedent(clusters, m) : forward(clusters, m, nested);
    if (target) {
      add(target, m);
      continue;
    }
    if (m.refersOnly) continue;
    const c = open(m, null);
    c.provisional = m.determiner === 'definite' && !m.series && m.modifiers.length === 0 && !m.complement;
    clusters.push(c);
  }
  return clusters;
}

function open(m: ForumMention, verb: VerbMeeting | null): ForumCluster {
  return { mentions: [m], kinds: new Set([m.kind]), series: m.series, planned: verb ? verb.future || m.future : m.future, provisional: false, verbMeeting: verb, last: m.start };
}

function add(c: ForumCluster, m: ForumMention): void {
  c.mentions.push(m);
  c.kinds.add(m.kind);
  c.last = m.start;
  if (m.series && !c.series) c.series = m.series;
  if (m.determiner === 'indefinite' || m.determiner === 'none' || m.complement) c.provisional = false;
}

function compatible(c: ForumCluster, m: ForumMention): boolean {
  if (c.series && !m.series) {
    if (!c.series.generic.includes(m.kind) && m.kind !== 'event') return false;
  }
  if (m.series && c.series && m.series.id !== c.series.id) return false;
  if (c.planned !== m.future) return false;
  for (const k of c.kinds) if (kindsCompatible(k, m.kind)) return true;
  return false;
}

function bySeries(clusters: readonly ForumCluster[], m: ForumMention): ForumCluster | undefined {
  const same = clusters.find((c) => c.series?.id === m.series?.id);
  if (same) return same;
  // "talks in the Russian capital" after an unresolved "the meeting", or a generic forum then named.
  for (let i = clusters.length - 1; i >= 0 && i >= clusters.length - LOOKBACK; i--) {
    const c = clusters[i];
    if (!c.series && c.provisional && compatible({ ...c, series: null }, m)) return c;
  }
  return undefined;
}

/** The compatible forum mentioned last (not the one opened last: "the talks" after a side remark refer to the meeting). */
function antecedent(clusters: readonly ForumCluster[], m: ForumMention): ForumCluster | undefined {
  let best: ForumCluster | undefined;
  for (let i = clusters.length - 1; i >= 0 && i >= clusters.length - LOOKBACK; i--) {
    const c = clusters[i];
    if (compatible(c, m) && !contains(c, m) && (!best || c.last > best.last)) best = c;
  }
  return best;
}

function forward(clusters: readonly ForumCluster[], m: ForumMention, nested: ReadonlySet<Span>): ForumCluster | undefined {
  for (let i = clusters.length - 1; i >= 0 && i >= clusters.length - LOOKBACK; i--) {
    const c = clusters[i];
    const first = c.mentions[0];
    if (c.provisional && m.paragraph - first.paragraph <= CATAPHORA_PARAGRAPHS && compatible(c, m)) return c;
    const joint = m.modifiers.includes('joint') && (m.kind === 'press-briefing' || m.kind === 'press-conference' || m.kind === 'briefing');
    const lastMention = c.mentions[c.mentions.length - 1];
    const nestedOnly = nested.has(c.mentions[0]);
    if (joint && !c.series && !nestedOnly && m.sentence - lastMention.sentence <= JOINT_SENTENCES && c.planned === m.future) return c;
  }
  return undefined;
}

/** A "meet" verb in the two sentences before a definite mention, nearer than any compatible forum. */
function verbBefore(verbs: readonly VerbMeeting[], used: ReadonlySet<VerbMeeting>, clusters: readonly ForumCluster[], m: ForumMention): VerbMeeting | undefined {
  if (m.kind !== 'meeting' && m.kind !== 'talks' && m.kind !== 'event') return undefined;
  let best: VerbMeeting | undefined;
  for (let i = lastStartingAtOrBefore(verbs, m.start - 1); i >= 0 && m.sentence - verbs[i].sentence <= 2; i--) {
    if (!used.has(verbs[i])) {
      best = verbs[i];
      break;
    }
  }
  if (!best) return undefined;
  const from = best.start;
  const nearer = clusters.slice(-LOOKBACK).some((c) => !c.series && c.last > from);
  return nearer ? undefined : best;
}

/** A forum named inside another's mention ("a meeting on the sidelines of the summit") is not that forum. */
function contains(c: ForumCluster, m: ForumMention): boolean {
  const o = c.mentions[c.mentions.length - 1];
  return o !== m && o.start <= m.start && m.end <= o.end;
}
