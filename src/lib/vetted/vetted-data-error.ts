/** Error for a vetted file that is missing, unreadable or invalid. The message starts with the file's path. */
export class VettedDataError extends Error {
  readonly file: string;

  constructor(file: string, problem: string) {
    super(`${file}: ${problem}`);
    this.name = 'VettedDataError';
    this.file = file;
  }
}
