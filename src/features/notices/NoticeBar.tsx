// The small, dismissible notice that says which input was ignored and why. Its height is bounded
// (the list scrolls inside it) and Dismiss sits beside the list, so however many notices an address
// produces, the graph and the Dismiss button stay on screen.
import { dismissNotices, useNoticeStore } from '../../state/notice-store';

export function NoticeBar() {
  const notices = useNoticeStore((state) => state.notices);
  const more = useNoticeStore((state) => state.more);
  if (notices.length === 0) return null;
  return (
    <div className="notice-bar" role="status" data-testid="notices">
      <ul className="notice-list" tabIndex={0} aria-label="Notices">
        {notices.map((notice, index) => (
          <li key={index}>{notice}</li>
        ))}
        {more > 0 && <li>… and {more.toLocaleString('en')} more notices.</li>}
      </ul>
      <button type="button" onClick={dismissNotices}>
        Dismiss<span className="visually-hidden"> notices</span>
      </button>
    </div>
  );
}
