/**
 * The catalogue page's own script (ES2020, no library). It reads the registry from the page's
 * `<script type="application/json">`, builds every element with createElement and textContent (never HTML from
 * data), and shows invisible and bidi-control characters by name, as the markdown docs do. It is kept as text here,
 * not compiled from TypeScript, so the page comes out byte-identical whichever way the generator runs (tsx or the
 * built package); test/generator/docs/catalogue.browser.test.ts drives it in Chromium.
 *
 * Written without template literals and without the sequence that closes a script element.
 */
export const CATALOGUE_SCRIPT = String.raw`
"use strict";
(() => {
  performance.mark("catalogue-start");
  const DATA = JSON.parse(document.getElementById("catalogue-data").textContent);
  const PAGE_SIZE = 300;
  const STATUS_ORDER = ["production", "beta", "experimental", "deprecated"];
  const CONTEXT_STEPS = [4000, 8000, 16000, 32000, 64000, 128000, 200000, 256000, 400000, 1000000, 2000000, 10000000];
  const CAPABILITIES = [
    { id: "vision", label: "Vision", has: (e) => Boolean(e.capabilities && Array.isArray(e.capabilities.input) && e.capabilities.input.includes("image")) },
    { id: "tools", label: "Tools", has: (e) => Boolean(e.capabilities && e.capabilities.tool_calling === true) },
    { id: "structured", label: "Structured output", has: (e) => Boolean(e.capabilities && e.capabilities.structured_output === true) },
    { id: "reasoning", label: "Reasoning", has: (e) => Boolean(e.capabilities && e.capabilities.reasoning === true) },
  ];
  const TOKENS = new Intl.NumberFormat("en-US", { maximumFractionDigits: 0 });
  const USD = new Intl.NumberFormat("en-US", { minimumFractionDigits: 2, maximumFractionDigits: 6 });
  const PLAIN = new Intl.NumberFormat("en-US", { maximumFractionDigits: 6 });
  // Characters that hide or reorder text ("Trojan Source") are shown by name; C0 controls other than tab and line breaks too.
  const HIDDEN = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f\u00ad\u061c\u180e\u200b-\u200f\u2028-\u202e\u2060-\u2069\ufeff]/g;
  const LABELS = {
    input: "Input", output: "Output", cached_input: "Cached input", cache_write: "Cache write (5 min)", cache_write_1h: "Cache write (1 h)",
    above_input_tokens: "Above input tokens", applies_to: "Applies to", boundary: "Boundary", from: "From", until: "Until", note: "Note",
    multiplier: "Multiplier", tiers: "Long-context tiers", periods: "Price periods", service_tiers: "Service tiers", fees: "Fees",
    web_search_per_1k: "Web search per 1,000 calls", api_name: "API name", same_weights_as: "Same weights as", min_api_version: "Minimum API version",
    inference_profiles: "Inference profiles", requires_inference_profile: "Requires an inference profile", hardware: "Hardware",
    parameters_billion: "Parameters (billions)", download_size_gb: "Download size (GB)", min_ram_gb: "Minimum RAM (GB)", best_for: "Best for",
    self_reported: "Self-reported", coding: "Coding", reasoning: "Reasoning", basis: "Basis", benchmark: "Benchmark", results: "Results",
  };
  const SHOWN_IN_SECTIONS = new Set([
    "id", "provider", "display_name", "kind", "status", "context_window", "max_input_tokens", "max_output_tokens", "pricing", "capabilities",
    "release_date", "deprecation_date", "shutdown_date", "earliest_shutdown_date", "replaced_by", "replacement_note", "scores", "benchmarks",
    "speed_rating", "notes", "sources", "verified",
  ]);

  const $ = (id) => document.getElementById(id);
  const shown = (value) =>
    String(value).replace(HIDDEN, (c) => "<U+" + c.charCodeAt(0).toString(16).toUpperCase().padStart(4, "0") + ">");
  const isObject = (value) => value !== null && typeof value === "object" && !Array.isArray(value);
  const compareText = (a, b) => (a < b ? -1 : a > b ? 1 : 0);
  const labelOf = (key) => LABELS[key] || (key.charAt(0).toUpperCase() + key.slice(1)).replace(/_/g, " ");

  /** An element; text children are set as text, never parsed. Attributes come from this script, never from data. */
  function el(tag, attributes, ...children) {
    const node = document.createElement(tag);
    for (const [name, value] of Object.entries(attributes || {})) {
      if (value === undefined || value === null || value === false) continue;
      if (name === "class") node.className = value;
      else node.setAttribute(name, value === true ? "" : String(value));
    }
    append(node, children);
    return node;
  }
  function append(node, child) {
    if (child === undefined || child === null || child === false) return;
    if (Array.isArray(child)) for (const item of child) append(node, item);
    else if (child instanceof Node) node.appendChild(child);
    else node.appendChild(document.createTextNode(shown(child)));
  }

  // ---- the data ----

  const providers = new Map(DATA.providers.map((provider) => [provider.id, provider]));
  const models = DATA.models.map((entry) => ({ entry, kind: typeof entry.kind === "string" ? entry.kind : "chat", aliases: [], replaces: [], row: null, link: null }));
  const byId = new Map(models.map((model) => [model.entry.id, model]));
  for (const [alias, target] of DATA.aliases) if (byId.has(target)) byId.get(target).aliases.push(alias);
  for (const model of models) {
    const target = byId.get(model.entry.replaced_by);
    if (target) target.replaces.push(model.entry.id);
    model.providerName = providers.has(model.entry.provider) ? providers.get(model.entry.provider).display_name : model.entry.provider;
    model.haystack = [model.entry.id, model.entry.display_name, model.entry.api_name || ""].concat(model.aliases).join("\n").toLowerCase();
  }

  const price = (entry, key) => (entry.pricing && typeof entry.pricing[key] === "number" ? entry.pricing[key] : undefined);
  const scheduled = (entry) => Boolean(entry.pricing && (entry.pricing.tiers || entry.pricing.periods));
  const statusRank = (status) => (STATUS_ORDER.includes(status) ? STATUS_ORDER.indexOf(status) : STATUS_ORDER.length);

  const COLUMNS = [
    { key: "id", label: "Model", value: (m) => m.entry.id, cell: modelCell, cls: "model" },
    { key: "name", label: "Name", value: (m) => m.entry.display_name.toLowerCase(), hidden: true },
    { key: "provider", label: "Provider", value: (m) => m.providerName.toLowerCase(), cell: (m) => m.providerName },
    { key: "kind", label: "Kind", value: (m) => m.kind, cell: (m) => m.kind },
    { key: "status", label: "Status", value: (m) => statusRank(m.entry.status), cell: (m) => el("span", { class: "badge status-" + m.entry.status }, m.entry.status) },
    { key: "context", label: "Context", num: true, value: (m) => m.entry.context_window, cell: (m) => tokens(m.entry.context_window) },
    { key: "input", label: "Input $/1M", num: true, value: (m) => price(m.entry, "input"), cell: (m) => priceCell(m.entry, "input") },
    { key: "output", label: "Output $/1M", num: true, value: (m) => price(m.entry, "output"), cell: (m) => priceCell(m.entry, "output") },
    { key: "release", label: "Released", value: (m) => m.entry.release_date, cell: (m) => m.entry.release_date || "–" },
    { key: "shutdown", label: "Shutdown", value: (m) => m.entry.shutdown_date, cell: (m) => m.entry.shutdown_date || "–" },
  ];
  const TABLE_COLUMNS = COLUMNS.filter((column) => !column.hidden);

  function tokens(value) {
    return typeof value === "number" ? TOKENS.format(value) : "–";
  }
  function usd(value) {
    return "$" + USD.format(value === 0 ? 0 : value);
  }
  function priceCell(entry, key) {
    const value = price(entry, key);
    if (value === undefined) return "–";
    return scheduled(entry) ? usd(value) + " †" : usd(value);
  }
  function modelLink(id) {
    return el("a", { href: "#model=" + encodeURIComponent(id), class: "id" }, id);
  }
  function modelCell(model) {
    model.link = modelLink(model.entry.id);
    return [model.link, el("span", { class: "name" }, model.entry.display_name)];
  }

  // ---- filters, sort, list ----

  const state = { query: [], provider: "", kind: "", status: "", minContext: 0, capabilities: [], sort: "id", descending: false, limit: PAGE_SIZE };
  const controls = {
    search: $("search"), provider: $("provider"), kind: $("kind"), status: $("status"), context: $("context"),
    sort: $("sort"), order: $("order"), clear: $("clear"), capabilities: $("capabilities"),
  };

  function countBy(values) {
    const counts = new Map();
    for (const value of values) counts.set(value, (counts.get(value) || 0) + 1);
    return counts;
  }
  function fillSelect(select, everything, options) {
    select.replaceChildren(el("option", { value: "" }, everything), ...options.map(([value, label]) => el("option", { value }, label)));
  }
  function buildControls() {
    const providerCounts = countBy(models.map((m) => m.entry.provider));
    const providerOptions = [...providerCounts.keys()]
      .map((id) => [id, (providers.has(id) ? providers.get(id).display_name : id) + " (" + providerCounts.get(id) + ")"])
      .sort((a, b) => compareText(a[1].toLowerCase(), b[1].toLowerCase()));
    fillSelect(controls.provider, "All providers", providerOptions);
    const kinds = countBy(models.map((m) => m.kind));
    fillSelect(controls.kind, "All kinds", [...kinds.keys()].sort(compareText).map((kind) => [kind, kind + " (" + kinds.get(kind) + ")"]));
    const statuses = countBy(models.map((m) => m.entry.status));
    const statusList = [...statuses.keys()].sort((a, b) => statusRank(a) - statusRank(b) || compareText(a, b));
    fillSelect(controls.status, "Any status", statusList.map((status) => [status, status + " (" + statuses.get(status) + ")"]));
    const largest = Math.max(0, ...models.map((m) => (typeof m.entry.context_window === "number" ? m.entry.context_window : 0)));
    fillSelect(controls.context, "Any context", CONTEXT_STEPS.filter((step) => step <= largest).map((step) => [String(step), "≥ " + TOKENS.format(step) + " tokens"]));
    controls.capabilities.replaceChildren(
      el("legend", null, "Capabilities"),
      ...CAPABILITIES.map((capability) => el("label", null, el("input", { type: "checkbox", value: capability.id, id: "cap-" + capability.id }), capability.label)),
    );
    controls.sort.replaceChildren(...COLUMNS.map((column) => el("option", { value: column.key }, column.key === "id" ? "ID" : column.label)));
    // Explicit roles: the list's rows are laid out as grids (so rows off screen skip layout), which must not cost
    // the table its meaning to assistive technology.
    const header = el("tr", { role: "row" }, TABLE_COLUMNS.map((column) =>
      el("th", { scope: "col", role: "columnheader", class: column.num ? "num" : null, "data-key": column.key },
        el("button", { type: "button", "data-sort": column.key }, column.label))));
    $("results-head").replaceChildren(header);
  }

  function readControls() {
    state.query = controls.search.value.toLowerCase().split(/\s+/).filter(Boolean);
    state.provider = controls.provider.value;
    state.kind = controls.kind.value;
    state.status = controls.status.value;
    state.minContext = Number(controls.context.value) || 0;
    state.capabilities = CAPABILITIES.filter((capability) => $("cap-" + capability.id).checked);
    state.sort = controls.sort.value || "id";
    state.descending = controls.order.value === "desc";
  }

  function matches(model) {
    const entry = model.entry;
    if (state.provider && entry.provider !== state.provider) return false;
    if (state.kind && model.kind !== state.kind) return false;
    if (state.status && entry.status !== state.status) return false;
    if (state.minContext && !(entry.context_window >= state.minContext)) return false;
    for (const capability of state.capabilities) if (!capability.has(entry)) return false;
    for (const term of state.query) if (!model.haystack.includes(term)) return false;
    return true;
  }

  /**
   * Every model in the order of the current sort: missing values last in either direction, ties by ID. Kept until
   * the sort changes, so a search or a filter only walks it.
   */
  let ordered = { key: "", descending: false, models: [] };
  function inSortOrder() {
    if (ordered.key === state.sort && ordered.descending === state.descending) return ordered.models;
    const column = COLUMNS.find((candidate) => candidate.key === state.sort) || COLUMNS[0];
    const sign = state.descending ? -1 : 1;
    const keyed = models.map((model) => {
      const value = column.value(model);
      return { model, value, missing: value === undefined || value === null || value === "" };
    });
    keyed.sort((a, b) => {
      if (a.missing !== b.missing) return a.missing ? 1 : -1;
      const order = a.missing ? 0 : sign * compareText(a.value, b.value);
      return order || compareText(a.model.entry.id, b.model.entry.id);
    });
    ordered = { key: state.sort, descending: state.descending, models: keyed.map((item) => item.model) };
    return ordered.models;
  }

  function rowOf(model) {
    if (model.row) return model.row;
    model.row = el("tr", { role: "row" }, TABLE_COLUMNS.map((column) =>
      el("td", { role: "cell",  class: [column.num ? "num" : "", column.cls || ""].join(" ").trim() || null, "data-label": column.label }, column.cell(model))));
    return model.row;
  }

  function render() {
    const found = inSortOrder().filter(matches);
    const visible = found.slice(0, state.limit);
    const body = $("results-body");
    if (visible.length === 0) {
      body.replaceChildren(el("tr", { role: "row" }, el("td", { role: "cell", class: "empty", colspan: TABLE_COLUMNS.length }, "No model matches. Clear the search or a filter.")));
    } else {
      body.replaceChildren(...visible.map(rowOf));
    }
    const total = models.length;
    const counted = found.length === total ? total + " models" : found.length + " of " + total + " models match";
    $("count").textContent = visible.length < found.length ? counted + "; showing the first " + visible.length : counted;
    const more = $("more");
    more.hidden = visible.length >= found.length;
    more.textContent = "Show " + Math.min(PAGE_SIZE, found.length - visible.length) + " more";
    for (const th of $("results-head").querySelectorAll("th")) {
      const key = th.getAttribute("data-key");
      if (key === state.sort) th.setAttribute("aria-sort", state.descending ? "descending" : "ascending");
      else th.removeAttribute("aria-sort");
    }
  }

  function update() {
    readControls();
    state.limit = PAGE_SIZE;
    render();
  }

  /** Rows not shown yet are built while the browser is idle, so the first search that shows them does not wait. */
  function buildRowsWhenIdle() {
    const pending = models.filter((model) => !model.row);
    const later = window.requestIdleCallback || ((callback) => setTimeout(() => callback({ timeRemaining: () => 8 }), 50));
    const step = (deadline) => {
      while (pending.length > 0 && deadline.timeRemaining() > 2) rowOf(pending.pop());
      if (pending.length > 0) later(step);
      else performance.mark("catalogue-rows-built");
    };
    later(step);
  }

  // ---- one model ----

  function section(title, ...content) {
    return el("section", null, el("h3", null, title), content);
  }
  function definitions(pairs) {
    const shownPairs = pairs.filter((pair) => pair[1] !== undefined);
    if (shownPairs.length === 0) return el("p", { class: "muted" }, "Not stated.");
    return el("dl", null, shownPairs.map(([term, value]) => [el("dt", null, term), el("dd", null, value)]));
  }
  function sourceLine(text, verified) {
    const parts = ["Source: ", text === undefined ? "not stated" : text];
    if (verified) parts.push(" (verified " + verified + ")");
    return el("p", { class: "source" }, parts);
  }
  function numberText(key, value, context) {
    if (key === "multiplier") return "× " + PLAIN.format(value);
    if (/tokens$|^context_window$/.test(key)) return TOKENS.format(value);
    if (context === "pricing") return usd(value);
    return PLAIN.format(value);
  }
  /** Any value, whatever fields a future schema adds: text, lists, tables of objects, nested definitions. */
  function valueNode(value, key, context) {
    if (value === undefined || value === null) return "–";
    if (typeof value === "boolean") return value ? "yes" : "no";
    if (typeof value === "number") return numberText(key, value, context);
    if (typeof value === "string") return value;
    if (Array.isArray(value)) {
      if (value.every((item) => !isObject(item) && !Array.isArray(item))) return value.map((item) => (typeof item === "number" ? numberText(key, item, context) : String(item))).join(", ");
      if (value.every(isObject)) return objectTable(value, context);
      return el("ul", null, value.map((item) => el("li", null, valueNode(item, key, context))));
    }
    return definitions(Object.keys(value).map((inner) => [labelOf(inner), valueNode(value[inner], inner, context)]));
  }
  function objectTable(rows, context) {
    const keys = [];
    for (const row of rows) for (const key of Object.keys(row)) if (!keys.includes(key)) keys.push(key);
    return el("div", { class: "table-wrap" }, el("table", null,
      el("thead", null, el("tr", null, keys.map((key) => el("th", { scope: "col" }, labelOf(key))))),
      el("tbody", null, rows.map((row) => el("tr", null, keys.map((key) => el("td", { "data-label": labelOf(key) }, valueNode(row[key], key, context))))))));
  }

  function pricingNodes(pricing) {
    if (!isObject(pricing)) return [el("p", { class: "muted" }, "No price stated.")];
    const flat = [];
    const nested = [];
    for (const key of Object.keys(pricing)) {
      const value = pricing[key];
      if (key === "service_tiers" && isObject(value)) {
        nested.push(el("h4", null, labelOf(key)), objectTable(Object.keys(value).map((tier) => Object.assign({ tier }, isObject(value[tier]) ? value[tier] : { value: value[tier] })), "pricing"));
      } else if (isObject(value) || Array.isArray(value)) {
        nested.push(el("h4", null, labelOf(key)), valueNode(value, key, "pricing"));
      } else {
        flat.push([labelOf(key), valueNode(value, key, "pricing")]);
      }
    }
    return [el("p", { class: "muted" }, "USD per 1M tokens unless a field names another unit."), definitions(flat), nested];
  }

  /** The replaced_by chain from this model to its end, stopping at a model already seen. */
  function replacementChain(model) {
    const chain = [];
    const seen = new Set([model.entry.id]);
    let next = model.entry.replaced_by;
    while (typeof next === "string" && !seen.has(next)) {
      seen.add(next);
      chain.push(next);
      next = byId.has(next) ? byId.get(next).entry.replaced_by : undefined;
    }
    return chain;
  }
  function idList(ids) {
    return ids.length === 0 ? undefined : ids.flatMap((id, index) => (index === 0 ? [modelLink(id)] : [", ", modelLink(id)]));
  }

  function lifecycleNodes(model) {
    const entry = model.entry;
    const chain = replacementChain(model);
    const chainNode = chain.length === 0
      ? undefined
      : el("ol", { class: "chain" }, chain.map((id, index) => {
          const target = byId.get(id);
          return el("li", null, byId.has(id) ? modelLink(id) : el("code", null, id), target ? " (" + target.entry.status + ")" : " (not in this registry)", index === chain.length - 1 ? ": move to this one" : "");
        }));
    return [
      definitions([
        ["Status", el("span", { class: "badge status-" + entry.status }, entry.status)],
        ["Released", entry.release_date],
        ["Deprecated", entry.deprecation_date],
        ["Shutdown", entry.shutdown_date],
        ["Earliest shutdown", entry.earliest_shutdown_date],
        ["Replaced by", chainNode],
        ["Replacement note", entry.replacement_note],
        ["Replaces", idList(model.replaces.slice().sort(compareText))],
      ]),
    ];
  }

  function providerNodes(model) {
    const provider = providers.get(model.entry.provider);
    if (!provider) return [el("p", null, model.entry.provider)];
    const env = provider.env || {};
    const required = (env.required || []).map((item) => (Array.isArray(item) ? item.join(" or ") : item)).join(", ");
    const docs = typeof provider.docs_url === "string" && /^https?:\/\//i.test(provider.docs_url)
      ? el("a", { href: provider.docs_url, rel: "noopener noreferrer" }, provider.docs_url)
      : provider.docs_url;
    return [definitions([
      ["Provider", [provider.display_name, " (", el("code", null, provider.id), ")"]],
      ["Base URL", el("code", null, provider.base_url)],
      ["Auth", provider.auth ? provider.auth.type : undefined],
      ["Required environment", required || "none"],
      ["Optional environment", (env.optional || []).join(", ") || undefined],
      ["Docs", docs],
    ])];
  }

  function detailNodes(model) {
    const entry = model.entry;
    const sources = isObject(entry.sources) ? entry.sources : {};
    const sourceOf = (group) => (sources[group] !== undefined ? sources[group] : sources.all);
    const other = Object.keys(entry).filter((key) => !SHOWN_IN_SECTIONS.has(key));
    const scores = isObject(entry.scores) ? entry.scores : {};
    const benchmarks = isObject(entry.benchmarks) ? Object.keys(entry.benchmarks).map((name) => Object.assign({ benchmark: name }, entry.benchmarks[name])) : [];
    return [
      el("p", null, el("code", null, entry.id), " · ", model.providerName, " · ", model.kind, " · ", el("span", { class: "badge status-" + entry.status }, entry.status),
        entry.verified ? " · figures verified " + entry.verified : ""),
      section("Limits",
        definitions([
          ["Context window", entry.context_window === undefined ? undefined : tokens(entry.context_window) + " tokens (input + output)"],
          ["Max input tokens", entry.max_input_tokens === undefined ? undefined : tokens(entry.max_input_tokens)],
          ["Max output tokens", entry.max_output_tokens === undefined ? undefined : tokens(entry.max_output_tokens)],
        ]),
        sourceLine(sourceOf("limits"), entry.verified)),
      section("Prices", pricingNodes(entry.pricing), sourceLine(sourceOf("pricing"), entry.verified),
        sources.fees !== undefined ? el("p", { class: "source" }, "Fees source: ", sources.fees) : null),
      section("Capabilities",
        definitions(isObject(entry.capabilities) ? [
          ["Input", valueNode(entry.capabilities.input, "input", "capabilities")],
          ["Output", valueNode(entry.capabilities.output, "output", "capabilities")],
          ["Tool calling", valueNode(entry.capabilities.tool_calling)],
          ["Structured output", entry.capabilities.structured_output === undefined ? "not stated" : valueNode(entry.capabilities.structured_output)],
          ["Reasoning", entry.capabilities.reasoning === undefined ? "not stated" : valueNode(entry.capabilities.reasoning)],
        ] : []),
        sourceLine(sourceOf("capabilities"), entry.verified)),
      section("Lifecycle", lifecycleNodes(model), sourceLine(sourceOf("lifecycle"), entry.verified),
        sources.release_date !== undefined ? el("p", { class: "source" }, "Release date source: ", sources.release_date) : null),
      section("Aliases that resolve to it", model.aliases.length === 0 ? el("p", { class: "muted" }, "None.") : el("ul", null, model.aliases.map((alias) => el("li", null, el("code", null, alias))))),
      section("Scores",
        definitions(Object.keys(scores).map((key) => [labelOf(key), valueNode(scores[key], key, "scores")]).concat([["Speed rating (0–10)", entry.speed_rating === undefined ? undefined : valueNode(entry.speed_rating)]])),
        benchmarks.length === 0 ? null : [el("h4", null, "Benchmarks"), objectTable(benchmarks, "benchmarks")],
        sourceLine(sourceOf("scores"), entry.verified)),
      other.length === 0 ? null : section("Other figures", definitions(other.map((key) => [labelOf(key), valueNode(entry[key], key, key)]))),
      section("Provider", providerNodes(model)),
      entry.notes === undefined ? null : section("Notes", el("p", { class: "notes" }, entry.notes)),
      section("Sources", definitions(Object.keys(sources).map((group) => [group, sources[group]]).concat([["Verified", entry.verified]]))),
    ];
  }

  const dialog = $("detail");
  let opener = null;
  function openDetail(id) {
    const model = byId.get(id);
    if (!model) {
      closeDetail();
      $("count").textContent = "No model with the ID " + shown(id) + ".";
      return;
    }
    if (!dialog.open) opener = document.activeElement;
    $("detail-title").textContent = shown(model.entry.display_name);
    $("detail-body").replaceChildren(...detailNodes(model).filter(Boolean));
    if (!dialog.open) dialog.showModal();
    $("detail-body").scrollTop = 0;
    dialog.scrollTop = 0;
  }
  function closeDetail() {
    if (dialog.open) dialog.close();
  }
  function route() {
    const hash = location.hash;
    if (!hash.startsWith("#model=")) return closeDetail();
    let id;
    try {
      id = decodeURIComponent(hash.slice("#model=".length));
    } catch (error) {
      return closeDetail();
    }
    openDetail(id);
  }
  dialog.addEventListener("close", () => {
    if (location.hash.startsWith("#model=")) {
      try {
        history.replaceState(null, "", location.href.split("#")[0]);
      } catch (error) {
        location.hash = "";
      }
    }
    const target = opener && document.contains(opener) ? opener : controls.search;
    opener = null;
    target.focus();
  });
  $("detail-close").addEventListener("click", closeDetail);

  // ---- wiring ----

  buildControls();
  for (const control of [controls.provider, controls.kind, controls.status, controls.context, controls.sort, controls.order]) control.addEventListener("change", update);
  controls.search.addEventListener("input", update);
  controls.capabilities.addEventListener("change", update);
  $("filters").addEventListener("submit", (event) => event.preventDefault());
  controls.clear.addEventListener("click", () => {
    controls.search.value = "";
    for (const select of [controls.provider, controls.kind, controls.status, controls.context]) select.value = "";
    for (const box of controls.capabilities.querySelectorAll("input")) box.checked = false;
    update();
    controls.search.focus();
  });
  $("results-head").addEventListener("click", (event) => {
    const button = event.target.closest("button[data-sort]");
    if (!button) return;
    const key = button.getAttribute("data-sort");
    controls.order.value = key === state.sort && !state.descending ? "desc" : "asc";
    controls.sort.value = key;
    update();
  });
  $("more").addEventListener("click", () => {
    const first = state.limit;
    state.limit += PAGE_SIZE;
    render();
    const rows = $("results-body").rows;
    if (rows[first]) rows[first].querySelector("a").focus();
  });
  document.addEventListener("keydown", (event) => {
    const typing = event.target instanceof HTMLInputElement || event.target instanceof HTMLSelectElement || event.target instanceof HTMLTextAreaElement;
    if (event.key === "/" && !typing && !dialog.open && !event.ctrlKey && !event.metaKey && !event.altKey) {
      event.preventDefault();
      controls.search.focus();
    }
  });
  window.addEventListener("hashchange", route);
  update();
  route();
  buildRowsWhenIdle();
  // What npm run bench reads: the page is interactive from here on.
  performance.mark("catalogue-ready");
  document.documentElement.setAttribute("data-ready", "true");
})();
`.trim();
