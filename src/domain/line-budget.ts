// Which lines a large graph draws. Above a few thousand lines a network is a hairball that no reader
// can follow, and every line costs Cytoscape time to create, to style and to paint (at 50,000 ties,
// states only still make 50,000 lines, about nine seconds before the first picture in this
// software-rendered Chromium). So a graph with more lines than the budget draws the lines that stand
// for the most ties (the strongest connections, as Kumu's and Gephi's weight filters do), says so,
// and draws the rest of an actor's or a tie's lines when the reader selects it. The table view lists
// every tie whatever is drawn. The budget is a thousand: on a laptop's or a phone's canvas a
// thousand lines already cover the picture, and each thousand more cost about a third of a second
// before the first picture at 10,000 ties here (measured: the M benchmark).
import type { TieGroup } from './tie-groups';

/** At most this many lines are drawn at first; about what the picture and the slider stay quick with. */
export const LINE_BUDGET = 1_000;

/**
 * Marks the lines drawn from the start: all of them within the budget, else the `budget` lines that
 * stand for the most ties (ties broken by the order given, so the choice is the same on every load).
 */
export function linesWithinBudget(groups: readonly Pick<TieGroup, 'members'>[], budget: number = LINE_BUDGET): Uint8Array {
  return firstWithinBudget(groups.length, budget, (a, b) => groups[b]!.members.length - groups[a]!.members.length);
}

/**
 * At most this many relationship bands (a pair's state: relations severed, or resumed) are drawn at
 * first, and the rest while an actor at one end is selected. At 50,000 ties the generated data has
 * 4,000 of them: more than the lines, a hairball of their own, and seconds to draw.
 */
export const BAND_BUDGET = 500;

/**
 * At most this many bands may carry the name of their state ("relations severed") at first. A band
 * is drawn in its state's colour and dash whether named or not (the legend says which is which), and
 * measuring and placing thousands of names that mostly cannot fit costs seconds.
 */
export const BAND_NAME_BUDGET = 200;

/**
 * Marks the bands within a budget: all when they fit, else the `budget` bands between the most
 * important actors (by the rank of the less important end, label-priority.ts: 0 first, an actor
 * without a rank last), ties broken by the order given. A smaller budget marks a subset of a larger
 * one's bands.
 */
export function bandsWithinBudget(bands: readonly { readonly a: string; readonly b: string }[], ranks: ReadonlyMap<string, number>, budget: number): Uint8Array {
  const rankOf = (id: string) => ranks.get(id) ?? Number.MAX_SAFE_INTEGER;
  const weakerEnd = bands.map((band) => Math.max(rankOf(band.a), rankOf(band.b)));
  return firstWithinBudget(bands.length, budget, (a, b) => weakerEnd[a]! - weakerEnd[b]!);
}

/**
 * Marks all `count` positions when they fit the budget, else the first `budget` in the order
 * `compare` gives (Array.prototype.sort is stable, so equal ones keep the order given).
 */
function firstWithinBudget(count: number, budget: number, compare: (a: number, b: number) => number): Uint8Array {
  const marked = new Uint8Array(count);
  if (count <= budget) return marked.fill(1);
  const order = Array.from({ length: count }, (_unused, position) => position);
  order.sort(compare);
  for (let rank = 0; rank < budget; rank += 1) marked[order[rank]!] = 1;
  return marked;
}
