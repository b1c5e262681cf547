import { Button, ProgressBar, Spinner } from "@fluentui/react-components";

/** Shown while an operation runs: a spinner with what is happening, and a bar when the steps are known. */
export function BusyLine({ label, progress, onCancel, cancelLabel }: { label: string; progress?: { done: number; total: number } | null; onCancel?: () => void; cancelLabel?: string }) {
  return (
    <div role="status" aria-live="polite" style={{ display: "flex", flexDirection: "column", gap: 6, margin: "8px 0" }}>
      <Spinner size="tiny" labelPosition="after" label={label} />
      {progress && progress.total > 0 && (
        <ProgressBar value={progress.done} max={progress.total} thickness="large" aria-label={label} />
      )}
      {onCancel && (
        <Button size="small" style={{ alignSelf: "flex-start" }} onClick={onCancel}>
          {cancelLabel}
        </Button>
      )}
    </div>
  );
}
