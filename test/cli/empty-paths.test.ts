/** An empty path flag is a usage error (exit 2), not "the working directory": `--out ''` used to write generated files into cwd. */
import { cli, listFiles, tempProject } from "./helpers";

test.each([["--out"], ["--registry"], ["--schema"]])("%s '' is a usage error and writes nothing", async (flag) => {
  const project = tempProject("small");
  try {
    const before = listFiles(project.dir);
    const args = ["generate", "--registry", "model_registry.yaml", "--out", "generated"];
    const index = args.indexOf(flag);
    if (index >= 0) args[index + 1] = "";
    else args.push(flag, "");
    const run = await cli(args, { cwd: project.dir });
    expect(run.code).toBe(2);
    expect(run.stderr).toContain(`${flag} needs a path; an empty value would mean the working directory`);
    expect(listFiles(project.dir)).toEqual(before);
  } finally {
    project.cleanup();
  }
});
