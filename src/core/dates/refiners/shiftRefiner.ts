import { addMonths, dayNumber, formatDay, fromDayNumber, UNKNOWN_YEAR } from '../calendar';
import type { DateCandidate } from '../candidate';
import type { DateContext } from '../context';

const DAY_VALUE = /^(\d{4}|XXXX)-(\d\d)-(\d\d)$/;

/**
 * "two weeks before the withdrawal on August 31" counts from the next day-precise date in its sentence;
 * with none ("seven days after Kabul fell") the event's date is unknown and so is the value.
 */
export function shiftRefiner(ctx: DateContext, candidates: DateCandidate[]): DateCandidate[] {
  // Sorted by start (as they come), the search for an anchor stops at the sentence's end: linear, not quadratic.
  let sorted = true;
  for (let i = 1; i < candidates.length && sorted; i++) sorted = candidates[i - 1].start <= candidates[i].start;
  candidates.forEach((c, i) => {
    if (c.spec.type !== 'shift') return;
    const sentence = ctx.sentenceAt(c.start);
    let anchor: DateCandidate | undefined;
    for (let k = i + 1; k < candidates.length && !anchor; k++) {
      const a = candidates[k];
      if (a.start >= sentence.end) {
        if (sorted) break;
        continue;
      }
      if (DAY_VALUE.test(a.value ?? '')) anchor = a;
    }
    const m = anchor ? DAY_VALUE.exec(anchor.value ?? '') : null;
    if (!m) return;
    const known = m[1] !== 'XXXX';
    const year = known ? +m[1] : UNKNOWN_YEAR;
    let day = { year, month: +m[2], day: +m[3] };
    const { amount, unit } = c.spec;
    if (unit === 'day' || unit === 'week') day = fromDayNumber(dayNumber(day) + amount * (unit === 'week' ? 7 : 1));
    else {
      const moved = addMonths(day.year, day.month, unit === 'month' ? amount : amount * 12);
      day = { ...moved, day: day.day };
    }
    c.value = formatDay(known ? day : { month: day.month, day: day.day });
  });
  return candidates;
}
