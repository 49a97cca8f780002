import { runMigrate } from "../src/migrate/cli";

process.exitCode = runMigrate(process.argv.slice(2), {
  stdout: (text) => process.stdout.write(text),
  stderr: (text) => process.stderr.write(text),
});
