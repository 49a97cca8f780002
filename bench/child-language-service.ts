/** Child process: consumer re-check after an edit through the TypeScript language service. */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import * as ts from "typescript";

const [dir] = process.argv.slice(2) as [string];
const consumerPath = join(dir, "consumer.ts");
const files = new Map<string, { text: string; version: number }>();
const read = (path: string) => files.get(path)?.text ?? ts.sys.readFile(path);
const parsed = ts.parseJsonConfigFileContent(JSON.parse(readFileSync(join(dir, "tsconfig.json"), "utf8")), ts.sys, dir);
const host: ts.LanguageServiceHost = {
  getScriptFileNames: () => parsed.fileNames,
  getScriptVersion: (path) => String(files.get(path)?.version ?? 0),
  getScriptSnapshot: (path) => {
    const text = read(path);
    return text === undefined ? undefined : ts.ScriptSnapshot.fromString(text);
  },
  getCurrentDirectory: () => dir,
  getCompilationSettings: () => parsed.options,
  getDefaultLibFileName: ts.getDefaultLibFilePath,
  fileExists: (path) => files.has(path) || ts.sys.fileExists(path),
  readFile: read,
  readDirectory: ts.sys.readDirectory,
  directoryExists: ts.sys.directoryExists,
  getDirectories: ts.sys.getDirectories,
};
const service = ts.createLanguageService(host, ts.createDocumentRegistry());

const first = performance.now();
const initial = service.getSemanticDiagnostics(consumerPath);
const firstMs = performance.now() - first;
if (initial.length > 0) throw new Error(ts.flattenDiagnosticMessageText(initial[0]!.messageText, "\n"));

const recheckMs: number[] = [];
for (let edit = 1; edit <= 5; edit++) {
  const original = readFileSync(consumerPath, "utf8");
  files.set(consumerPath, { text: `${original}\nexport const edit${edit} = lookup(FIRST_ID).context_window + ${edit};\n`, version: edit });
  const start = performance.now();
  service.getSemanticDiagnostics(consumerPath);
  recheckMs.push(performance.now() - start);
}
process.stdout.write(JSON.stringify({ firstMs, recheckMs }) + "\n");
