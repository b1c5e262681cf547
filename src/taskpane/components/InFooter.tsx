import { createContext, useContext, type ReactNode } from "react";
import { createPortal } from "react-dom";

/** The pane's footer, where each view puts its main button so it stays in sight (docs/pane.md#checking). */
export const FooterSlot = createContext<HTMLElement | null>(null);

/**
 * A view's main actions, shown in the pane's footer, which stays at the bottom of the pane whatever its
 * height and the length of the view; a view shown on its own (no footer) keeps them in place.
 *
 * @example <InFooter><Button appearance="primary">Kiểm tra</Button></InFooter>
 */
export function InFooter({ children }: { children: ReactNode }) {
  const footer = useContext(FooterSlot);
  return footer ? createPortal(children, footer) : <>{children}</>;
}
