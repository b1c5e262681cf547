import { Body1, Title3 } from "@fluentui/react-components";
import type { Lang } from "./shell/lang";

/** Placeholder until the views land: the add-in's name and a welcome in the user's language. */
export function App({ lang }: { lang: Lang }) {
  return (
    <main style={{ padding: 16 }}>
      <Title3 as="h1">Thi đua</Title3>
      <Body1 as="p">
        {lang === "vi"
          ? "Kiểm tra báo cáo chỉ tiêu của các thôn và xếp hạng thi đua."
          : "Check villages' indicator reports and rank the emulation movement."}
      </Body1>
    </main>
  );
}
