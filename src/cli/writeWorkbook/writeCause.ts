import type { WriteCause } from "../text/cliText";

/** Why a file could not be written into a folder: the causes of `WriteCause`, and a folder that is a file. */
export type FolderWriteCause = WriteCause | "not-a-folder";

/**
 * Why writing failed, from the system's error code; a file open in Excel on Windows gives EBUSY or EPERM,
 * a folder path through a file ENOTDIR, a folder that is a file EEXIST (from mkdir).
 *
 * @example folderWriteCause(Object.assign(new Error(), { code: "ENOTDIR" })) === "not-a-folder"
 */
export function folderWriteCause(error: unknown, platform: NodeJS.Platform = process.platform): FolderWriteCause {
  const code = (error as { code?: unknown } | null)?.code;
  switch (code) {
    case "ENOSPC":
    case "EDQUOT":
      return "disk-full";
    case "EACCES":
      return "permission";
    case "EPERM":
      return platform === "win32" ? "busy" : "permission";
    case "EROFS":
      return "read-only";
    case "EISDIR":
      return "directory";
    case "EBUSY":
      return "busy";
    case "ENOTDIR":
    case "EEXIST":
      return "not-a-folder";
    default:
      return "other";
  }
}
