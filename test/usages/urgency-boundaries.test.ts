/**
 * The days at the edges of the urgency groups and of --fail-within, on the fixture project: claude-3-opus shuts down
 * on 2026-12-15. A shutdown 30 days away is "within 30 days", 31 days is not; a model that shuts down on the day
 * itself has shut down, and `--fail-within 0` fails on it.
 */
import { cli, PROJECT } from "./helpers";

const OPUS = "claude-3-opus";

/** Opus's group as of `asOf`: config/.env names it, so the scan reads that file alone (no compiler program to build). */
async function urgencyOf(asOf: string): Promise<{ urgency: string; daysLeft: number }> {
  const run = await cli(["usages", "--module", "generated/models.generated.d.ts", "--as-of", asOf, "--json", "config/.env"], PROJECT);
  const uses = (JSON.parse(run.stdout) as { uses: Array<{ model: string; urgency: string; daysLeft: number }> }).uses;
  const use = uses.find((u) => u.model === OPUS)!;
  return { urgency: use.urgency, daysLeft: use.daysLeft };
}

test.each([
  ["2026-11-15", { urgency: "within-30-days", daysLeft: 30 }],
  ["2026-11-14", { urgency: "within-90-days", daysLeft: 31 }],
  ["2026-12-14", { urgency: "within-30-days", daysLeft: 1 }],
  ["2026-12-15", { urgency: "shut-down", daysLeft: 0 }],
])("as of %s", async (asOf, expected) => {
  expect(await urgencyOf(asOf)).toEqual(expected);
});

test.each([
  ["the shutdown day itself, --fail-within 0", "2026-12-15", "0", 1],
  ["the day before, --fail-within 0", "2026-12-14", "0", 0],
  ["exactly 30 days before, --fail-within 30", "2026-11-15", "30", 1],
  ["31 days before, --fail-within 30", "2026-11-14", "30", 0],
])("%s", async (_name, asOf, days, code) => {
  // config/.env names claude-3-opus and gpt-4o (current), so opus alone decides.
  const run = await cli(["usages", "--module", "generated/models.generated.d.ts", "--as-of", asOf, "--fail-within", days, "config/.env"], PROJECT);
  expect([run.code, run.stderr]).toEqual([code, code === 0 ? "" : expect.stringContaining(OPUS)]);
});
