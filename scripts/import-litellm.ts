import { runImportLitellm } from "../src/cli/migrate";

void runImportLitellm(process.argv.slice(2), { stdout: process.stdout, stderr: process.stderr, env: process.env, cwd: process.cwd() }).then((code) => {
  process.exitCode = code;
});
