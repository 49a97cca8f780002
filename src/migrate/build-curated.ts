// Builds the models: and aliases: sections of the curated registry from the reference snapshot (figures) and the legacy
// table (scores), so numbers are never hand-typed. Run: npx tsx src/migrate/build-curated.ts > /tmp/models.yaml, then
// review and paste; the committed YAML is the curated source of truth and may carry later hand edits.
import { readFileSync } from "node:fs";
import { parseLegacyTable, parametersFromTag } from "./legacy-table";
import { parseGigabytes, parseTokenCount, perTokenTo1k } from "./numbers";
import { boltsToSpeed, countSymbol, starsToScore, TIER_BOLTS, TIER_STARS, type Tier } from "./scores";
import { entriesToYaml } from "./yaml-out";

const snap = JSON.parse(readFileSync("/work/shared/reference/litellm-model-prices-2026-07-24.json", "utf8"));
const legacy = new Map(parseLegacyTable(readFileSync("/work/shared/reference/legacy-model-registry.md", "utf8")).rows.map((r) => [r.cells["Model"]!, r]));
const V = "2026-07-24";
type Dep = { date: string; replaced_by: string; removal_date?: string };
interface Spec { id: string; p: string; name: string; snap?: string; api?: string; legacy?: string; tier?: Tier; status?: string; dep?: Dep; notes?: string; src: string; over?: Record<string, unknown>; vision?: boolean; fc?: boolean; best?: string }

const SRC: Record<string, string> = {
  openai: "https://platform.openai.com/docs/pricing", openaiDep: "https://platform.openai.com/docs/deprecations",
  anthropic: "https://docs.anthropic.com/en/docs/about-claude/models/overview", anthropicDep: "https://docs.anthropic.com/en/docs/about-claude/model-deprecations",
  google: "https://ai.google.dev/gemini-api/docs/pricing", googleDep: "https://ai.google.dev/gemini-api/docs/deprecations",
  xai: "https://docs.x.ai/docs/models", bedrock: "https://aws.amazon.com/bedrock/pricing/",
  azure: "https://azure.microsoft.com/en-us/pricing/details/cognitive-services/openai-service/", azureDep: "https://learn.microsoft.com/en-us/azure/ai-foundry/openai/concepts/model-retirements",
  dial: "https://docs.epam-rail.com/",
};
const specs: Spec[] = [];
const add = (s: Spec) => specs.push(s);
const snapDep = (key: string) => snap[key].deprecation_date as string;
const depNote = "Announcement date not recorded; deprecation.date is set to the removal date (from the LiteLLM snapshot's deprecation_date).";

// ---------- OpenAI
for (const [id, name, tier] of [["gpt-5.6","GPT-5.6","flagship"],["gpt-5.5","GPT-5.5","flagship"],["gpt-5.4","GPT-5.4","flagship"],["gpt-5.4-mini","GPT-5.4 mini","mid"],["gpt-5.4-nano","GPT-5.4 nano","small"],["gpt-5.2","GPT-5.2","flagship"],["gpt-5.1","GPT-5.1","flagship"],["gpt-5","GPT-5","flagship"],["gpt-5-mini","GPT-5 mini","mid"],["gpt-5-nano","GPT-5 nano","small"],["gpt-4.1","GPT-4.1","mid"],["gpt-4.1-mini","GPT-4.1 mini","mid"],["gpt-4.1-nano","GPT-4.1 nano","small"],["o3","o3","flagship"],["o3-pro","o3-pro","flagship"],["o4-mini","o4-mini","mid"],["o3-mini","o3-mini","mid"]] as const)
  add({ id, p: "openai", name, snap: id, tier, src: SRC.openai! });
add({ id: "o1-pro", p: "openai", name: "o1-pro", snap: "o1-pro", legacy: "o1-pro", src: SRC.openai!, notes: "Legacy table said $60/$240 per 1M; OpenAI and the snapshot list $150/$600." });
add({ id: "o1", p: "openai", name: "o1", snap: "o1", legacy: "o1", src: SRC.openai! });
add({ id: "o1-mini", p: "openai", name: "o1-mini", legacy: "o1-mini", src: SRC.openaiDep!, status: "deprecated", dep: { date: "2025-04-28", replaced_by: "o4-mini", removal_date: "2025-10-27" },
  over: { context_window: 128000, max_output_tokens: 65536, cost_per_1k_input: 0.0011, cost_per_1k_output: 0.0044, cost_per_1k_cached_input: 0.00055 }, vision: false, fc: false,
  notes: "Removed from the API; not in the snapshot. Figures are OpenAI's last published ones (128K context, 65,536 output, $1.10/$4.40 per 1M); the legacy table's 200K and $3/$12 were wrong." });
for (const id of ["gpt-4o", "gpt-4o-mini", "gpt-4-turbo", "gpt-4", "gpt-3.5-turbo"]) add({ id, p: "openai", name: id.replace("gpt", "GPT").replace("-mini", " mini").replace("-turbo", " Turbo"), snap: id, legacy: id, src: SRC.openai! });

// ---------- Anthropic
const A = (id: string, name: string, o: Partial<Spec>) => add({ id, p: "anthropic", name, src: SRC.anthropic!, ...o });
A("claude-opus-5", "Claude Opus 5", { snap: "claude-opus-5", tier: "flagship" });
A("claude-sonnet-5", "Claude Sonnet 5", { snap: "claude-sonnet-5", tier: "mid" });
A("claude-opus-4-8", "Claude Opus 4.8", { snap: "claude-opus-4-8", tier: "flagship" });
A("claude-opus-4-7", "Claude Opus 4.7", { snap: "claude-opus-4-7", tier: "flagship" });
A("claude-opus-4-6", "Claude Opus 4.6", { snap: "claude-opus-4-6", tier: "flagship" });
A("claude-sonnet-4-6", "Claude Sonnet 4.6", { snap: "claude-sonnet-4-6", tier: "mid" });
A("claude-opus-4-5", "Claude Opus 4.5", { snap: "claude-opus-4-5-20251101", api: "claude-opus-4-5-20251101", tier: "flagship" });
A("claude-sonnet-4-5", "Claude Sonnet 4.5", { snap: "claude-sonnet-4-5-20250929", api: "claude-sonnet-4-5-20250929", legacy: "claude-sonnet-4.5", notes: "Legacy table said $4/$20 per 1M; Anthropic and the snapshot list $3/$15." });
A("claude-haiku-4-5", "Claude Haiku 4.5", { snap: "claude-haiku-4-5-20251001", api: "claude-haiku-4-5-20251001", tier: "small" });
A("claude-opus-4-1", "Claude Opus 4.1", { snap: "claude-opus-4-1-20250805", api: "claude-opus-4-1-20250805", legacy: "claude-opus-4.1", status: "deprecated", dep: { date: "2026-08-05", replaced_by: "claude-opus-4-7", removal_date: "2026-08-05" }, src: SRC.anthropicDep!, notes: depNote + " Legacy table said $20/$100 per 1M; Anthropic and the snapshot list $15/$75." });
A("claude-opus-4", "Claude Opus 4", { snap: "claude-opus-4-20250514", api: "claude-opus-4-20250514", legacy: "claude-opus-4", status: "deprecated", dep: { date: "2026-05-14", replaced_by: "claude-opus-4-7", removal_date: "2026-05-14" }, src: SRC.anthropicDep!, notes: depNote });
A("claude-sonnet-4", "Claude Sonnet 4", { snap: "claude-sonnet-4-20250514", api: "claude-sonnet-4-20250514", legacy: "claude-sonnet-4", status: "deprecated", dep: { date: "2026-05-14", replaced_by: "claude-sonnet-4-6", removal_date: "2026-05-14" }, src: SRC.anthropicDep!, over: { context_window: 200000 }, notes: depNote + " context_window is the standard 200K; LiteLLM lists 1,000,000, which needs the context-1m beta header and is billed at long-context prices." });
A("claude-3-7-sonnet", "Claude Sonnet 3.7", { snap: "claude-3-7-sonnet-20250219", api: "claude-3-7-sonnet-20250219", tier: "mid", status: "deprecated", dep: { date: "2025-10-28", replaced_by: "claude-sonnet-4-6", removal_date: "2026-02-19" }, src: SRC.anthropicDep! });
A("claude-3-5-sonnet", "Claude Sonnet 3.5", { api: "claude-3-5-sonnet-20241022", legacy: "claude-3.5-sonnet", status: "deprecated", dep: { date: "2025-08-13", replaced_by: "claude-sonnet-4-6", removal_date: "2025-10-22" }, src: SRC.anthropicDep!, vision: true, fc: true,
  over: { context_window: 200000, max_output_tokens: 8192, cost_per_1k_input: 0.003, cost_per_1k_output: 0.015, cost_per_1k_cached_input: 0.0003 }, notes: "Retired by Anthropic; not in the snapshot. Figures are Anthropic's last published ones." });
A("claude-3-opus", "Claude Opus 3", { snap: "claude-3-opus-20240229", api: "claude-3-opus-20240229", legacy: "claude-3-opus", status: "deprecated", dep: { date: "2025-06-30", replaced_by: "claude-opus-4-7", removal_date: "2026-01-05" }, src: SRC.anthropicDep!, notes: "Removal date from Anthropic's deprecations page (2026-01-05); the snapshot's deprecation_date 2026-05-01 is stale." });
A("claude-3-haiku", "Claude Haiku 3", { snap: "claude-3-haiku-20240307", api: "claude-3-haiku-20240307", legacy: "claude-3-haiku" });

// ---------- Google
const G = (id: string, name: string, o: Partial<Spec>) => add({ id, p: "google", name, snap: `gemini/${id}`, src: SRC.google!, ...o });
G("gemini-3.6-flash", "Gemini 3.6 Flash", { tier: "mid" });
G("gemini-3.5-flash", "Gemini 3.5 Flash", { tier: "mid" });
G("gemini-3.5-flash-lite", "Gemini 3.5 Flash-Lite", { tier: "small" });
G("gemini-3.1-pro-preview", "Gemini 3.1 Pro (preview)", { tier: "flagship", status: "beta" });
G("gemini-3.1-flash-lite", "Gemini 3.1 Flash-Lite", { tier: "small" });
G("gemini-3-flash-preview", "Gemini 3 Flash (preview)", { tier: "mid", status: "beta" });
G("gemini-3-pro-preview", "Gemini 3 Pro (preview)", { tier: "flagship", status: "deprecated", dep: { date: snapDep("gemini/gemini-3-pro-preview"), replaced_by: "gemini-3.1-pro-preview", removal_date: snapDep("gemini/gemini-3-pro-preview") }, src: SRC.googleDep!, notes: depNote });
G("gemini-2.5-pro", "Gemini 2.5 Pro", { tier: "flagship" });
G("gemini-2.5-flash", "Gemini 2.5 Flash", { tier: "mid" });
G("gemini-2.5-flash-lite", "Gemini 2.5 Flash-Lite", { tier: "small" });
G("gemini-2.0-flash", "Gemini 2.0 Flash", { legacy: "gemini-2.0-flash", status: "deprecated", dep: { date: "2026-06-01", replaced_by: "gemini-2.5-flash", removal_date: "2026-06-01" }, src: SRC.googleDep!, notes: depNote });
G("gemini-2.0-flash-lite", "Gemini 2.0 Flash-Lite", { tier: "small", status: "deprecated", dep: { date: "2026-06-01", replaced_by: "gemini-2.5-flash-lite", removal_date: "2026-06-01" }, src: SRC.googleDep!, notes: depNote });
G("gemini-2.0-pro", "Gemini 2.0 Pro (experimental)", { snap: undefined, api: "gemini-2.0-pro-exp-02-05", legacy: "gemini-2.0-pro", status: "deprecated", dep: { date: "2025-03-25", replaced_by: "gemini-2.5-pro" }, src: SRC.googleDep!, vision: true, fc: true,
  over: { context_window: 2097152, max_output_tokens: 8192, cost_per_1k_input: 0, cost_per_1k_output: 0 }, notes: "Only ever an experimental, free-of-charge model (gemini-2.0-pro-exp-02-05), superseded by Gemini 2.5 Pro (announced 2025-03-25); no removal date published. The legacy table's $1.5/$6 per 1M was never a real price. Not in the snapshot." });
G("gemini-1.5-pro", "Gemini 1.5 Pro", { snap: undefined, api: "gemini-1.5-pro-002", legacy: "gemini-1.5-pro", status: "deprecated", dep: { date: "2025-09-24", replaced_by: "gemini-2.5-pro", removal_date: "2025-09-24" }, src: SRC.googleDep!, vision: true, fc: true,
  over: { context_window: 2097152, max_output_tokens: 8192, cost_per_1k_input: 0.00125, cost_per_1k_output: 0.005 }, notes: "Shut down; not in the snapshot. Figures are Google's last published ones (prompts up to 128K). " + depNote.replace(" (from the LiteLLM snapshot's deprecation_date)", "") });
G("gemini-1.5-flash", "Gemini 1.5 Flash", { snap: undefined, api: "gemini-1.5-flash-002", legacy: "gemini-1.5-flash", status: "deprecated", dep: { date: "2025-09-24", replaced_by: "gemini-2.5-flash", removal_date: "2025-09-24" }, src: SRC.googleDep!, vision: true, fc: true,
  over: { context_window: 1048576, max_output_tokens: 8192, cost_per_1k_input: 0.000075, cost_per_1k_output: 0.0003 }, notes: "Shut down; the snapshot only lists it as an embedding entry. Figures are Google's last published ones (prompts up to 128K). " + depNote.replace(" (from the LiteLLM snapshot's deprecation_date)", "") });

// ---------- xAI
const X = (id: string, name: string, o: Partial<Spec>) => add({ id, p: "xai", name, snap: `xai/${id}`, src: SRC.xai!, ...o });
const xdep = (id: string, by: string): Partial<Spec> => ({ status: "deprecated", dep: { date: snapDep(`xai/${id}`), replaced_by: by, removal_date: snapDep(`xai/${id}`) }, notes: depNote });
X("grok-4.5", "Grok 4.5", { tier: "flagship" });
X("grok-4.3", "Grok 4.3", { tier: "mid" });
X("grok-4.20-0309-reasoning", "Grok 4.20 (reasoning)", { tier: "flagship" });
X("grok-4", "Grok 4", { tier: "flagship", api: "grok-4-0709", snap: "xai/grok-4-0709", ...xdep("grok-4-0709", "grok-4.5") });
X("grok-4-1-fast-reasoning", "Grok 4.1 Fast (reasoning)", { tier: "mid", ...xdep("grok-4-1-fast-reasoning", "grok-4.3") });
X("grok-4-1-fast-non-reasoning", "Grok 4.1 Fast (non-reasoning)", { tier: "small", ...xdep("grok-4-1-fast-non-reasoning", "grok-4.3") });
X("grok-4-fast-reasoning", "Grok 4 Fast (reasoning)", { legacy: "grok-4-fast-reasoning", ...xdep("grok-4-fast-reasoning", "grok-4.3") });
X("grok-4-fast-non-reasoning", "Grok 4 Fast (non-reasoning)", { legacy: "grok-4-fast-non-reasoning", ...xdep("grok-4-fast-non-reasoning", "grok-4.3") });
X("grok-code-fast-1", "Grok Code Fast 1", { legacy: "grok-code-fast-1", ...xdep("grok-code-fast-1", "grok-4.3") });
X("grok-3", "Grok 3", { legacy: "grok-3", ...xdep("grok-3", "grok-4.3") });
X("grok-3-mini", "Grok 3 mini", { tier: "small", ...xdep("grok-3-mini", "grok-4.3") });
X("grok-2-vision-1212", "Grok 2 Vision", { legacy: "grok-2-vision-1212", ...xdep("grok-2-vision-1212", "grok-4.3") });

// ---------- Bedrock
const B = (id: string, name: string, o: Partial<Spec>) => add({ id, p: "bedrock", name, snap: id, src: SRC.bedrock!, ...o });
B("anthropic.claude-opus-4-7", "Claude Opus 4.7 (Bedrock)", { tier: "flagship" });
B("anthropic.claude-sonnet-4-6", "Claude Sonnet 4.6 (Bedrock)", { tier: "mid" });
B("anthropic.claude-sonnet-4-5-20250929-v1:0", "Claude Sonnet 4.5 (Bedrock)", { tier: "mid" });
B("anthropic.claude-haiku-4-5-20251001-v1:0", "Claude Haiku 4.5 (Bedrock)", { tier: "small" });
B("anthropic.claude-3-opus-20240229-v1:0", "Claude Opus 3 (Bedrock)", { legacy: "bedrock-claude-3-opus", notes: "Anthropic retired Claude Opus 3 on its own API on 2026-01-05; the snapshot records no Bedrock end-of-life date, so it stays production here." });
B("anthropic.claude-3-5-sonnet-20241022-v2:0", "Claude Sonnet 3.5 v2 (Bedrock)", { legacy: "bedrock-claude-3.5-sonnet", over: { context_window: 200000 }, notes: "context_window is Claude 3.5 Sonnet's 200K; LiteLLM's 1,000,000 for this entry is wrong (the model never had a 1M window). Anthropic retired it on its own API on 2025-10-22; no Bedrock end-of-life date in the snapshot." });
B("us.amazon.nova-premier-v1:0", "Amazon Nova Premier", { tier: "flagship" });
B("amazon.nova-2-lite-v1:0", "Amazon Nova 2 Lite", { tier: "mid" });
B("amazon.nova-pro-v1:0", "Amazon Nova Pro", { tier: "mid" });
B("amazon.nova-lite-v1:0", "Amazon Nova Lite", { tier: "small" });
B("amazon.nova-micro-v1:0", "Amazon Nova Micro", { tier: "small" });
B("meta.llama4-maverick-17b-instruct-v1:0", "Llama 4 Maverick 17B (Bedrock)", { tier: "mid" });
B("meta.llama4-scout-17b-instruct-v1:0", "Llama 4 Scout 17B (Bedrock)", { tier: "small" });
B("meta.llama3-3-70b-instruct-v1:0", "Llama 3.3 70B (Bedrock)", { tier: "mid" });
B("meta.llama3-1-405b-instruct-v1:0", "Llama 3.1 405B (Bedrock)", { legacy: "bedrock-llama-3.1-405b", notes: "Legacy table said 32K context; Bedrock and the snapshot list 128K." });
B("meta.llama3-1-70b-instruct-v1:0", "Llama 3.1 70B (Bedrock)", { legacy: "bedrock-llama-3.1-70b", notes: "Legacy table said 32K context and $2.65/$3.5 per 1M (Llama 3 70B's price); the snapshot lists 128K and $0.99/$0.99." });
B("amazon.titan-text-express-v1", "Amazon Titan Text Express", { legacy: "bedrock-titan-text-express", over: { context_window: 8192, max_output_tokens: 8192 }, notes: "Context and output are AWS's documented 8K; LiteLLM lists 42,000 / 8,000 for this model, which matches no AWS document. Prices equal the snapshot." });

// ---------- Azure
const Z = (dep: string, name: string, o: Partial<Spec>) => add({ id: `azure/${dep}`, p: "azure", name: `${name} (Azure)`, api: dep, snap: `azure/${dep}`, src: SRC.azure!, ...o });
Z("gpt-5.4", "GPT-5.4", { tier: "flagship" });
Z("gpt-5.4-mini", "GPT-5.4 mini", { tier: "mid" });
Z("gpt-5.1", "GPT-5.1", { tier: "flagship" });
Z("gpt-5", "GPT-5", { tier: "flagship" });
Z("gpt-5-mini", "GPT-5 mini", { tier: "mid" });
Z("gpt-4.1", "GPT-4.1", { tier: "mid" });
Z("gpt-4.1-mini", "GPT-4.1 mini", { tier: "mid" });
Z("o3", "o3", { tier: "flagship" });
Z("o4-mini", "o4-mini", { tier: "mid" });
Z("gpt-4o", "GPT-4o", { legacy: "azure-gpt-4o" , notes: "Legacy table said $5/$15 per 1M; Azure and the snapshot list $2.50/$10." });
Z("gpt-4o-mini", "GPT-4o mini", { tier: "small" });
Z("gpt-4-turbo", "GPT-4 Turbo", { legacy: "azure-gpt-4-turbo", status: "deprecated", dep: { date: "2025-06-06", replaced_by: "azure/gpt-4.1", removal_date: "2025-06-06" }, src: SRC.azureDep!, notes: "Azure's model retirements page lists the GPT-4 and GPT-4 Turbo versions for retirement; announcement date not recorded, so deprecation.date is the removal date." });
Z("gpt-4", "GPT-4", { legacy: "azure-gpt-4", status: "deprecated", dep: { date: "2025-06-06", replaced_by: "azure/gpt-4.1", removal_date: "2025-06-06" }, src: SRC.azureDep!, notes: "Azure's model retirements page lists the GPT-4 (0613) version for retirement; announcement date not recorded, so deprecation.date is the removal date." });

// ---------- DIAL
const dialNote = "DIAL deployment names are set per installation; api_name here is the upstream model ID the deployment forwards to. Figures are the upstream provider's.";
const D = (id: string, name: string, api: string, snapKey: string, o: Partial<Spec>) => add({ id, p: "dial", name: `${name} (DIAL)`, api, snap: snapKey, src: SRC.dial!, ...o, notes: [dialNote, o.notes].filter(Boolean).join(" ") });
D("dial-claude-opus-4-5", "Claude Opus 4.5", "anthropic.claude-opus-4-5-20251101-v1:0", "anthropic.claude-opus-4-5-20251101-v1:0", { tier: "flagship" });
D("dial-claude-sonnet-4-5", "Claude Sonnet 4.5", "anthropic.claude-sonnet-4-5-20250929-v1:0", "anthropic.claude-sonnet-4-5-20250929-v1:0", { tier: "mid" });
D("dial-gpt-4.1", "GPT-4.1", "gpt-4.1", "azure/gpt-4.1", { tier: "mid" });
D("dial-gemini-2.5-pro", "Gemini 2.5 Pro", "gemini-2.5-pro", "gemini/gemini-2.5-pro", { tier: "flagship" });
D("dial-claude-opus-4", "Claude Opus 4", "anthropic.claude-opus-4-20250514-v1:0", "anthropic.claude-opus-4-20250514-v1:0", { legacy: "dial-claude-opus-4", status: "deprecated", dep: { date: "2026-05-14", replaced_by: "dial-claude-opus-4-5", removal_date: "2026-05-14" }, notes: "Follows Anthropic's retirement of Claude Opus 4 (2026-05-14); " + depNote.charAt(0).toLowerCase() + depNote.slice(1) });
D("dial-claude-sonnet-4", "Claude Sonnet 4", "anthropic.claude-sonnet-4-20250514-v1:0", "anthropic.claude-sonnet-4-20250514-v1:0", { legacy: "dial-claude-sonnet-4", status: "deprecated", dep: { date: "2026-05-14", replaced_by: "dial-claude-sonnet-4-5", removal_date: "2026-05-14" }, over: { context_window: 200000 }, notes: "Follows Anthropic's retirement of Claude Sonnet 4 (2026-05-14); announcement date not recorded, so deprecation.date is the removal date. context_window is the standard 200K; LiteLLM's 1,000,000 needs a beta header and long-context prices." });

// ---------- Ollama
const tagContext: Record<string, [number, boolean, string?, string?]> = {
  // id: [context_length of the Ollama tag, tools support, api_name, library page]
  "llama3.1:70b": [131072, true], "deepseek-r1:70b": [131072, false], "codellama:34b": [16384, false], "qwen2.5:32b": [32768, true, "qwen2.5:32b-instruct-q4_K_M"],
  "codellama:13b": [16384, false], "codellama:13b-code": [16384, false], "qwen3:8b": [40960, true], "gemma:7b": [8192, false], "llama3.1:8b": [131072, true],
  "llama3:8b": [8192, false], "qwen2.5:7b-instruct": [32768, true], "magicoder:7b": [16384, false], "llama3.2:3b": [131072, true], "deepseek-coder:1.3b": [16384, false],
  "llama3.2:90b": [131072, false, "llama3.2-vision:90b", "llama3.2-vision"], "llama3.2:11b": [131072, false, "llama3.2-vision:11b", "llama3.2-vision"], "llama3.1:405b": [131072, true], "llama3:70b": [8192, false],
};
for (const [id, [ctx, tools, api, page]] of Object.entries(tagContext)) {
  const row = legacy.get(id)!;
  const [dl, ram] = row.cells["Size/RAM"]!.split("/");
  const legacyCtx = parseTokenCount(row.cells["Context"]!)!;
  const notes = [Math.abs(legacyCtx - ctx) / ctx > 0.05 ? `Legacy table said ${row.cells["Context"]} context; the Ollama tag's context_length is ${ctx}.` : "", api?.startsWith("llama3.2-vision") ? "The legacy ID names no real tag: the vision models are published as llama3.2-vision." : ""].filter(Boolean).join(" ");
  add({ id, p: "ollama", name: id, api, legacy: id, src: `https://ollama.com/library/${page ?? id.split(":")[0]}`, fc: tools,
    over: { context_window: ctx, max_output_tokens: ctx, cost_per_1k_input: 0, cost_per_1k_output: 0, hardware: { parameters_billion: parametersFromTag(id), download_size_gb: parseGigabytes(dl!), min_ram_gb: parseGigabytes(ram!) } },
    ...(notes ? { notes } : {}) });
}

// ---------- build
const out = specs.map((s) => {
  const e: Record<string, unknown> = { id: s.id, provider: s.p, display_name: s.name };
  if (s.api && s.api !== s.id) e.api_name = s.api;
  const lrow = s.legacy ? legacy.get(s.legacy) : undefined;
  if (s.legacy && !lrow) throw new Error("no legacy row " + s.legacy);
  let vision = s.vision, fc = s.fc;
  if (s.snap) {
    const v = snap[s.snap];
    if (!v) throw new Error("no snapshot " + s.snap);
    Object.assign(e, { context_window: v.max_input_tokens, max_output_tokens: v.max_output_tokens, cost_per_1k_input: perTokenTo1k(v.input_cost_per_token), cost_per_1k_output: perTokenTo1k(v.output_cost_per_token) });
    if (v.cache_read_input_token_cost !== undefined) e.cost_per_1k_cached_input = perTokenTo1k(v.cache_read_input_token_cost);
    vision ??= v.supports_vision === true || (lrow ? lrow.cells["Vision"] === "✅" : false);
    fc ??= v.supports_function_calling === true;
  }
  const { hardware, ...over } = (s.over ?? {}) as Record<string, unknown>;
  Object.assign(e, over);
  if (vision === undefined) vision = lrow?.cells["Vision"] === "✅";
  const stars = lrow ? countSymbol(lrow.cells["Quality"]!, "⭐")! : TIER_STARS[s.tier!];
  const bolts = lrow ? countSymbol(lrow.cells["Speed"]!, "⚡")! : TIER_BOLTS[s.tier!];
  if (stars === undefined || bolts === undefined) throw new Error("no score for " + s.id);
  const ordered: Record<string, unknown> = {};
  for (const k of ["id","provider","display_name","api_name","context_window","max_output_tokens","cost_per_1k_input","cost_per_1k_output","cost_per_1k_cached_input"]) if (e[k] !== undefined) ordered[k] = e[k];
  ordered.capabilities = { coding_score: starsToScore(stars), reasoning_score: starsToScore(stars), supports_vision: vision, supports_function_calling: fc ?? true };
  ordered.speed_rating = boltsToSpeed(bolts);
  ordered.status = s.status ?? "production";
  if (s.dep) ordered.deprecation = s.dep;
  if (hardware) ordered.hardware = hardware;
  if (lrow?.cells["Best For"]) ordered.best_for = lrow.cells["Best For"];
  if (s.notes) ordered.notes = s.notes;
  ordered.source = s.src;
  ordered.verified = V;
  return ordered;
});
process.stdout.write(entriesToYaml(out as never, { withKey: true }));
const aliases: Record<string, string> = {};
for (const s of specs) if (s.legacy && s.legacy !== s.id) aliases[s.legacy] = s.id;
aliases["azure-claude-3.5-sonnet"] = "claude-3-5-sonnet";
process.stdout.write("\n# Legacy registry IDs that are not registry IDs themselves, and the model each one resolves to.\naliases:\n");
for (const k of Object.keys(aliases).sort()) process.stdout.write(`  ${JSON.stringify(k).replace(/^"([A-Za-z0-9.\-]+)"$/, "$1")}: ${aliases[k]}\n`);
