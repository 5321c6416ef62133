import verbs from '../data/speech-verbs.json';
import speakers from '../data/speakers.json';
import { WordSet } from './wordSet';
import { phraseList } from './words';

// Lookups built once from src/core/data/speech-verbs.json and speakers.json.
/** Tested against every word before and after a quote: a WordSet. */
export const SPEECH_VERBS = new WordSet(verbs.verbs);
export const VERB_PARTICLES: ReadonlySet<string> = new Set(verbs.particles);
export const INVERTED_VERBS = phraseList(verbs.inverted);
export const STATEMENT_PHRASES = phraseList(verbs.statementPhrases);

export const PERSON_PRONOUNS: ReadonlySet<string> = new Set(speakers.personPronouns);
export const PLURAL_PRONOUNS: ReadonlySet<string> = new Set(speakers.pluralPronouns);
export const BODY_PRONOUNS: ReadonlySet<string> = new Set(speakers.bodyPronouns);
export const OUTLET_NOUNS = phraseList(speakers.outletNouns);
export const COLLECTIVE_WORDS = phraseList(speakers.collectiveWords);
export const TITLE_NOUNS = phraseList(speakers.titleNouns);
export const PLURAL_DESCRIPTIONS: ReadonlySet<string> = new Set(speakers.pluralDescriptions);
export const ADVERBIALS: ReadonlySet<string> = new Set(speakers.adverbials);
export const RELATIVE_STARTS: ReadonlySet<string> = new Set(speakers.relativeStarts);
export const NAMING_WORDS = phraseList(speakers.namingWords);

/** The speaker id given to a collective ("participants stated in a joint statement") until the forum is known. */
export const COLLECTIVE_SPEAKER = 'participants';
