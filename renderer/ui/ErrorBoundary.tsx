import { Component, type ErrorInfo, type ReactNode } from 'react';

export interface ErrorBoundaryAction {
  label: string;
  run(): void;
}

interface Props {
  /** What the practitioner can do next: "Back to home" for a screen, "Reload Facet" at the top. */
  action: ErrorBoundaryAction;
  children: ReactNode;
}

/**
 * Keeps one broken screen from blanking the whole window mid-consultation.
 * The consultation lives above every screen boundary (and is autosaved), so
 * leaving the broken screen loses nothing. The error itself is not shown or
 * logged with its message: it may quote content or patient text.
 */
export class ErrorBoundary extends Component<Props, { failed: boolean }> {
  override state = { failed: false };

  static getDerivedStateFromError(): { failed: boolean } {
    return { failed: true };
  }

  override componentDidCatch(error: unknown, _info: ErrorInfo): void {
    console.warn(`Facet: a screen could not be shown (${error instanceof Error ? error.name : typeof error}).`);
  }

  override render() {
    if (!this.state.failed) return this.props.children;
    const { action } = this.props;
    return (
      <main className="page screen-failed" aria-labelledby="screen-failed-title">
        <div className="page-intro" role="alert">
          <h1 id="screen-failed-title">This screen could not be shown</h1>
          <p className="lead">Something in it did not work. Your consultation is kept and saved on this computer.</p>
        </div>
        <button
          type="button"
          className="button button--primary"
          onClick={() => {
            this.setState({ failed: false });
            action.run();
          }}
        >
          {action.label}
        </button>
      </main>
    );
  }
}
