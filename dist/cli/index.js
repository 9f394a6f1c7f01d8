import { createRequire as __gantryCreateRequire } from 'node:module'; const require = __gantryCreateRequire(import.meta.url);

// src/core/errors.ts
var ConfigurationError = class extends Error {
  name = "ConfigurationError";
  /** The input (or config key) at fault, when there is one. */
  input;
  constructor(message, input) {
    super(input === void 0 ? message : `Input '${input}': ${message}`);
    this.input = input;
  }
};
var isConfigurationError = (error) => error instanceof ConfigurationError;
var StepFailure = class extends Error {
  name = "StepFailure";
};

// src/cli/commands/smoke.ts
import { parseArgs } from "node:util";

// src/adapters/http-probe.ts
import http from "node:http";
import https from "node:https";
var BODY_READ_LIMIT = 1024 * 1024;
var describeError = (error, url) => {
  switch (error.code) {
    case "ECONNREFUSED":
      return `connection refused by ${url.host}`;
    case "ECONNRESET":
      return `connection reset by ${url.host}`;
    case "ENOTFOUND":
    case "EAI_AGAIN":
      return `host ${url.hostname} not found`;
    case "DEPTH_ZERO_SELF_SIGNED_CERT":
    case "SELF_SIGNED_CERT_IN_CHAIN":
    case "UNABLE_TO_VERIFY_LEAF_SIGNATURE":
    case "ERR_TLS_CERT_ALTNAME_INVALID":
    case "CERT_HAS_EXPIRED":
      return `TLS certificate not trusted (${error.code}: ${error.message}); set insecure: true only for a test host`;
    default:
      return error.code === void 0 ? error.message : `${error.code}: ${error.message}`;
  }
};
function probe(target, timeoutMs, options) {
  const url = new URL(target.url);
  const started = performance.now();
  const latency = () => performance.now() - started;
  return new Promise((resolve) => {
    let settled = false;
    const finish = (result) => {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      options.signal?.removeEventListener("abort", onAbort);
      resolve(result);
    };
    const transport = url.protocol === "https:" ? https : http;
    const request = transport.request(url, {
      method: target.method,
      headers: { "user-agent": "gantry-smoke", ...options.headers },
      agent: false,
      ...url.protocol === "https:" ? { rejectUnauthorized: !options.insecure } : {}
    });
    const timer = setTimeout(() => {
      finish({
        kind: "error",
        latencyMs: latency(),
        message: `no answer within ${Math.round(timeoutMs)} ms`
      });
      request.destroy();
    }, timeoutMs);
    const onAbort = () => {
      finish({ kind: "error", latencyMs: latency(), message: "cancelled" });
      request.destroy();
    };
    options.signal?.addEventListener("abort", onAbort, { once: true });
    request.on(
      "error",
      (error) => finish({ kind: "error", latencyMs: latency(), message: describeError(error, url) })
    );
    request.on("response", (response) => {
      const chunks = [];
      let size = 0;
      const done = () => {
        const retryAfter = response.headers["retry-after"];
        finish({
          kind: "response",
          status: response.statusCode ?? 0,
          latencyMs: latency(),
          body: Buffer.concat(chunks).toString("utf8"),
          ...typeof retryAfter === "string" ? { retryAfter } : {}
        });
        response.destroy();
      };
      response.on("data", (chunk) => {
        if (size >= BODY_READ_LIMIT) return;
        chunks.push(chunk.subarray(0, BODY_READ_LIMIT - size));
        size += chunk.length;
        if (size >= BODY_READ_LIMIT) done();
      });
      response.on("end", done);
      response.on(
        "error",
        (error) => finish({ kind: "error", latencyMs: latency(), message: describeError(error, url) })
      );
    });
    request.end();
  });
}
function liveSmokeEffects(options, log) {
  return {
    probe: (target, timeoutMs) => probe(target, timeoutMs, options),
    now: () => performance.now(),
    sleep: (ms) => new Promise((resolve) => {
      const wake = () => {
        clearTimeout(timer);
        options.signal?.removeEventListener("abort", wake);
        resolve();
      };
      const timer = setTimeout(wake, ms);
      options.signal?.addEventListener("abort", wake, { once: true });
    }),
    aborted: () => options.signal?.aborted === true,
    random: Math.random,
    ...log === void 0 ? {} : { log }
  };
}

// src/core/smoke/backoff.ts
function retryDelay(failures, intervalMs, maxIntervalMs, random, retryAfterMs) {
  const exponent = Math.max(0, failures - 1);
  const base = Math.min(intervalMs * 2 ** Math.min(exponent, 30), maxIntervalMs);
  const jittered = base / 2 + base / 2 * Math.min(Math.max(random, 0), 1);
  if (retryAfterMs !== void 0 && retryAfterMs > jittered) return Math.min(retryAfterMs, maxIntervalMs * 2);
  return Math.round(jittered);
}

// src/core/smoke/json-subset.ts
function isJsonSubset(expected, actual) {
  if (Array.isArray(expected)) {
    return Array.isArray(actual) && expected.length <= actual.length && expected.every((item, index) => isJsonSubset(item, actual[index]));
  }
  if (expected !== null && typeof expected === "object") {
    if (actual === null || typeof actual !== "object" || Array.isArray(actual)) return false;
    const record = actual;
    return Object.entries(expected).every(
      ([key, value]) => Object.hasOwn(record, key) && isJsonSubset(value, record[key])
    );
  }
  return expected === actual;
}

// src/core/smoke/status-spec.ts
function parseStatusSpec(name, raw) {
  const ranges = [];
  for (const part of raw.split(/[,\s]+/).filter((p) => p !== "")) {
    const match = /^(\d{3})(?:-(\d{3}))?$/.exec(part);
    const low = Number(match?.[1]);
    const high = match?.[2] === void 0 ? low : Number(match[2]);
    if (match === null || low < 100 || high > 599 || low > high) {
      throw new ConfigurationError(
        `expected status codes or ranges such as 200,204 or 200-299, got ${JSON.stringify(part)}`,
        name
      );
    }
    ranges.push([low, high]);
  }
  if (ranges.length === 0) throw new ConfigurationError("expected at least one status code", name);
  return ranges;
}
var statusMatches = (spec, status) => spec.some(([low, high]) => status >= low && status <= high);
var formatStatusSpec = (spec) => spec.map(([low, high]) => low === high ? `${low}` : `${low}-${high}`).join(",");

// src/core/smoke/verdict.ts
var BODY_EXCERPT_LIMIT = 1024;
function excerpt(body, limit = BODY_EXCERPT_LIMIT) {
  const flat = body.replace(/\s+/g, " ").trim();
  return flat.length > limit ? `${flat.slice(0, limit)}\u2026 (${flat.length - limit} more characters)` : flat;
}
function parseRetryAfter(value, nowMs) {
  if (value === void 0 || value.trim() === "") return void 0;
  if (/^\d+$/.test(value.trim())) return Number(value.trim()) * 1e3;
  const date = Date.parse(value);
  return Number.isNaN(date) ? void 0 : Math.max(0, date - nowMs);
}
function judge(result, expect, nowMs) {
  if (result.kind === "error") return { ok: false, reason: result.message };
  const { status } = result;
  if (!statusMatches(expect.expectStatus, status)) {
    const reason = `status ${status}, expected ${formatStatusSpec(expect.expectStatus)}`;
    const retryAfterMs = status === 429 || status === 503 ? parseRetryAfter(result.retryAfter, nowMs) : void 0;
    return retryAfterMs === void 0 ? { ok: false, reason } : { ok: false, reason, retryAfterMs };
  }
  if (expect.expectJson !== void 0) {
    let body;
    try {
      body = JSON.parse(result.body);
    } catch {
      return { ok: false, reason: `body is not JSON: ${excerpt(result.body, 200)}` };
    }
    if (!isJsonSubset(expect.expectJson, body)) {
      return {
        ok: false,
        reason: `body does not contain ${excerpt(JSON.stringify(expect.expectJson), 200)}: ${excerpt(result.body, 300)}`
      };
    }
  }
  if (expect.expectBody !== void 0 && !expect.expectBody.test(result.body)) {
    return {
      ok: false,
      reason: `body does not match /${expect.expectBody.source}/: ${excerpt(result.body, 300)}`
    };
  }
  return { ok: true };
}

// src/core/smoke/check.ts
var MIN_ATTEMPT_MS = 100;
var PROGRESS_EVERY_MS = 5e3;
async function checkTarget(target, options, fx, start, onAttempt) {
  const deadline = start + options.timeoutMs;
  const report = {
    method: target.method,
    url: target.url,
    passed: false,
    attempts: 0,
    lastStatus: null,
    lastLatencyMs: null,
    reason: null,
    elapsedMs: 0
  };
  let successes = 0;
  let failures = 0;
  for (; ; ) {
    const remaining = deadline - fx.now();
    if (remaining <= 0 || report.attempts > 0 && remaining < MIN_ATTEMPT_MS) break;
    if (fx.aborted?.() === true) {
      report.reason = "cancelled";
      break;
    }
    report.attempts += 1;
    const result = await fx.probe(target, Math.min(options.requestTimeoutMs, remaining));
    report.lastLatencyMs = Math.round(result.latencyMs);
    report.lastStatus = result.kind === "response" ? result.status : null;
    const verdict = judge(result, options, fx.now());
    let delay;
    if (verdict.ok) {
      successes += 1;
      failures = 0;
      report.reason = null;
      if (successes >= options.consecutiveSuccesses) {
        report.passed = true;
        break;
      }
      delay = options.intervalMs;
    } else {
      successes = 0;
      failures += 1;
      report.reason = verdict.reason;
      delay = retryDelay(
        failures,
        options.intervalMs,
        options.maxIntervalMs,
        fx.random(),
        verdict.retryAfterMs
      );
    }
    onAttempt(report);
    const left = deadline - fx.now();
    if (left <= 0) break;
    await fx.sleep(Math.min(delay, left));
  }
  report.elapsedMs = Math.round(fx.now() - start);
  if (!report.passed) {
    const seconds = Math.round(options.timeoutMs / 100) / 10;
    report.reason = `${report.reason ?? "no answer"} (gave up after ${report.attempts} attempt${report.attempts === 1 ? "" : "s"} in ${seconds}s)`;
  }
  return report;
}
async function runSmokeCheck(options, fx) {
  const start = fx.now();
  const results = new Array(options.targets.length);
  const live = /* @__PURE__ */ new Map();
  let lastProgress = start;
  const progress = () => {
    if (fx.log === void 0 || fx.now() - lastProgress < PROGRESS_EVERY_MS) return;
    lastProgress = fx.now();
    const waiting = [...live.values()].filter((r) => !r.passed);
    const done = results.filter((r) => r?.passed).length;
    const first = waiting[0];
    const detail = first === void 0 ? "" : `; waiting on ${first.url} (${first.reason ?? "no answer yet"})`;
    fx.log(
      `${done}/${options.targets.length} healthy after ${Math.round((fx.now() - start) / 1e3)}s${detail}`
    );
  };
  let next = 0;
  const worker = async () => {
    for (let index = next++; index < options.targets.length; index = next++) {
      const target = options.targets[index];
      const report = await checkTarget(target, options, fx, start, (r) => {
        live.set(index, r);
        progress();
      });
      live.delete(index);
      results[index] = report;
      fx.log?.(
        report.passed ? `ok   ${report.method} ${report.url}: ${report.lastStatus} in ${report.lastLatencyMs} ms (${report.attempts} attempt${report.attempts === 1 ? "" : "s"})` : `FAIL ${report.method} ${report.url}: ${report.reason}`
      );
    }
  };
  await Promise.all(Array.from({ length: Math.min(options.concurrency, options.targets.length) }, worker));
  return { passed: results.every((r) => r.passed), elapsedMs: Math.round(fx.now() - start), urls: results };
}

// src/core/inputs/parse.ts
function parseLines(raw) {
  return raw.split(/\r?\n/).map((line) => line.trim()).filter((line) => line !== "" && !line.startsWith("#"));
}
function parseBoolean(name, raw) {
  const value = raw.trim();
  if (value === "true") return true;
  if (value === "false") return false;
  throw new ConfigurationError(`expected true or false, got ${JSON.stringify(raw)}`, name);
}
var UNIT_MS = { ms: 1, s: 1e3, m: 6e4, h: 36e5 };
function parseDuration(name, raw) {
  const value = raw.trim();
  if (/^\d+(\.\d+)?$/.test(value)) return Math.round(Number(value) * 1e3);
  const part = /(\d+(?:\.\d+)?)(ms|s|m|h)/gy;
  let total = 0;
  let consumed = 0;
  for (let match = part.exec(value); match !== null; match = part.exec(value)) {
    total += Number(match[1]) * UNIT_MS[match[2]];
    consumed = part.lastIndex;
  }
  if (value === "" || consumed !== value.length) {
    throw new ConfigurationError(
      `expected a duration such as 90s, 5m or 1h, got ${JSON.stringify(raw)}`,
      name
    );
  }
  return Math.round(total);
}
function parseInteger(name, raw, bounds = {}) {
  const value = raw.trim();
  if (!/^-?\d+$/.test(value))
    throw new ConfigurationError(`expected a whole number, got ${JSON.stringify(raw)}`, name);
  const number = Number(value);
  const { min = Number.MIN_SAFE_INTEGER, max = Number.MAX_SAFE_INTEGER } = bounds;
  if (number < min || number > max) {
    throw new ConfigurationError(`expected a whole number from ${min} to ${max}, got ${number}`, name);
  }
  return number;
}

// src/core/smoke/options.ts
var SMOKE_DEFAULTS = {
  "expect-status": "200",
  timeout: "120s",
  "request-timeout": "5s",
  interval: "1s",
  "max-interval": "5s",
  concurrency: "4",
  "consecutive-successes": "1",
  insecure: "false"
};
var METHODS = ["GET", "HEAD", "POST", "PUT", "PATCH", "DELETE", "OPTIONS"];
function parseTargets(name, raw) {
  const targets = parseLines(raw).map((line) => {
    const parts = line.split(/\s+/);
    const [first, second] = parts;
    if (parts.length > 2 || first === void 0) {
      throw new ConfigurationError(
        `expected a URL or "METHOD URL" per line, got ${JSON.stringify(line)}`,
        name
      );
    }
    const method = second === void 0 ? "GET" : first.toUpperCase();
    const url = second ?? first;
    if (!METHODS.includes(method)) {
      throw new ConfigurationError(
        `unknown method ${JSON.stringify(first)} (expected one of ${METHODS.join(", ")})`,
        name
      );
    }
    let parsed;
    try {
      parsed = new URL(url);
    } catch {
      throw new ConfigurationError(`not a valid URL: ${JSON.stringify(url)}`, name);
    }
    if (parsed.protocol !== "http:" && parsed.protocol !== "https:") {
      throw new ConfigurationError(
        `only http and https URLs can be checked, got ${JSON.stringify(url)}`,
        name
      );
    }
    return { method, url: parsed.href };
  });
  if (targets.length === 0) throw new ConfigurationError("at least one URL is required", name);
  return targets;
}
function parseHeaders(name, raw) {
  const headers = {};
  for (const [index, line] of parseLines(raw).entries()) {
    const at = line.indexOf(":");
    const key = at > 0 ? line.slice(0, at).trim() : "";
    if (!/^[!#$%&'*+.^_`|~0-9A-Za-z-]+$/.test(key)) {
      throw new ConfigurationError(`line ${index + 1} is not a "Name: value" header (value not shown)`, name);
    }
    headers[key] = line.slice(at + 1).trim();
  }
  return headers;
}
function parseExpectJson(name, raw) {
  if (raw.trim() === "") return void 0;
  try {
    return JSON.parse(raw);
  } catch (error) {
    throw new ConfigurationError(`is not valid JSON (${error.message})`, name);
  }
}
function parseRegExp(name, raw) {
  if (raw === "") return void 0;
  try {
    return new RegExp(raw);
  } catch (error) {
    throw new ConfigurationError(`is not a valid regular expression (${error.message})`, name);
  }
}
function parseSmokeOptions(raw, prefix = "") {
  const n = (name) => `${prefix}${name}`;
  const get = (key) => {
    const value = raw[key];
    return value === void 0 || value.trim() === "" ? SMOKE_DEFAULTS[key] : value;
  };
  const options = {
    targets: parseTargets(n("urls"), raw.urls ?? ""),
    expectStatus: parseStatusSpec(n("expect-status"), get("expect-status")),
    expectJson: parseExpectJson(n("expect-json"), raw["expect-json"] ?? ""),
    expectBody: parseRegExp(n("expect-body"), raw["expect-body"] ?? ""),
    headers: parseHeaders(n("headers"), raw.headers ?? ""),
    timeoutMs: parseDuration(n("timeout"), get("timeout")),
    requestTimeoutMs: parseDuration(n("request-timeout"), get("request-timeout")),
    intervalMs: parseDuration(n("interval"), get("interval")),
    maxIntervalMs: parseDuration(n("max-interval"), get("max-interval")),
    concurrency: parseInteger(n("concurrency"), get("concurrency"), { min: 1, max: 64 }),
    consecutiveSuccesses: parseInteger(n("consecutive-successes"), get("consecutive-successes"), {
      min: 1,
      max: 100
    }),
    insecure: parseBoolean(n("insecure"), get("insecure"))
  };
  if (options.timeoutMs <= 0) throw new ConfigurationError("must be longer than 0s", n("timeout"));
  if (options.requestTimeoutMs <= 0)
    throw new ConfigurationError("must be longer than 0s", n("request-timeout"));
  if (options.intervalMs <= 0) throw new ConfigurationError("must be longer than 0s", n("interval"));
  if (options.maxIntervalMs < options.intervalMs) {
    throw new ConfigurationError(`must be at least the interval (${get("interval")})`, n("max-interval"));
  }
  return options;
}

// src/cli/commands/smoke.ts
var SMOKE_USAGE = `Usage: gantry smoke URL... [options]

Requests each URL until it meets every expectation or the deadline passes.
A URL may be given as "METHOD URL" (quoted). Exit code 0: passed, 1: failed, 2: bad arguments.

Options (the same names as the smoke action's inputs):
  --expect-status SPEC         accepted codes and ranges (default ${SMOKE_DEFAULTS["expect-status"]})
  --expect-json JSON           a JSON subset the body must contain
  --expect-body REGEX          a pattern the body must match
  --header "Name: value"       a request header (repeatable; never printed)
  --timeout DURATION           overall deadline (default ${SMOKE_DEFAULTS.timeout})
  --request-timeout DURATION   one request's deadline (default ${SMOKE_DEFAULTS["request-timeout"]})
  --interval DURATION          first retry delay (default ${SMOKE_DEFAULTS.interval})
  --max-interval DURATION      longest retry delay (default ${SMOKE_DEFAULTS["max-interval"]})
  --concurrency N              URLs checked in parallel (default ${SMOKE_DEFAULTS.concurrency})
  --consecutive-successes N    passes in a row per URL (default ${SMOKE_DEFAULTS["consecutive-successes"]})
  --insecure                   skip TLS verification (test hosts only)
  --json                       print the report as JSON on stdout
`;
async function smokeCommand(argv, ctx) {
  const { values, positionals } = parseArgs({
    args: argv,
    allowPositionals: true,
    strict: true,
    options: {
      "expect-status": { type: "string" },
      "expect-json": { type: "string" },
      "expect-body": { type: "string" },
      header: { type: "string", multiple: true },
      timeout: { type: "string" },
      "request-timeout": { type: "string" },
      interval: { type: "string" },
      "max-interval": { type: "string" },
      concurrency: { type: "string" },
      "consecutive-successes": { type: "string" },
      insecure: { type: "boolean" },
      json: { type: "boolean" },
      help: { type: "boolean", short: "h" }
    }
  });
  if (values.help) {
    ctx.out(SMOKE_USAGE);
    return 0;
  }
  const { header, insecure, json, help: _help, ...rest } = values;
  const raw = { ...rest, urls: positionals.join("\n"), headers: (header ?? []).join("\n") };
  if (insecure) raw.insecure = "true";
  const options = parseSmokeOptions(raw);
  const report = await runSmokeCheck(
    options,
    liveSmokeEffects(
      { headers: options.headers, insecure: options.insecure, signal: ctx.signal },
      (line) => ctx.err(line)
    )
  );
  if (json) ctx.out(JSON.stringify(report, null, 2));
  ctx.err(report.passed ? "smoke check passed" : "smoke check FAILED");
  return report.passed ? 0 : 1;
}

// src/cli/main.ts
var USAGE = `Usage: gantry <command> [options]

Commands:
  smoke     check that URLs answer as expected (the smoke action's engine)

Run "gantry <command> --help" for a command's options.
`;
var COMMANDS = {
  smoke: smokeCommand
};
async function main(argv, ctx) {
  const [name, ...rest] = argv;
  if (name === void 0 || name === "--help" || name === "-h" || name === "help") {
    ctx.out(USAGE);
    return name === void 0 ? 2 : 0;
  }
  const command = COMMANDS[name];
  if (command === void 0) {
    ctx.err(`gantry: unknown command ${JSON.stringify(name)}

${USAGE}`);
    return 2;
  }
  try {
    return await command(rest, ctx);
  } catch (error) {
    if (isConfigurationError(error) || error instanceof TypeError && "code" in error) {
      ctx.err(`gantry ${name}: ${error.message}${name === "smoke" ? `

${SMOKE_USAGE}` : ""}`);
      return 2;
    }
    if (error instanceof StepFailure) {
      ctx.err(`gantry ${name}: ${error.message}`);
      return 1;
    }
    throw error;
  }
}

// src/cli/gantry.ts
var controller = new AbortController();
process.once("SIGINT", () => controller.abort());
process.once("SIGTERM", () => controller.abort());
process.exitCode = await main(process.argv.slice(2), {
  out: (text) => process.stdout.write(text.endsWith("\n") ? text : `${text}
`),
  err: (text) => process.stderr.write(text.endsWith("\n") ? text : `${text}
`),
  signal: controller.signal
});
