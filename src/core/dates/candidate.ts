import type { DateKind } from '../types';

/** Calendar fields as written; a missing year is resolved later against the document date and tense. */
export interface CalendarFields {
  year?: number;
  month?: number;
  day?: number;
}

/** What an expression says, before it is resolved to a value. */
export type DateSpec =
  /** An explicit day, month or year, or a range between two of them ("August 15-31"). */
  | { type: 'calendar'; from: CalendarFields; to?: CalendarFields }
  /** "Thursday", "last Thursday", "next Thursday". */
  | { type: 'weekday'; weekday: number; modifier?: 'last' | 'next' | 'this' }
  /** Relative to the document date: "last month" is { unit: 'month', offset: -1 }. */
  | { type: 'relative'; unit: 'day' | 'week' | 'weekend' | 'month' | 'year'; offset: number }
  /** Relative to a date named later in the sentence: "two weeks before" ... "August 31". */
  | { type: 'shift'; amount: number; unit: 'day' | 'week' | 'month' | 'year' }
  /** Already a value (durations, years, "9/11"). */
  | { type: 'fixed'; value: string | null };

/** A date expression found by one extractor, refined in place by the refiners. */
export interface DateCandidate {
  start: number;
  end: number;
  kind: DateKind;
  spec: DateSpec;
  /** Set by the resolver. */
  value?: string | null;
  weekday?: string;
}
