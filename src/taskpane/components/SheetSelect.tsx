import { Field, Select } from "@fluentui/react-components";

export interface SheetSelectProps {
  label: string;
  sheets: string[];
  value: string | null;
  onChange: (sheet: string | null) => void;
  /** Text of the empty choice; without it a sheet must be chosen. */
  emptyLabel?: string;
  disabled?: boolean;
  /** A word shown after some sheets' names ("không đọc được"); the value chosen stays the name. */
  marks?: Record<string, string>;
  /** Sheets that do not fit the choice, offered after the others under their own heading ("Trang khác"). */
  others?: { label: string; sheets: string[] };
}

/** A native drop-down of worksheet names: quick by keyboard and read well by screen readers. */
export function SheetSelect({ label, sheets, value, onChange, emptyLabel, disabled, marks, others }: SheetSelectProps) {
  const option = (name: string) => (
    <option key={name} value={name}>
      {marks?.[name] ? `${name} (⚠ ${marks[name]})` : name}
    </option>
  );
  return (
    <Field label={label}>
      <Select
        value={value ?? ""}
        disabled={disabled}
        onChange={(_, data) => onChange(data.value === "" ? null : data.value)}
        // A long sheet name must not widen the pane: the choice is cut with an ellipsis instead.
        style={{ width: "100%", minWidth: 0 }}
        select={{ style: { width: "100%", minWidth: 0, textOverflow: "ellipsis" } }}
      >
        {(emptyLabel !== undefined || value === null) && <option value="">{emptyLabel ?? ""}</option>}
        {sheets.map(option)}
        {others && others.sheets.length > 0 && <optgroup label={others.label}>{others.sheets.map(option)}</optgroup>}
      </Select>
    </Field>
  );
}
