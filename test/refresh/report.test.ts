import { renderRefreshReport, type RefreshReport } from "../../src/refresh/report";

const NOTHING_PENDING: RefreshReport = {
  asOf: "2026-12-07",
  registryModels: 3,
  sources: [],
  plan: { asOf: "2026-12-07", proposals: [], explained: 2, skippedAdditions: [], curated: [] },
  applied: [],
  skipped: [],
};

test("a refresh with nothing to propose says so instead of printing an empty table", () => {
  const summary = renderRefreshReport(NOTHING_PENDING).split("## Summary")[1]!;
  expect(summary).toContain("Nothing proposed: every figure the sources state agrees with the registry or is explained in its notes.");
  expect(summary).not.toContain("| provider |");
});
