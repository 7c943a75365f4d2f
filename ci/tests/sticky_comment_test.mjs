// Test of ci/sticky-comment.mjs against a server on loopback that plays the GitHub REST
// endpoints the script uses (list comments with Link pagination, create, update). GitHub itself is
// unreachable from the test machines, so the server keeps the PR's comments in memory and records
// every request; the script runs as a child process, exactly as the workflow runs it.
//
//   node ci/tests/sticky_comment_test.mjs
import { spawn } from "node:child_process";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { createServer } from "node:http";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import assert from "node:assert/strict";

const script = join(dirname(fileURLToPath(import.meta.url)), "..", "sticky-comment.mjs");
const marker = "<!-- wpk-matrix-status -->";
const token = "test-token";

// The fake GitHub: comments of PR 7 of owner/repo.
const state = { comments: [], nextId: 1000, requests: [] };
const server = createServer((req, res) => {
  let data = "";
  req.on("data", (chunk) => (data += chunk));
  req.on("end", () => {
    const url = new URL(req.url, "http://127.0.0.1");
    state.requests.push(`${req.method} ${url.pathname}`);
    const send = (status, json, headers = {}) => {
      res.writeHead(status, { "Content-Type": "application/json", ...headers });
      res.end(JSON.stringify(json));
    };
    if (req.headers.authorization !== `Bearer ${token}`) return send(401, { message: "Bad credentials" });
    if (req.method === "GET" && url.pathname === "/repos/owner/repo/issues/7/comments") {
      const perPage = Number(url.searchParams.get("per_page") || 30);
      const page = Number(url.searchParams.get("page") || 1);
      const slice = state.comments.slice((page - 1) * perPage, page * perPage);
      const headers = {};
      if (page * perPage < state.comments.length) {
        const next = new URL(url);
        next.searchParams.set("page", String(page + 1));
        headers.Link = `<http://127.0.0.1:${server.address().port}${next.pathname}${next.search}>; rel="next"`;
      }
      return send(200, slice, headers);
    }
    if (req.method === "POST" && url.pathname === "/repos/owner/repo/issues/7/comments") {
      const comment = { id: state.nextId++, body: JSON.parse(data).body, user: { login: "github-actions[bot]", type: "Bot" } };
      state.comments.push(comment);
      return send(201, comment);
    }
    const patch = url.pathname.match(/^\/repos\/owner\/repo\/issues\/comments\/(\d+)$/);
    if (req.method === "PATCH" && patch) {
      const comment = state.comments.find((c) => c.id === Number(patch[1]));
      if (!comment) return send(404, { message: "Not Found" });
      comment.body = JSON.parse(data).body;
      return send(200, comment);
    }
    send(404, { message: "Not Found" });
  });
});
await new Promise((resolve) => server.listen(0, "127.0.0.1", resolve));
const api = `http://127.0.0.1:${server.address().port}`;

const work = mkdtempSync(join(tmpdir(), "wpk-sticky-"));
function run(body, env = {}) {
  const file = join(work, "body.md");
  writeFileSync(file, body);
  state.requests = [];
  return new Promise((resolve) => {
    const child = spawn(process.execPath, [script, file], {
      env: { PATH: process.env.PATH, GITHUB_TOKEN: token, GITHUB_REPOSITORY: "owner/repo", WPK_PR_NUMBER: "7", GITHUB_API_URL: api, ...env },
    });
    let out = "";
    child.stdout.on("data", (chunk) => (out += chunk));
    child.stderr.on("data", (chunk) => (out += chunk));
    child.on("close", (status) => resolve({ status, out }));
  });
}
const writes = () => state.requests.filter((r) => !r.startsWith("GET"));
const ours = () => state.comments.filter((c) => c.body.startsWith(marker));

try {
  // 1. No comment yet: one is created, marker on the first line.
  let result = await run("## Matrix build status — `pr-7`\nfirst\n");
  assert.equal(result.status, 0, result.out);
  assert.deepEqual(writes(), ["POST /repos/owner/repo/issues/7/comments"]);
  assert.equal(ours().length, 1);
  assert.equal(ours()[0].body, `${marker}\n## Matrix build status — \`pr-7\`\nfirst\n`);
  const id = ours()[0].id;

  // 2. A new status updates that comment instead of adding one.
  result = await run("second\n");
  assert.equal(result.status, 0, result.out);
  assert.deepEqual(writes(), [`PATCH /repos/owner/repo/issues/comments/${id}`]);
  assert.equal(state.comments.length, 1);
  assert.equal(ours()[0].body, `${marker}\nsecond\n`);

  // 3. The same status again writes nothing.
  result = await run("second\n");
  assert.equal(result.status, 0, result.out);
  assert.deepEqual(writes(), []);
  assert.match(result.out, /up to date/);

  // 4. Our comment on page 3 behind 230 others, one of them quoting the marker: pages are followed
  // and only the comment that starts with the marker is updated.
  const mine = state.comments.pop();
  for (let i = 0; i < 230; i++)
    state.comments.push({ id: i + 1, body: i === 5 ? `> ${marker}\n> quoted by a reviewer` : `comment ${i}`, user: { login: "someone", type: "User" } });
  state.comments.push(mine);
  result = await run("third\n");
  assert.equal(result.status, 0, result.out);
  assert.equal(state.requests.filter((r) => r.startsWith("GET")).length, 3);
  assert.deepEqual(writes(), [`PATCH /repos/owner/repo/issues/comments/${id}`]);
  assert.equal(state.comments[5].body, `> ${marker}\n> quoted by a reviewer`);
  assert.equal(mine.body, `${marker}\nthird\n`);
  assert.equal(state.comments.length, 231);

  // 4b. A comment by someone else that starts with the marker (pasted or written on purpose)
  // comes before ours: it is not ours to edit; our own comment is the one updated.
  state.comments.unshift({ id: 999, body: `${marker}\nnot the bot`, user: { login: "someone", type: "User" } });
  result = await run("third and a half\n");
  assert.equal(result.status, 0, result.out);
  assert.deepEqual(writes(), [`PATCH /repos/owner/repo/issues/comments/${id}`]);
  assert.equal(state.comments[0].body, `${marker}\nnot the bot`);
  assert.equal(mine.body, `${marker}\nthird and a half\n`);
  state.comments.shift();

  // 5. A body longer than GitHub accepts is cut with a note.
  result = await run("x".repeat(70000));
  assert.equal(result.status, 0, result.out);
  assert.ok(mine.body.length <= 65536 && mine.body.includes("truncated"), String(mine.body.length));

  // 6. A rejected token is an error naming the HTTP status; nothing is written.
  result = await run("fourth\n", { GITHUB_TOKEN: "wrong" });
  assert.notEqual(result.status, 0);
  assert.match(result.out, /HTTP 401/);
  assert.deepEqual(writes(), []);

  // 7. Missing settings are a usage error.
  result = await run("fifth\n", { WPK_PR_NUMBER: "" });
  assert.equal(result.status, 2, result.out);
  assert.match(result.out, /usage/);

  // 8. An unreachable API is an error, not a crash.
  result = await run("sixth\n", { GITHUB_API_URL: "http://127.0.0.1:1" });
  assert.equal(result.status, 1, result.out);
  assert.match(result.out, /sticky-comment: GET/);
  console.log("sticky_comment_test: all checks passed");
} finally {
  server.close();
  rmSync(work, { recursive: true, force: true });
}
