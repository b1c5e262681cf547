import {
  Button,
  MessageBar,
  MessageBarActions,
  MessageBarBody,
  MessageBarTitle,
} from "@fluentui/react-components";
import type { Notice } from "../state/notice";
import type { Strings } from "../strings";

/** A Fluent MessageBar saying what happened and, for a failure, what to do next (and a button to try again). */
export function NoticeBar({ notice, strings, onDismiss }: { notice: Notice; strings: Strings; onDismiss?: () => void }) {
  const failed = notice.intent === "error";
  return (
    <MessageBar intent={notice.intent} layout="multiline" politeness={failed ? "assertive" : "polite"}>
      <MessageBarBody>
        {failed && <MessageBarTitle>{strings.failure.title}</MessageBarTitle>}
        {notice.text}
        {/* After a success the next step is said plainly: nothing went wrong that needs handling. */}
        {notice.todo && (
          <>
            {" "}
            {notice.intent !== "success" && <strong>{strings.whatToDo}</strong>} {notice.todo}
          </>
        )}
        {notice.items && notice.items.length > 0 && (
          <ul style={{ margin: "4px 0 0", paddingLeft: 20 }}>
            {notice.items.map((item) => (
              <li key={item}>{item}</li>
            ))}
          </ul>
        )}
      </MessageBarBody>
      {(onDismiss || notice.retry || notice.choices) && (
        <MessageBarActions
          containerAction={onDismiss && <Button appearance="transparent" aria-label={strings.dismiss} onClick={onDismiss}>×</Button>}
        >
          {notice.retry && <Button onClick={notice.retry}>{strings.failure.retry}</Button>}
          {notice.choices?.map((choice) => (
            <Button key={choice.label} onClick={choice.run}>
              {choice.label}
            </Button>
          ))}
        </MessageBarActions>
      )}
    </MessageBar>
  );
}
