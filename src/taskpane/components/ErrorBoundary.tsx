import { Component, type ReactNode } from "react";
import type { Strings } from "../strings";
import { NoticeBar } from "./NoticeBar";

interface State {
  failed: boolean;
}

/** A bug in one view shows a message with what to do instead of a blank pane; other tabs keep working. */
export class ErrorBoundary extends Component<{ strings: Strings; children: ReactNode }, State> {
  override state: State = { failed: false };

  static getDerivedStateFromError(): State {
    return { failed: true };
  }

  override render() {
    if (!this.state.failed) return this.props.children;
    const { strings } = this.props;
    return (
      <NoticeBar
        notice={{ intent: "error", text: strings.failure.unexpected, todo: strings.failure.unexpectedTodo }}
        strings={strings}
        onDismiss={() => this.setState({ failed: false })}
      />
    );
  }
}
