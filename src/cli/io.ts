/** Where the command line writes: results on `out` (JSON only with --json), one line per problem on `err`. */
export interface CliIo {
  out(text: string): void;
  err(line: string): void;
}
