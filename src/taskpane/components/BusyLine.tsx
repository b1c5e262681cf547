import { Button } from "@fluentui/react-components";
import { useEffect, useState } from "react";

type Indicators = typeof import("./BusyIndicators");

// The spinner and the bar are not part of the pane's first load: the line says what is happening in words
// until they arrive (at the opening scan, at once), and for good if they cannot be downloaded.
const loadIndicators = () => import(/* webpackChunkName: "busy" */ "./BusyIndicators");
let indicators: Indicators | null = null;

function useIndicators(): Indicators | null {
  const [loaded, setLoaded] = useState(indicators);
  useEffect(() => {
    if (loaded) return;
    let shown = true;
    loadIndicators().then(
      (module) => {
        indicators = module;
        if (shown) setLoaded(module);
      },
      () => undefined,
    );
    return () => {
      shown = false;
    };
  }, [loaded]);
  return loaded;
}

/** Shown while an operation runs: a spinner with what is happening, and a bar when the steps are known. */
export function BusyLine({ label, progress, onCancel, cancelLabel }: { label: string; progress?: { done: number; total: number } | null; onCancel?: () => void; cancelLabel?: string }) {
  const loaded = useIndicators();
  return (
    <div role="status" aria-live="polite" style={{ display: "flex", flexDirection: "column", gap: 6, margin: "8px 0" }}>
      {loaded ? <loaded.BusyIndicators label={label} progress={progress} /> : <span>{label}</span>}
      {onCancel && (
        <Button size="small" style={{ alignSelf: "flex-start" }} onClick={onCancel}>
          {cancelLabel}
        </Button>
      )}
    </div>
  );
}
