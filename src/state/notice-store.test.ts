import { beforeEach, describe, expect, it } from 'vitest';
import { addNotices, dismissNotices, MAX_NOTICES, useNoticeStore } from './notice-store';

describe('the notice store', () => {
  beforeEach(dismissNotices);

  it('keeps each message once', () => {
    addNotices(['a', 'b', 'a']);
    addNotices(['b']);
    expect(useNoticeStore.getState()).toEqual({ notices: ['a', 'b'], more: 0 });
  });

  it('keeps a bounded number and counts the rest', () => {
    addNotices(Array.from({ length: 5_000 }, (_, index) => `notice ${index}`));
    expect(useNoticeStore.getState().notices).toHaveLength(MAX_NOTICES);
    expect(useNoticeStore.getState().more).toBe(5_000 - MAX_NOTICES);
    dismissNotices();
    expect(useNoticeStore.getState()).toEqual({ notices: [], more: 0 });
  });
});
