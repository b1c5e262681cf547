/**
 * The bytes of a picked file. `Blob.arrayBuffer` where the webview has it, FileReader elsewhere (older
 * webviews of Office on Mac, and jsdom).
 *
 * @example await readBytes(new File([new Uint8Array([80, 75])], "a.xlsx")) → Uint8Array [80, 75]
 */
export async function readBytes(blob: Blob): Promise<Uint8Array> {
  if (typeof blob.arrayBuffer === "function") return new Uint8Array(await blob.arrayBuffer());
  return new Promise((resolve, reject) => {
    const reader = new FileReader();
    reader.onload = () => resolve(new Uint8Array(reader.result as ArrayBuffer));
    reader.onerror = () => reject(reader.error);
    reader.readAsArrayBuffer(blob);
  });
}
