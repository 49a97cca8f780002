/** Input that cannot be used, said in one line (exit 1 in the CLI): a config file, an audit source, a file to convert. */
export class InputError extends Error {}
