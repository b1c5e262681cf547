import { Body1, Button, Caption1, Label, makeStyles, MessageBar, MessageBarBody, MessageBarTitle } from "@fluentui/react-components";
import { useId, useRef, useState } from "react";
import type { Strings } from "../strings";
import { InFooter } from "../components/InFooter";

const useStyles = makeStyles({
  view: { display: "flex", flexDirection: "column", gap: "12px" },
  picker: { display: "flex", flexDirection: "column", gap: "4px" },
});

export interface ImportViewProps {
  strings: Strings;
  busy: boolean;
  /** Whether this Excel can insert worksheets from another workbook (ExcelApi 1.13). */
  supported: boolean;
  /** Imports the files; resolves to whether they were imported. */
  onImport: (files: File[]) => Promise<boolean>;
}

/** Nhập báo cáo thôn: pick the villages' .xlsx files and copy their report sheets into this workbook. */
export function ImportView({ strings, busy, supported, onImport }: ImportViewProps) {
  const styles = useStyles();
  const inputId = useId();
  const [files, setFiles] = useState<File[]>([]);
  const input = useRef<HTMLInputElement>(null);
  const importChosen = async () => {
    // Once imported, the choice is emptied: pressing again must not copy the same reports in twice.
    if (!(await onImport(files))) return;
    setFiles([]);
    if (input.current) input.current.value = "";
  };
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
          ref={input}
          type="file"
          multiple
          accept=".xlsx,.xlsm,.xls,.xlsb,.ods,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet,application/vnd.ms-excel,application/vnd.oasis.opendocument.spreadsheet"
          disabled={busy}
          onChange={(event) => setFiles(Array.from(event.target.files ?? []))}
        />
        {files.length > 0 && <Caption1>{strings.import.chosen(files.length)}</Caption1>}
      </div>
      <InFooter>
        {/* Focusable while unavailable, so the button just pressed keeps keyboard focus. */}
        <Button appearance="primary" disabledFocusable={busy || files.length === 0} onClick={() => void importChosen()}>
          {strings.import.run}
        </Button>
      </InFooter>
    </div>
  );
}
