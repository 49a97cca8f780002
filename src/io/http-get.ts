import { request as httpRequest, type IncomingMessage } from "node:http";
import { request as httpsRequest } from "node:https";

/**
 * A bounded JSON request for the list-models APIs: every attempt has a deadline, one retry on 5xx/429 (after the
 * server's Retry-After when it is within a limit), redirects only on the same host, bodies capped. Errors name the
 * URL (never a header, so never a key) and what to do; 401/403 name the environment variable whose key was refused.
 */
export interface HttpRequestOptions {
  method?: "GET" | "POST";
  headers?: Readonly<Record<string, string>>;
  /** A JSON body (Ollama's /api/show is a POST). */
  body?: string;
  /** Per attempt, headers and body included. Default 15 s. */
  timeoutMs?: number;
  /** Largest body read. Default 16 MB. */
  maxBytes?: number;
  /** The longest Retry-After honoured; a server asking for more is not retried. Default 10 s. */
  maxRetryAfterMs?: number;
  /** Wait before the retry when the server names none. Default 1 s. */
  defaultRetryDelayMs?: number;
  /** The environment variable the credentials came from: named when the server refuses them. */
  keyVariable?: string;
}

const DEFAULT_HTTP_TIMEOUT_MS = 15_000;
const DEFAULT_HTTP_MAX_BYTES = 16 * 1024 * 1024;
const MAX_REDIRECTS = 3;

export class HttpError extends Error {
  constructor(
    readonly url: string,
    readonly reason: string,
    readonly status?: number,
  ) {
    super(`${url}: ${reason}`);
    this.name = "HttpError";
  }
}

interface Response {
  status: number;
  headers: IncomingMessage["headers"];
  body: string;
}

export async function requestJson(url: string, options: HttpRequestOptions = {}): Promise<unknown> {
  const response = await requestWithRetry(url, options);
  try {
    return JSON.parse(response.body);
  } catch (error) {
    throw new HttpError(displayUrl(url), `the response is not JSON (${(error as Error).message})`, response.status);
  }
}

async function requestWithRetry(url: string, options: HttpRequestOptions): Promise<Response> {
  const first = await followRedirects(url, options);
  if (!retryable(first.status)) return checked(url, first, options);
  const delay = retryDelay(first.headers["retry-after"], options);
  if (delay === undefined) return checked(url, first, options, `; it asked to retry later than the limit of ${(options.maxRetryAfterMs ?? 10_000) / 1000} s`);
  await new Promise((resolve) => setTimeout(resolve, delay));
  return checked(url, await followRedirects(url, options), options, " (after one retry)");
}

function retryable(status: number): boolean {
  return status === 429 || status >= 500;
}

/** Retry-After in seconds or as an HTTP date; undefined when beyond the limit. */
export function retryDelay(
  header: string | string[] | undefined,
  options: Pick<HttpRequestOptions, "maxRetryAfterMs" | "defaultRetryDelayMs">,
  now = Date.now(),
): number | undefined {
  const limit = options.maxRetryAfterMs ?? 10_000;
  const text = Array.isArray(header) ? header[0] : header;
  let delay = options.defaultRetryDelayMs ?? 1000;
  if (text !== undefined && /^\s*\d+\s*$/.test(text)) delay = Number(text) * 1000;
  else if (text !== undefined && !Number.isNaN(Date.parse(text))) delay = Math.max(0, Date.parse(text) - now);
  return delay > limit ? undefined : Math.min(delay, limit);
}

function checked(url: string, response: Response, options: HttpRequestOptions, suffix = ""): Response {
  if (response.status >= 200 && response.status < 300) return response;
  if ((response.status === 401 || response.status === 403) && options.keyVariable !== undefined) {
    throw new HttpError(
      displayUrl(url),
      `HTTP ${response.status}: ${options.keyVariable} holds no valid key for this API (the key is not shown)`,
      response.status,
    );
  }
  throw new HttpError(displayUrl(url), `HTTP ${response.status}${suffix}`, response.status);
}

async function followRedirects(url: string, options: HttpRequestOptions): Promise<Response> {
  let current = new URL(url);
  for (let hop = 0; ; hop++) {
    const response = await once(current, options);
    if (response.status < 300 || response.status >= 400 || response.status === 304) return response;
    const location = response.headers.location;
    if (location === undefined) return response;
    const next = new URL(location, current);
    if (next.host !== current.host || next.protocol !== current.protocol) {
      throw new HttpError(
        displayUrl(url),
        `redirected to another host (${next.protocol}//${next.host}): refused, the credentials are only for ${current.host}`,
        response.status,
      );
    }
    if (hop >= MAX_REDIRECTS) throw new HttpError(displayUrl(url), `more than ${MAX_REDIRECTS} redirects`, response.status);
    current = next;
  }
}

function once(url: URL, options: HttpRequestOptions): Promise<Response> {
  const timeoutMs = options.timeoutMs ?? DEFAULT_HTTP_TIMEOUT_MS;
  const maxBytes = options.maxBytes ?? DEFAULT_HTTP_MAX_BYTES;
  const request = url.protocol === "https:" ? httpsRequest : url.protocol === "http:" ? httpRequest : undefined;
  if (request === undefined) return Promise.reject(new HttpError(displayUrl(url.href), `unsupported protocol ${url.protocol}`));
  return new Promise<Response>((resolve, reject) => {
    const headers: Record<string, string> = { accept: "application/json", ...options.headers };
    if (options.body !== undefined) headers["content-type"] = "application/json";
    const req = request(url, { method: options.method ?? "GET", headers });
    const fail = (reason: string): void => {
      clearTimeout(timer);
      req.destroy();
      reject(new HttpError(displayUrl(url.href), reason));
    };
    const timer = setTimeout(() => fail(`no complete answer within ${timeoutMs / 1000} s`), timeoutMs);
    req.on("error", (error: NodeJS.ErrnoException) => fail(`request failed (${error.code ?? error.message})`));
    req.on("response", (response) => {
      const chunks: Buffer[] = [];
      let size = 0;
      response.on("data", (chunk: Buffer) => {
        size += chunk.length;
        if (size > maxBytes) return fail(`the response is larger than the limit of ${maxBytes.toLocaleString("en-US")} bytes`);
        chunks.push(chunk);
      });
      response.on("error", (error: NodeJS.ErrnoException) => fail(`the response broke off (${error.code ?? error.message})`));
      response.on("end", () => {
        clearTimeout(timer);
        resolve({ status: response.statusCode ?? 0, headers: response.headers, body: Buffer.concat(chunks).toString("utf8") });
      });
    });
    req.end(options.body);
  });
}

/** The URL without credentials or query: what an error may show. */
function displayUrl(url: string): string {
  try {
    const parsed = new URL(url);
    return `${parsed.protocol}//${parsed.host}${parsed.pathname}`;
  } catch {
    return "(an invalid URL)";
  }
}
