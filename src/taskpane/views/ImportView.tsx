import { Body1, Button, Caption1, Label, makeStyles, MessageBar, MessageBarBody, MessageBarTitle } from "@fluentui/react-components";
import { useId, useState } from "react";
import type { Strings } from "../strings";

const useStyles = makeStyles({
  view: { display: "flex", flexDirection: "column", gap: "12px" },
  picker: { display: "flex", flexDirection: "column", gap: "4px" },
});

export interface ImportViewProps {
  strings: Strings;
  busy: boolean;
  /** Whether this Excel can insert worksheets from another workbook (ExcelApi 1.13). */
  supported: boolean;
  onImport: (files: File[]) => void;
}

/** Nhập báo cáo thôn: pick the villages' .xlsx files and copy their report sheets into this workbook. */
export function ImportView({ strings, busy, supported, onImport }: ImportViewProps) {
  const styles = useStyles();
  const inputId = useId();
  const [files, setFiles] = useState<File[]>([]);
  if (!supported) {
    return (
      <div className={styles.view}>
        <MessageBar intent="warning" layout="multiline">
          <MessageBarBody>
            <MessageBarTitle>{strings.import.unsupportedTitle}</MessageBarTitle>
            <ol style={{ margin: "4px 0 0", paddingLeft: 20 }}>
              {strings.import.manual.map((step) => (
                <li key={step}>{step}</li>
              ))}
            </ol>
          </MessageBarBody>
        </MessageBar>
      </div>
    );
  }
  return (
    <div className={styles.view}>
      <Body1>{strings.import.intro}</Body1>
      <div className={styles.picker}>
        <Label htmlFor={inputId}>{strings.import.pick}</Label>
        <input
          id={inputId}
          type="file"
          multiple
          accept=".xlsx,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
          disabled={busy}
          onChange={(event) => setFiles(Array.from(event.target.files ?? []))}
        />
        {files.length > 0 && <Caption1>{strings.import.chosen(files.length)}</Caption1>}
      </div>
      <div>
        <Button appearance="primary" disabled={busy || files.length === 0} onClick={() => onImport(files)}>
          {strings.import.run}
        </Button>
      </div>
    </div>
  );
}
