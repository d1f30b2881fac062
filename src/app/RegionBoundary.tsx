// A fault in one region of the page (the details, the table, the legend…) must not take the graph
// and the time bar down with it: the region shows what went wrong and a retry, the rest works on.
import { Component, type ErrorInfo, type ReactNode } from 'react';

interface RegionBoundaryProps {
  /** Names the region in the message: "The details panel failed…". */
  readonly region: string;
  readonly children: ReactNode;
}

interface RegionBoundaryState {
  readonly error: Error | null;
}

export class RegionBoundary extends Component<RegionBoundaryProps, RegionBoundaryState> {
  override state: RegionBoundaryState = { error: null };

  static getDerivedStateFromError(error: unknown): RegionBoundaryState {
    return { error: error instanceof Error ? error : new Error(String(error)) };
  }

  override componentDidCatch(error: Error, info: ErrorInfo): void {
    // Kept in the console for whoever reports the bug; the reader sees the message below.
    console.error(`Tieline: the ${this.props.region} failed`, error, info.componentStack);
  }

  override render(): ReactNode {
    const { error } = this.state;
    if (error === null) return this.props.children;
    return (
      <div className="region-error" role="alert">
        <p>
          The {this.props.region} failed and was stopped, so the rest of the page keeps working. ({error.message})
        </p>
        <button type="button" onClick={() => this.setState({ error: null })}>
          Retry the {this.props.region}
        </button>
      </div>
    );
  }
}
