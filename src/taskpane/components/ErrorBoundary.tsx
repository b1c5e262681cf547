import { Component, type ReactNode } from "react";
import { isLoadFailure, retryFailedParts } from "../shell/lazyPart";
import type { Strings } from "../strings";
import { NoticeBar } from "./NoticeBar";

interface State {
  failed: "bug" | "load" | null;
}

/**
 * A bug in one view shows a message with what to do instead of a blank pane; other tabs keep working. A view
 * that could not be downloaded (the network) says so, and "Thử lại" downloads it again.
 */
export class ErrorBoundary extends Component<{ strings: Strings; children: ReactNode }, State> {
  override state: State = { failed: null };

  static getDerivedStateFromError(error: unknown): State {
    return { failed: isLoadFailure(error) ? "load" : "bug" };
  }

  override render() {
    const { strings } = this.props;
    if (this.state.failed === "load") {
      const retry = () => {
        retryFailedParts();
        this.setState({ failed: null });
      };
      return <NoticeBar notice={{ intent: "error", text: strings.failure.notLoaded, todo: strings.failure.notLoadedTodo, retry }} strings={strings} />;
    }
    if (this.state.failed === "bug") {
      return (
        <NoticeBar
          notice={{ intent: "error", text: strings.failure.unexpected, todo: strings.failure.unexpectedTodo }}
          strings={strings}
          onDismiss={() => this.setState({ failed: null })}
        />
      );
    }
    return this.props.children;
  }
}
