/**
 * Why an input file cannot be read, in terms the user can act on. `size` and `limit` (bytes) come with
 * `too-large`; `code` (the system's error code) with `io`, for any cause not named here.
 */
export type FileProblem =
  | { reason: "missing" | "directory" | "not-regular" | "permission" | "link-loop" | "not-a-folder" | "name-too-long" | "busy" }
  | { reason: "too-large"; size: number; limit: number }
  | { reason: "io"; code: string };

const BY_CODE: Record<string, Exclude<FileProblem["reason"], "too-large" | "io">> = {
  ENOENT: "missing",
  EISDIR: "directory",
  EACCES: "permission",
  EPERM: "permission",
  ELOOP: "link-loop",
  ENOTDIR: "not-a-folder",
  ENAMETOOLONG: "name-too-long",
  EBUSY: "busy",
  ENXIO: "not-regular",
};

/**
 * The cause of a failed open or read, from the system's error code.
 *
 * @example fileProblem(Object.assign(new Error(), { code: "EACCES" })) // { reason: "permission" }
 */
export function fileProblem(error: unknown): FileProblem {
  const code = typeof error === "object" && error !== null && typeof (error as { code?: unknown }).code === "string" ? (error as { code: string }).code : "";
  const reason = BY_CODE[code];
  if (reason !== undefined) return { reason };
  return { reason: "io", code: code || "EIO" };
}
