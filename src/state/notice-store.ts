// Messages for the reader about input the page could not use (a wrong URL parameter, an unknown
// selection): shown in a dismissible notice, never as a broken page. The same message is kept once,
// and the store keeps a bounded number: what comes after is counted, not stored.
import { create } from 'zustand';

/** Notices kept; the notice bar says how many more there were. */
export const MAX_NOTICES = 10;

export interface NoticeState {
  readonly notices: readonly string[];
  /** Notices that arrived after MAX_NOTICES were kept. */
  readonly more: number;
}

export const useNoticeStore = create<NoticeState>()(() => ({ notices: [], more: 0 }));

export function addNotices(notices: readonly string[]): void {
  if (notices.length === 0) return;
  useNoticeStore.setState((state) => {
    const kept = [...state.notices];
    let more = state.more;
    for (const notice of notices) {
      if (kept.includes(notice)) continue;
      if (kept.length < MAX_NOTICES) kept.push(notice);
      else more += 1;
    }
    return { notices: kept, more };
  });
}

export function dismissNotices(): void {
  useNoticeStore.setState({ notices: [], more: 0 });
}
