/**
 * A button held while an operation runs: announced as unavailable and inert, yet not natively disabled,
 * since a browser moves focus away from a disabled element and keyboard users would lose their place.
 */
export function expectHeldButFocusable(button: HTMLElement): void {
  expect(button).toHaveAttribute("aria-disabled", "true");
  expect(button).not.toBeDisabled();
}
