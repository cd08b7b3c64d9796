import { Component, type ErrorInfo, type ReactNode } from "react";

type State = { error: Error | null };

/**
 * Shows what went wrong instead of a blank window when a screen fails to render. Nothing the
 * user saved is affected: every save is already committed in the library.
 */
export class ErrorBoundary extends Component<{ children: ReactNode }, State> {
  state: State = { error: null };

  static getDerivedStateFromError(error: Error): State {
    return { error };
  }

  componentDidCatch(error: Error, info: ErrorInfo) {
    console.error(error, info.componentStack);
  }

  render() {
    if (!this.state.error) return this.props.children;
    return (
      <div className="banner banner-error" role="alert" id="render-error">
        <p>This screen could not be shown: {this.state.error.message}</p>
        <p>Your saved scenarios are not affected.</p>
        <button type="button" onClick={() => this.setState({ error: null })}>
          Try again
        </button>
      </div>
    );
  }
}
