// An article's text as the author selects quotes in it: paragraphs kept, every mention of a known
// actor highlighted, passages already quoted underlined. The region is a read-only text box
// (contenteditable with every edit refused) so the keyboard can move a caret and Shift+arrows
// select, as in any text; "]" and "[" select the next or previous sentence, Enter makes a tie of
// the selection. Offsets into the text ride on each run of text (`data-offset`).
import { useEffect, useMemo, useRef, type KeyboardEvent } from 'react';
import type { Actor } from '../../domain/dataset-schema';
import { locateQuote } from '../../domain/quote-match';
import { sentenceSpans } from '../../domain/sentences';
import { findActorMentions } from './actor-mentions';
import type { TextRange } from './selection-trim';

interface ArticleTextProps {
  readonly text: string;
  readonly title: string;
  readonly actors: readonly Actor[];
  readonly quotes: readonly string[];
  readonly selection: TextRange | null;
  readonly onSelect: (range: TextRange | null) => void;
  /** Enter: a new tie; Shift+Enter: add the passage to the open tie. */
  readonly onCommit: (range: TextRange, addToOpenTie: boolean) => void;
  readonly helpId: string;
}

interface Run {
  readonly start: number;
  readonly end: number;
  readonly actorId: string | null;
  readonly quoted: boolean;
}

function runsOf(text: string, actors: readonly Actor[], quotes: readonly string[]): Run[][] {
  const mentions = findActorMentions(text, actors);
  const quoted = quotes.map((quote) => locateQuote(quote, text)).filter((range) => range !== null);
  const boundaries = new Set<number>([0, text.length]);
  for (const mention of mentions) boundaries.add(mention.start).add(mention.end);
  for (const range of quoted) boundaries.add(range.start).add(range.end);
  for (let index = text.indexOf('\n'); index !== -1; index = text.indexOf('\n', index + 1)) boundaries.add(index).add(index + 1);
  const cuts = [...boundaries].sort((a, b) => a - b);
  const paragraphs: Run[][] = [[]];
  for (let i = 0; i < cuts.length - 1; i += 1) {
    const start = cuts[i]!;
    const end = cuts[i + 1]!;
    if (text.slice(start, end) === '\n') {
      paragraphs.push([]);
      continue;
    }
    const mention = mentions.find((candidate) => candidate.start <= start && candidate.end >= end);
    paragraphs[paragraphs.length - 1]!.push({
      start,
      end,
      actorId: mention?.actorId ?? null,
      quoted: quoted.some((range) => range.start <= start && range.end >= end),
    });
  }
  return paragraphs.filter((runs) => runs.some((run) => text.slice(run.start, run.end).trim() !== ''));
}

/** The offset into the text of a DOM selection point inside the region, or null. */
function offsetOfPoint(container: HTMLElement, node: Node, offset: number): number | null {
  if (!container.contains(node)) return null;
  if (node.nodeType === Node.TEXT_NODE) {
    const run = node.parentElement?.closest<HTMLElement>('[data-offset]');
    return run ? Number(run.dataset.offset) + offset : null;
  }
  const element = node as HTMLElement;
  const runs = (element.matches('[data-offset]') ? [element] : [...element.querySelectorAll<HTMLElement>('[data-offset]')]);
  if (runs.length === 0) return null;
  const child = element.childNodes[offset];
  if (child !== undefined) {
    const run = child instanceof HTMLElement ? (child.matches('[data-offset]') ? child : child.querySelector<HTMLElement>('[data-offset]')) : null;
    if (run) return Number(run.dataset.offset);
  }
  const last = runs[runs.length - 1]!;
  return Number(last.dataset.offset) + (last.textContent?.length ?? 0);
}

/** The DOM point of a text offset, for setting the selection from the keyboard. */
function pointOfOffset(container: HTMLElement, offset: number): { node: Node; offset: number } | null {
  for (const run of container.querySelectorAll<HTMLElement>('[data-offset]')) {
    const start = Number(run.dataset.offset);
    const length = run.textContent?.length ?? 0;
    if (offset >= start && offset <= start + length && run.firstChild) return { node: run.firstChild, offset: offset - start };
  }
  return null;
}

export function ArticleText({ text, title, actors, quotes, selection, onSelect, onCommit, helpId }: ArticleTextProps) {
  const containerRef = useRef<HTMLDivElement>(null);
  const paragraphs = useMemo(() => runsOf(text, actors, quotes), [text, actors, quotes]);
  const sentences = useMemo(() => sentenceSpans(text), [text]);
  const labelOf = useMemo(() => new Map(actors.map((actor) => [actor.id, `${actor.label} (${actor.type})`])), [actors]);
  const onSelectRef = useRef(onSelect);
  useEffect(() => {
    onSelectRef.current = onSelect;
  }, [onSelect]);

  useEffect(() => {
    const onSelectionChange = () => {
      const container = containerRef.current;
      const domSelection = document.getSelection();
      if (!container || !domSelection || domSelection.rangeCount === 0) return;
      const range = domSelection.getRangeAt(0);
      // A selection elsewhere on the page (a form field) leaves the passage chosen here alone.
      if (!container.contains(range.startContainer) || !container.contains(range.endContainer)) return;
      if (range.collapsed) {
        onSelectRef.current(null);
        return;
      }
      const start = offsetOfPoint(container, range.startContainer, range.startOffset);
      const end = offsetOfPoint(container, range.endContainer, range.endOffset);
      onSelectRef.current(start === null || end === null || start === end ? null : { start: Math.min(start, end), end: Math.max(start, end) });
    };
    document.addEventListener('selectionchange', onSelectionChange);
    return () => document.removeEventListener('selectionchange', onSelectionChange);
  }, []);

  const selectRange = (start: number, end: number) => {
    const container = containerRef.current;
    const from = container && pointOfOffset(container, start);
    const to = container && pointOfOffset(container, end);
    const domSelection = document.getSelection();
    if (!from || !to || !domSelection) return;
    domSelection.setBaseAndExtent(from.node, from.offset, to.node, to.offset);
  };

  const onKeyDown = (event: KeyboardEvent<HTMLDivElement>) => {
    if (event.key === ']' || event.key === '[' || event.key === '}' || event.key === '{') {
      event.preventDefault();
      const forward = event.key === ']' || event.key === '}';
      const extend = event.shiftKey || event.key === '}' || event.key === '{';
      const anchor = selection ?? { start: -1, end: -1 };
      if (forward) {
        const next = sentences.find((span) => span.start >= (selection === null ? 0 : anchor.end));
        if (next) selectRange(extend && selection ? selection.start : next.start, next.end);
      } else {
        const previous = [...sentences].reverse().find((span) => span.end <= (selection === null ? text.length : anchor.start));
        if (previous) selectRange(previous.start, extend && selection ? selection.end : previous.end);
      }
      return;
    }
    if (event.key === 'Enter') {
      event.preventDefault();
      if (selection) onCommit(selection, event.shiftKey);
    }
  };

  return (
    <div
      ref={containerRef}
      className="studio-article"
      role="textbox"
      aria-readonly="true"
      aria-multiline="true"
      aria-label={`Text of “${title}”`}
      aria-describedby={helpId}
      contentEditable
      suppressContentEditableWarning
      spellCheck={false}
      tabIndex={0}
      onBeforeInput={(event) => event.preventDefault()}
      onPaste={(event) => event.preventDefault()}
      onCut={(event) => event.preventDefault()}
      onDrop={(event) => event.preventDefault()}
      onKeyDown={onKeyDown}
      data-testid="studio-article"
    >
      {paragraphs.map((runs) => (
        <p key={runs[0]!.start}>
          {runs.map((run) => {
            const className = run.quoted ? 'studio-quoted' : undefined;
            const content = text.slice(run.start, run.end);
            return run.actorId !== null ? (
              <mark key={run.start} data-offset={run.start} data-actor={run.actorId} className={`studio-mention${className ? ` ${className}` : ''}`} title={labelOf.get(run.actorId)}>
                {content}
              </mark>
            ) : (
              <span key={run.start} data-offset={run.start} className={className}>
                {content}
              </span>
            );
          })}
        </p>
      ))}
    </div>
  );
}
