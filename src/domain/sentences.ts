// Sentences of an article, as offsets into its text: the unit a quote's context is cut to (the
// "excerpts" of a text that may not be republished) and the span a date is looked for in. Built on
// the platform's Unicode sentence breaker (Intl.Segmenter), which splits after abbreviations such as
// "U.S." or "Maj. Gen."; those splits are undone here.

export interface TextSpan {
  readonly start: number;
  /** Exclusive. */
  readonly end: number;
}

// A segment that ends in one of these is not the end of a sentence: "U.S. President Donald Trump",
// "Maj. Gen. (Eng.) Murhaf Abu Qasra". Initials (one capital and a dot) count too.
const ABBREVIATION_AT_END =
  /(?:\b(?:[A-Z]\.){1,3}|\b(?:Mr|Mrs|Ms|Dr|Prof|Gen|Maj|Lt|Col|Capt|Sgt|Gov|Sen|Rep|Rev|St|Jr|Sr|Eng|No|vs|etc|approx|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)\.\)?)\s*$/;

const segmenter = new Intl.Segmenter('en', { granularity: 'sentence' });

/** The sentences of a text, trimmed of surrounding white space; a line break always ends one. */
export function sentenceSpans(text: string): TextSpan[] {
  const spans: TextSpan[] = [];
  let pending: { start: number; end: number } | null = null;
  for (const { segment, index } of segmenter.segment(text)) {
    const end = index + segment.length;
    const endsLine = /\n\s*$/.test(segment);
    if (pending === null) pending = { start: index, end };
    else pending.end = end;
    const body = text.slice(pending.start, pending.end);
    if (!endsLine && ABBREVIATION_AT_END.test(body) && end < text.length) continue;
    const trimmed = trimSpan(text, pending);
    if (trimmed.end > trimmed.start) spans.push(trimmed);
    pending = null;
  }
  if (pending !== null) {
    const trimmed = trimSpan(text, pending);
    if (trimmed.end > trimmed.start) spans.push(trimmed);
  }
  return spans;
}

/** The sentences that overlap [start, end), merged into one span (a quote may run across several). */
export function sentencesAround(text: string, start: number, end: number, spans = sentenceSpans(text)): TextSpan {
  const touching = spans.filter((span) => span.end > start && span.start < Math.max(end, start + 1));
  if (touching.length === 0) return { start, end };
  return { start: touching[0]!.start, end: touching[touching.length - 1]!.end };
}

function trimSpan(text: string, span: TextSpan): TextSpan {
  let { start, end } = span;
  while (start < end && /\s/.test(text[start]!)) start += 1;
  while (end > start && /\s/.test(text[end - 1]!)) end -= 1;
  return { start, end };
}
