// @vitest-environment jsdom
import { act } from 'react';
import { createRoot } from 'react-dom/client';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { RegionBoundary } from './RegionBoundary';

(globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true;

let failing = true;
function Flaky() {
  if (failing) throw new Error('the details broke');
  return <p>details shown</p>;
}

afterEach(() => {
  document.body.innerHTML = '';
  vi.restoreAllMocks();
});

describe('RegionBoundary', () => {
  it('contains a fault to its region, names it, and recovers on retry', () => {
    vi.spyOn(console, 'error').mockImplementation(() => undefined);
    const container = document.createElement('div');
    document.body.append(container);
    const root = createRoot(container);
    failing = true;
    act(() => {
      root.render(
        <main>
          <RegionBoundary region="details panel">
            <Flaky />
          </RegionBoundary>
          <p>graph still here</p>
        </main>,
      );
    });
    const alert = container.querySelector('[role="alert"]');
    expect(alert?.textContent).toContain('The details panel failed');
    expect(alert?.textContent).toContain('the details broke');
    expect(container.textContent).toContain('graph still here');

    failing = false;
    act(() => {
      container.querySelector('button')!.dispatchEvent(new MouseEvent('click', { bubbles: true }));
    });
    expect(container.querySelector('[role="alert"]')).toBeNull();
    expect(container.textContent).toContain('details shown');
    act(() => root.unmount());
  });
});
