/** Error of a command line that is wrong (unknown command, missing option); the command exits with code 2. */
export class UsageError extends Error {}
