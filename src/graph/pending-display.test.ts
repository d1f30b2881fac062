import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { PendingDisplay } from './pending-display';

describe('PendingDisplay', () => {
  it('gives each named item once, with its last decision, in the order items were first named', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 30 }), fc.array(fc.tuple(fc.nat(), fc.boolean()), { maxLength: 80 }), (size, decisions) => {
        const items = Array.from({ length: size }, (_, index) => `item ${index}`);
        const pending = new PendingDisplay(items.length, (slot) => items[slot]!);
        // A map keyed by item keeps first-insertion order and the last value: the behaviour wanted.
        const expected = new Map<string, boolean>();
        for (const [pick, shown] of decisions) {
          pending.set(pick % size, shown);
          expected.set(items[pick % size]!, shown);
        }
        const { toShow, toHide } = pending.drain();
        expect(toShow).toEqual([...expected].filter(([, shown]) => shown).map(([item]) => item));
        expect(toHide).toEqual([...expected].filter(([, shown]) => !shown).map(([item]) => item));
      }),
    );
  });

  it('forgets what it gave, so the next step starts empty', () => {
    const items = ['a', 'b'];
    const pending = new PendingDisplay(items.length, (slot) => items[slot]!);
    pending.set(0, true);
    pending.set(1, false);
    pending.drain();
    expect(pending.drain()).toEqual({ toShow: [], toHide: [] });
    pending.set(1, true);
    expect(pending.drain()).toEqual({ toShow: ['b'], toHide: [] });
  });

  it('refuses a slot outside the list, naming it', () => {
    expect(() => new PendingDisplay(1, () => 'a').set(1, true)).toThrow('No item in slot 1 (there are 1).');
  });

  it("looks a slot's item up when it drains, so an item made after the decision is the one given", () => {
    const items: Array<string | null> = [null, 'b'];
    const pending = new PendingDisplay(items.length, (slot) => items[slot]!);
    pending.set(0, true);
    items[0] = 'made late';
    expect(pending.drain()).toEqual({ toShow: ['made late'], toHide: [] });
  });
});
