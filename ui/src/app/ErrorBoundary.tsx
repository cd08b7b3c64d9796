import { Component, type ErrorInfo, type ReactNode } from "react";
import { FormattedMessage } from "react-intl";

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
        <p>
          <FormattedMessage id="app.renderError" values={{ reason: this.state.error.message }} />
        </p>
        <p>
          <FormattedMessage id="app.savedSafe" />
        </p>
        <button type="button" onClick={() => this.setState({ error: null })}>
          <FormattedMessage id="app.tryAgain" />
        </button>
      </div>
    );
  }
}
