/**
 * Nothing leaked: the generator never reads environment values, so realistic secrets in the
 * environment appear in no output and no message. Deterministic: key order within entries, model
 * order, locale and time zone do not change a byte of the output.
 */
import { readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { parse, stringify } from "yaml";
import { shippedProvidersFewModels } from "../helpers/generate-fixture";
import { BASE_REGISTRY, generateIn, makeTempDir, removeDir, REPO_ROOT, runCliProcess, digestTree, snapshotTree } from "./helpers";

const SHIPPED_REGISTRY = join(REPO_ROOT, "models/model_registry.yaml");
/** The registry's generated files: the declarations and the data module (the runtime copy beside them is fixed). */
const OUTPUTS = ["generated/models.generated.d.ts", "generated/models.generated.js"];
/** As text: jest compares strings at once, where it walks a Buffer byte by byte (seconds for these ~600 kB). */
const readOutputs = (dir: string) => OUTPUTS.map((path) => readFileSync(join(dir, path), "utf8"));

// Realistic shapes (not real keys), for every variable the shipped registry names.
const SECRETS: Record<string, string> = {
  OPENAI_API_KEY: "sk-proj-Xq7vB2nL9kT4pR8sW1yZ3aC6dF0gH5jK7mN2bV4cX8zQ1wE3rT6yU9iO0pA2sD4f",
  OPENAI_ORGANIZATION: "org-Zq3Lk9Vb2Nm8Xc4Rt7Yp1Ws6",
  ANTHROPIC_API_KEY: "sk-ant-api03-Hj8Kl2Mn4Bv6Cx9Zq1Wr3Et5Yu7Io0Pa2Sd4Fg6Hj8Kl0Zx-AbCdEfGh",
  GOOGLE_API_KEY: "AIzaSyD-9tSrke72PouQMnMX-a7eZSW0jkFMBWY",
  XAI_API_KEY: "xai-Ab12Cd34Ef56Gh78Ij90Kl12Mn34Op56Qr78St90Uv12Wx34",
  AWS_ACCESS_KEY_ID: "AKIAIOSFODNN7EXAMPLZ",
  AWS_SECRET_ACCESS_KEY: "wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEQ",
  AWS_SESSION_TOKEN: "IQoJb3JpZ2luX2VjEJr//////////wEaCXVzLWVhc3QtMSJHMEUCIQDsecret",
  AWS_REGION: "eu-secret-region-9",
  AZURE_OPENAI_API_KEY: "3f9c2b7e1a8d4c6f0b5e9a2d7c1f4b8e",
  AZURE_OPENAI_ENDPOINT: "https://secret-tenant-7731.openai.azure.com",
  DIAL_API_KEY: "dial-7Hh2Kk9Ll3Mm5Nn8Pp1Qq4Rr6",
  DIAL_ENDPOINT: "https://dial.internal.secret-corp.example",
  OLLAMA_BASE_URL: "http://10.13.37.42:11434/v1-secret",
};

describe("no environment secret reaches an output or a message", () => {
  test("CLI generate, check and a failing validate, with secrets in the environment", async () => {
    const dir = makeTempDir();
    try {
      // Every provider, whose env lists name every variable the registry names, with few models: not the catalogue's run time.
      const registry = shippedProvidersFewModels();
      const providers = Object.values((parse(registry) as RegistryData).providers);
      // It still names every variable the secrets are set in (an env list may hold a group of alternatives).
      const named = providers.flatMap((provider) => Object.values(provider.env as Record<string, unknown[]>).flat(2));
      expect(named).toEqual(expect.arrayContaining(Object.keys(SECRETS)));
      writeFileSync(join(dir, "registry.yaml"), registry);
      writeFileSync(join(dir, "bad.yaml"), registry.replace(/context_window: \d+/, "context_window: -1"));
      const env = { ...process.env, ...SECRETS, FORCE_COLOR: "0" };
      const generated = await runCliProcess(["generate", "--registry", "registry.yaml", "--out", "generated"], env, dir);
      const runs = [
        generated,
        ...(await Promise.all([
          runCliProcess(["check", "--registry", "registry.yaml", "--out", "generated"], env, dir),
          runCliProcess(["validate", "--registry", "bad.yaml"], env, dir),
        ])),
      ];
      expect(runs.map((run) => run.code)).toEqual([0, 0, 1]);
      expect(runs[2]!.stderr).toContain("context_window");
      const texts = [...runs.flatMap((run) => [run.stdout, run.stderr]), ...[...snapshotTree(dir).values()].map((b) => b.toString("utf8"))];
      for (const [name, value] of Object.entries(SECRETS)) {
        const leaks = texts.filter((text) => text.includes(value));
        expect({ name, leaks }).toEqual({ name, leaks: [] });
      }
    } finally {
      removeDir(dir);
    }
  });
});

interface RegistryData {
  version: number;
  providers: Record<string, Record<string, unknown>>;
  models: Array<Record<string, unknown>>;
  aliases?: Record<string, string>;
}

/** The same registry, written differently: keys reversed at every level, models and providers in reverse order. */
function reordered(yamlText: string): string {
  const reverseKeys = (value: unknown): unknown => {
    if (Array.isArray(value)) return value.map(reverseKeys);
    if (value === null || typeof value !== "object") return value;
    return Object.fromEntries(
      Object.entries(value)
        .reverse()
        .map(([key, child]) => [key, reverseKeys(child)]),
    );
  };
  const data = parse(yamlText) as RegistryData;
  data.models.reverse();
  return stringify(reverseKeys(data));
}

describe("deterministic output", () => {
  test("reordered keys within entries and reordered models give a byte-identical output", async () => {
    const original = readFileSync(SHIPPED_REGISTRY, "utf8");
    const shuffled = reordered(original);
    expect(shuffled).not.toBe(original);
    const [a, b] = [makeTempDir(), makeTempDir()];
    try {
      expect((await generateIn(a, original)).ok).toBe(true);
      expect((await generateIn(b, shuffled)).ok).toBe(true);
      expect(readOutputs(b)).toEqual(readOutputs(a));
    } finally {
      removeDir(a);
      removeDir(b);
    }
  });

  test("a Turkish locale and the Chatham Islands time zone (UTC+12:45) change nothing", async () => {
    const [a, b] = [makeTempDir(), makeTempDir()];
    try {
      for (const dir of [a, b]) writeFileSync(join(dir, "registry.yaml"), readFileSync(SHIPPED_REGISTRY));
      const args = ["generate", "--registry", "registry.yaml", "--out", "generated"];
      const [plain, turkish] = await Promise.all([
        runCliProcess(args, { ...process.env, LANG: "C.UTF-8", LC_ALL: "C.UTF-8", TZ: "UTC" }, a),
        runCliProcess(args, { ...process.env, LANG: "tr_TR.UTF-8", LC_ALL: "tr_TR.UTF-8", TZ: "Pacific/Chatham" }, b),
      ]);
      expect([plain.code, turkish.code]).toEqual([0, 0]);
      expect(digestTree(b)).toEqual(digestTree(a));
    } finally {
      removeDir(a);
      removeDir(b);
    }
  });

  test("the base fixture gives the same bytes twice", async () => {
    const dir = makeTempDir();
    try {
      await generateIn(dir, readFileSync(BASE_REGISTRY));
      const first = digestTree(dir);
      const second = await generateIn(dir, readFileSync(BASE_REGISTRY));
      expect(second.written).toEqual([]);
      expect(digestTree(dir)).toEqual(first);
    } finally {
      removeDir(dir);
    }
  });
});
