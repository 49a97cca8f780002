/** Error lines of a CLI's stderr: the shipped registry announces upcoming shutdowns as warnings, depending on the day. */
export function errorLines(stderr: string): string[] {
  return stderr.split("\n").filter((line) => / - error |^error/.test(line));
}
