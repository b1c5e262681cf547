/**
 * A file's bytes as base64, the form `insertWorksheetsFromBase64` takes.
 *
 * @example toBase64(new Uint8Array([80, 75, 3, 4])) === "UEsDBA=="
 */
export function toBase64(bytes: Uint8Array): string {
  let binary = "";
  // In slices: String.fromCharCode with a whole workbook's bytes as arguments overflows the stack.
  for (let i = 0; i < bytes.length; i += 0x8000) {
    binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  }
  return btoa(binary);
}
