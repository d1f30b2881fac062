// The last net under the page: an error no component caught (in a timer, a frame, a promise nobody
// awaited) becomes a visible notice, not a silent console line, so a reader knows the page may be
// missing something and what to do. Errors inside React reach the error boundaries first.
import { addNotices } from './notice-store';

export function startErrorNet(): () => void {
  const report = (reason: unknown) => {
    const message = reason instanceof Error ? reason.message : typeof reason === 'string' ? reason : 'an unknown error';
    addNotices([`Something went wrong (${message}); the page may not show everything. Reloading the page starts it afresh.`]);
  };
  const onError = (event: ErrorEvent) => report(event.error ?? event.message);
  const onRejection = (event: PromiseRejectionEvent) => report(event.reason);
  window.addEventListener('error', onError);
  window.addEventListener('unhandledrejection', onRejection);
  return () => {
    window.removeEventListener('error', onError);
    window.removeEventListener('unhandledrejection', onRejection);
  };
}
