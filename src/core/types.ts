// The core's own vocabulary. Offsets are UTF-16 code units into the article text, end exclusive,
// which is what JavaScript strings and VS Code positions use.

export interface Span {
  start: number;
  end: number;
}

export interface TextSpan extends Span {
  text: string;
}

export type ActorKind = 'person' | 'state' | 'demonym' | 'organization' | 'group' | 'place';

export const ACTOR_KINDS: readonly ActorKind[] = ['person', 'state', 'demonym', 'organization', 'group', 'place'];

export interface ActorMention extends TextSpan {
  /** Canonical kebab-case id shared by every alias of the actor across the corpus. */
  id: string;
  kind: ActorKind;
  /** A title written before a person's name ("President", "Foreign Minister"). */
  title?: string;
}

export type DateKind = 'date' | 'duration';

export interface DateMention extends TextSpan {
  kind: DateKind;
  /** ISO day, month or year, a range "A/B", an ISO duration, "XXXX-MM-DD", or null when unresolvable. */
  value: string | null;
  /** Recorded for a weekday that cannot be resolved (undated article). */
  weekday?: string;
}

export interface Statement extends TextSpan {
  /** Actor id of the speaker, or null when no attribution was found. */
  speaker: string | null;
  /** The attribution text ("the White House said"), null when it comes only from context. */
  cue: string | null;
  cueSpan?: Span;
  /** Forum id the words were spoken at or issued about. */
  forum: string | null;
}

export interface Forum {
  id: string;
  name: string;
  date: string | null;
  place: string | null;
  host: string | null;
  participants: string[];
  status?: 'planned';
  mentions: TextSpan[];
}

/** Everything extracted from one article, in the guideline's JSON shape. */
export interface ArticleAnnotations {
  doc: string;
  docDate: string | null;
  actors: ActorMention[];
  dates: DateMention[];
  statements: Statement[];
  forums: Forum[];
}

export interface Paragraph extends Span {
  index: number;
}

export interface Sentence extends Span {
  paragraph: number;
}

export interface Article {
  /** Identifies the article in the corpus (a file name, a URI string). */
  name: string;
  text: string;
  /** ISO date from the ` date YYYY-MM-DD` header, or null. */
  docDate: string | null;
  /** The header's span, which is not article text to annotate. */
  header: Span | null;
  paragraphs: Paragraph[];
  sentences: Sentence[];
}

export interface Disposable {
  dispose(): void;
}
