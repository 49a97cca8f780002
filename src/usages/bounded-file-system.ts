import { Project, type FileSystemHost } from "ts-morph";
import { readRegularFile, UnreadableFileError } from "../io/read-input";

/**
 * ts-morph's real file system, except that every file the TypeScript program reads (tsconfig, sources,
 * declarations) goes through the bounded reader of regular files: a FIFO or a device among the sources is
 * refused by name instead of hanging the scan, and no file larger than the limit is read into memory.
 */
export function boundedFileSystem(): FileSystemHost {
  const real = new Project({ skipLoadingLibFiles: true }).getFileSystem();
  const readFileSync = (path: string): string => {
    const read = readRegularFile(path);
    if (read.ok) return read.bytes.toString("utf8");
    // ts-morph tells "not found" from its own error type: let the real host throw it.
    if (read.code === "ENOENT" || read.code === "ENOTDIR") return real.readFileSync(path);
    throw new UnreadableFileError(path, read.reason, read.code);
  };
  return new Proxy(real, {
    get(target, key) {
      if (key === "readFileSync") return readFileSync;
      if (key === "readFile") return async (path: string) => readFileSync(path);
      const value: unknown = Reflect.get(target, key);
      return typeof value === "function" ? (value as (...args: unknown[]) => unknown).bind(target) : value;
    },
  });
}
