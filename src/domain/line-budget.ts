// Which lines a large graph draws. Above a few thousand lines a network is a hairball that no reader
// can follow, and every line costs Cytoscape time to create, to style and to paint (at 50,000 ties,
// states only still make 50,000 lines, about nine seconds before the first picture in this
// software-rendered Chromium). So a graph with more lines than the budget draws the lines that stand
// for the most ties (the strongest connections, as Kumu's and Gephi's weight filters do), says so,
// and draws the rest of an actor's or a tie's lines when the reader selects it. The table view lists
// every tie whatever is drawn.
import type { TieGroup } from './tie-groups';

/** At most this many lines are drawn at first; about what the picture and the slider stay quick with. */
export const LINE_BUDGET = 2_000;

/**
 * Marks the lines drawn from the start: all of them within the budget, else the `budget` lines that
 * stand for the most ties (ties broken by the order given, so the choice is the same on every load).
 */
export function linesWithinBudget(groups: readonly Pick<TieGroup, 'members'>[], budget: number = LINE_BUDGET): Uint8Array {
  const drawn = new Uint8Array(groups.length);
  if (groups.length <= budget) return drawn.fill(1);
  const order = groups.map((_group, position) => position);
  // Array.prototype.sort is stable, so equal weights keep the order given.
  order.sort((a, b) => groups[b]!.members.length - groups[a]!.members.length);
  for (let rank = 0; rank < budget; rank += 1) drawn[order[rank]!] = 1;
  return drawn;
}
