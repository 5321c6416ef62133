import type { ActorKind } from './types';

/** An actor known in advance from the data files (a state, a body, an armed group, an outlet, a public figure). */
export interface KnownActor {
  id: string;
  name: string;
  kind: ActorKind;
  aliases: string[];
  /** The data file it comes from, for Go to Definition. */
  source: string;
}

/** Placeholder until the gazetteer lands: knows nothing. */
export class KnowledgeBase {
  private readonly byId = new Map<string, KnownActor>();
  static default(): KnowledgeBase {
    return new KnowledgeBase();
  }
  get(id: string): KnownActor | undefined {
    return this.byId.get(id);
  }
  all(): Iterable<KnownActor> {
    return this.byId.values();
  }
}
