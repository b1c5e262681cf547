/** Gives the browser its turn (input, painting, Office.js's answers) before the next piece of work. */
export function yieldToMain(): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, 0));
}
