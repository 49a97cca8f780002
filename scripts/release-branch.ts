// Commits the package as `npm pack` ships it (built dist/ included, no `prepare` script) to a branch, so that a git
// install is a plain download: npm installs a git dependency's devDependencies only to run its `prepare`, which is
// what made installing from main slow. Run after the build: `npm run release:branch [-- --into <git dir>] [--branch <name>]`.
//
// The commit is made with git plumbing on a temporary index: the working tree, the index and HEAD are untouched.
// Its dates and author are main's HEAD commit's, so the same checkout gives the same commit.
import { execFileSync } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";

const root = join(__dirname, "..");

interface Options {
  gitDir: string;
  branch: string;
}

export function writeReleaseBranch({ gitDir, branch }: Options): { commit: string; files: number } {
  const scratch = mkdtempSync(join(tmpdir(), "model-registry-release-"));
  try {
    const packageDir = unpackedPackage(scratch);
    const tree = treeOf(packageDir, gitDir, join(scratch, "index"));
    const files = git(gitDir, ["ls-tree", "-r", "--name-only", tree]).split("\n").length;
    const head = git(root, ["log", "-1", "--format=%H%n%an%n%ae%n%aI"]).split("\n");
    const [source, name, email, date] = head as [string, string, string, string];
    const previous = tryGit(gitDir, ["rev-parse", "--verify", "--quiet", `refs/heads/${branch}`]);
    if (previous !== undefined && git(gitDir, ["rev-parse", `${previous}^{tree}`]) === tree) return { commit: previous, files };
    const version = (JSON.parse(readFileSync(join(packageDir, "package.json"), "utf8")) as { version: string }).version;
    const message = `@lattice-lock/model-registry ${version}, built from ${source}`;
    const parents = previous === undefined ? [] : ["-p", previous];
    const env = {
      GIT_AUTHOR_NAME: name,
      GIT_AUTHOR_EMAIL: email,
      GIT_AUTHOR_DATE: date,
      GIT_COMMITTER_NAME: name,
      GIT_COMMITTER_EMAIL: email,
      GIT_COMMITTER_DATE: date,
    };
    const commit = git(gitDir, ["commit-tree", tree, ...parents, "-m", message], env);
    git(gitDir, ["update-ref", `refs/heads/${branch}`, commit, ...(previous === undefined ? [] : [previous])]);
    return { commit, files };
  } finally {
    rmSync(scratch, { recursive: true, force: true });
  }
}

/** The tarball `npm pack` makes from the built checkout, unpacked, with `prepare` (and the other scripts) removed. */
function unpackedPackage(scratch: string): string {
  const packed = JSON.parse(execFileSync("npm", ["pack", "--json", "--ignore-scripts", "--pack-destination", scratch], { cwd: root, encoding: "utf8" })) as [
    { filename: string },
  ];
  execFileSync("tar", ["-xzf", join(scratch, packed[0].filename), "-C", scratch]);
  const packageDir = join(scratch, "package");
  const manifestPath = join(packageDir, "package.json");
  const manifest = JSON.parse(readFileSync(manifestPath, "utf8")) as Record<string, unknown>;
  // Nothing to build and nothing to test in an install: without scripts npm runs nothing and installs no devDependency.
  delete manifest.scripts;
  delete manifest.devDependencies;
  writeFileSync(manifestPath, `${JSON.stringify(manifest, null, 2)}\n`);
  return packageDir;
}

function treeOf(workTree: string, gitDir: string, indexFile: string): string {
  const env = { GIT_INDEX_FILE: indexFile, GIT_WORK_TREE: workTree };
  git(gitDir, ["add", "--all", "--force", "."], env, workTree);
  return git(gitDir, ["write-tree"], env, workTree);
}

function git(gitDir: string, args: readonly string[], env: Record<string, string> = {}, cwd = root): string {
  return execFileSync("git", [`--git-dir=${gitDirOf(gitDir)}`, ...args], { cwd, encoding: "utf8", env: { ...process.env, ...env } }).trim();
}

function tryGit(gitDir: string, args: readonly string[]): string | undefined {
  try {
    return git(gitDir, args) || undefined;
  } catch {
    return undefined;
  }
}

/** A checkout's directory names its `.git`; a bare repository is its own git directory. */
function gitDirOf(dir: string): string {
  return execFileSync("git", ["rev-parse", "--absolute-git-dir"], { cwd: dir, encoding: "utf8" }).trim();
}

function parseArgs(argv: readonly string[]): Options {
  const options: Options = { gitDir: root, branch: "release" };
  for (let i = 0; i < argv.length; i++) {
    const flag = argv[i];
    const value = argv[i + 1];
    if ((flag === "--into" || flag === "--branch") && value !== undefined) {
      if (flag === "--into") options.gitDir = value;
      else options.branch = value;
      i++;
    } else {
      process.stderr.write(`release-branch: unexpected argument "${flag}"; usage: release-branch [--into <git dir>] [--branch <name>]\n`);
      process.exit(2);
    }
  }
  return options;
}

if (require.main === module) {
  const options = parseArgs(process.argv.slice(2));
  const { commit, files } = writeReleaseBranch(options);
  process.stdout.write(`${options.branch} -> ${commit} (${files} files)\n`);
}
