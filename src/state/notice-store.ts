// Messages for the reader about input the page could not use (a wrong URL parameter, an unknown
// selection): shown in a dismissible notice, never as a broken page.
import { create } from 'zustand';

export interface NoticeState {
  readonly notices: readonly string[];
}

export const useNoticeStore = create<NoticeState>()(() => ({ notices: [] }));

export function addNotices(notices: readonly string[]): void {
  if (notices.length === 0) return;
  useNoticeStore.setState((state) => ({ notices: [...state.notices, ...notices] }));
}

export function dismissNotices(): void {
  useNoticeStore.setState({ notices: [] });
}
