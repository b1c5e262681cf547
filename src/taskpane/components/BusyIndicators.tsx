import { ProgressBar, Spinner } from "@fluentui/react-components";

/** The spinner with what is happening, and a bar when the steps are known (a part loaded after the pane's first load). */
export function BusyIndicators({ label, progress }: { label: string; progress?: { done: number; total: number } | null }) {
  return (
    <>
      <Spinner size="tiny" labelPosition="after" label={label} />
      {progress && progress.total > 0 && <ProgressBar value={progress.done} max={progress.total} thickness="large" aria-label={label} />}
    </>
  );
}
