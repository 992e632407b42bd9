import { Component, type ReactNode } from 'react';

interface Props {
  /** What the boundary guards, for the message: "the timeline". */
  what: string;
  children: ReactNode;
  /** Called by "Try again" before re-rendering, e.g. to refetch data. */
  onReset?: () => void;
}

interface State {
  failed: boolean;
}

/**
 * One failing chart or section never blanks the page: it shows a message and a "Try again"
 * button instead, and the rest of the page goes on working.
 */
export class ErrorBoundary extends Component<Props, State> {
  override state: State = { failed: false };

  static getDerivedStateFromError(): State {
    return { failed: true };
  }

  private readonly reset = () => {
    this.props.onReset?.();
    this.setState({ failed: false });
  };

  override render() {
    if (!this.state.failed) return this.props.children;
    return (
      <div className="govuk-error-summary" data-module="govuk-error-summary">
        <div role="alert">
          <h2 className="govuk-error-summary__title">
            Sorry, {this.props.what} could not be shown
          </h2>
          <div className="govuk-error-summary__body">
            <p className="govuk-body">
              Something went wrong while drawing it. The rest of the page still works.
            </p>
            <button
              type="button"
              className="govuk-button govuk-button--secondary"
              onClick={this.reset}
            >
              Try again
            </button>
          </div>
        </div>
      </div>
    );
  }
}
