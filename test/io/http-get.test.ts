import { requestJson, retryDelay } from "../../src/io/http-get";
import { sendJson, startLocalServer, type Handler, type LocalServer } from "../helpers/local-server";

let server: LocalServer | undefined;
afterEach(async () => {
  await server?.close();
  server = undefined;
});

async function serve(handler: Handler): Promise<LocalServer> {
  server = await startLocalServer(handler);
  return server;
}

const FAKE_KEY = "sk-test-FAKE-KEY-0123456789";

test("a JSON answer", async () => {
  const { url } = await serve((_request, response) => sendJson(response, { ok: true }));
  await expect(requestJson(`${url}/v1/models`)).resolves.toEqual({ ok: true });
});

test.each([500, 502, 503, 429])("HTTP %i is retried once, then the answer counts", async (status) => {
  const local = await serve((_request, response) =>
    local.requests.length === 1 ? sendJson(response, {}, status, { "retry-after": "0" }) : sendJson(response, { second: true }),
  );
  await expect(requestJson(`${local.url}/x`, { defaultRetryDelayMs: 0 })).resolves.toEqual({ second: true });
  expect(local.requests).toHaveLength(2);
});

test("only once: a second failure is reported", async () => {
  const local = await serve((_request, response) => sendJson(response, {}, 503));
  await expect(requestJson(`${local.url}/x`, { defaultRetryDelayMs: 0 })).rejects.toThrow(/\/x: HTTP 503 \(after one retry\)/);
  expect(local.requests).toHaveLength(2);
});

test("a Retry-After beyond the limit is not waited for", async () => {
  const local = await serve((_request, response) => sendJson(response, {}, 429, { "retry-after": "3600" }));
  await expect(requestJson(`${local.url}/x`, { maxRetryAfterMs: 1000 })).rejects.toThrow(/HTTP 429; it asked to retry later than the limit of 1 s/);
  expect(local.requests).toHaveLength(1);
});

test("Retry-After in seconds or as a date", () => {
  expect(retryDelay("2", {})).toBe(2000);
  expect(retryDelay(new Date(Date.UTC(2026, 0, 1, 0, 0, 5)).toUTCString(), {}, Date.UTC(2026, 0, 1))).toBe(5000);
  expect(retryDelay("60", { maxRetryAfterMs: 10_000 })).toBeUndefined();
  expect(retryDelay(undefined, { defaultRetryDelayMs: 250 })).toBe(250);
});

test.each([401, 403])("HTTP %i names the variable that holds no valid key, never the key", async (status) => {
  const { url } = await serve((request, response) => sendJson(response, { error: `bad key ${request.headers.authorization}` }, status));
  const error = await requestJson(`${url}/v1/models`, { headers: { authorization: `Bearer ${FAKE_KEY}` }, keyVariable: "OPENAI_API_KEY" }).catch(
    (e: Error) => e,
  );
  expect((error as Error).message).toMatch(/HTTP \d+: OPENAI_API_KEY holds no valid key for this API \(the key is not shown\)/);
  expect(JSON.stringify(error) + String(error) + (error as Error).stack).not.toContain(FAKE_KEY);
});

test("a redirect to another host is refused (the key is never sent there)", async () => {
  const { url } = await serve((_request, response) => {
    response.writeHead(302, { location: "http://localhost:1/steal" });
    response.end();
  });
  await expect(requestJson(`${url}/v1/models`)).rejects.toThrow(/redirected to another host \(http:\/\/localhost:1\): refused/);
});

test("a redirect on the same host is followed", async () => {
  const local = await serve((request, response) => {
    if (request.url === "/old") {
      response.writeHead(301, { location: "/new" });
      response.end();
    } else sendJson(response, { at: request.url });
  });
  await expect(requestJson(`${local.url}/old`)).resolves.toEqual({ at: "/new" });
});

test("a body over the cap is cut off and reported", async () => {
  const { url } = await serve((_request, response) => sendJson(response, { padding: "x".repeat(100_000) }));
  await expect(requestJson(`${url}/big`, { maxBytes: 10_000 })).rejects.toThrow(/larger than the limit of 10,000 bytes/);
});

test("a server that never answers times out", async () => {
  const { url } = await serve(() => {
    /* never answers */
  });
  await expect(requestJson(`${url}/slow`, { timeoutMs: 200 })).rejects.toThrow(/no complete answer within 0.2 s/);
});

test("an answer that is not JSON", async () => {
  const { url } = await serve((_request, response) => sendJson(response, "<html>", 200));
  await expect(requestJson(`${url}/html`)).rejects.toThrow(/the response is not JSON/);
});

test("errors show the URL without its query (where a key could be)", async () => {
  const { url } = await serve((_request, response) => sendJson(response, {}, 404));
  await expect(requestJson(`${url}/models?key=${FAKE_KEY}`)).rejects.toThrow(new RegExp(`^${url.replace(/[.:/]/g, "\\$&")}/models: HTTP 404$`));
});
