// The small, dismissible notice that says which input was ignored and why.
import { dismissNotices, useNoticeStore } from '../../state/notice-store';

export function NoticeBar() {
  const notices = useNoticeStore((state) => state.notices);
  if (notices.length === 0) return null;
  return (
    <div className="notice-bar" role="status" data-testid="notices">
      <ul>
        {notices.map((notice, index) => (
          <li key={index}>{notice}</li>
        ))}
      </ul>
      <button type="button" onClick={dismissNotices}>
        Dismiss<span className="visually-hidden"> notices</span>
      </button>
    </div>
  );
}
