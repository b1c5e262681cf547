/** Where the command line writes: results on `out` (JSON only with --json), one line per problem on `err`. */
export interface CliIo {
  out(text: string): void;
  err(line: string): void;
  /** Writes part of a result as it is (no line break added): a large result is then never held whole. */
  write?(chunk: string): void;
}
