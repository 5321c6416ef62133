import { parseArticle } from './article';
import { extractActors } from './actors/extractActors';
import { extractDates } from './dates/extractDates';
import { extractForums } from './forums/extractForums';
import { KnowledgeBase } from './knowledge';
import { extractStatements } from './statements/extractStatements';
import type { Article, ArticleAnnotations } from './types';

export interface Extraction {
  article: Article;
  annotations: ArticleAnnotations;
}

// Order matters: statements are attributed to actors found first, and forums read the actors
// (hosts, participants, places), the dates and the statements (which they then claim).
export function extract(name: string, text: string, kb: KnowledgeBase = KnowledgeBase.default()): Extraction {
  const article = parseArticle(name, text);
  const actors = extractActors(article, kb);
  const dates = extractDates(article);
  const statements = extractStatements(article, actors);
  const forums = extractForums(article, actors, dates, statements);
  return { article, annotations: { doc: name, docDate: article.docDate, actors, dates, statements, forums } };
}
