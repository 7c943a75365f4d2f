#!/usr/bin/env node
// sticky-comment.mjs — posts or updates ONE comment on a pull request, found by a hidden marker.
//
//   node ci/sticky-comment.mjs BODY_FILE
//
// Environment: GITHUB_TOKEN (needs pull-requests: write), GITHUB_REPOSITORY (owner/name),
// WPK_PR_NUMBER, GITHUB_API_URL (default https://api.github.com; the test points it at a server
// on loopback), WPK_COMMENT_MARKER (default <!-- wpk-matrix-status -->), WPK_COMMENT_AUTHOR (the
// login GITHUB_TOKEN comments as; default github-actions[bot]).
//
// The comment is the marker on its first line followed by BODY_FILE. Every page of the PR's
// comments is read (following the Link rel="next" header); the first comment by
// WPK_COMMENT_AUTHOR whose body STARTS with the marker is ours (a reply quoting it starts with
// "> ", and anyone else's comment may start with the marker too: both are left alone). It is updated
// (PATCH) when its body differs, left as it is when equal; without one, a comment is created
// (POST). REST endpoints used: GET /repos/{repo}/issues/{n}/comments,
// PATCH /repos/{repo}/issues/comments/{id}, POST /repos/{repo}/issues/{n}/comments.
import { readFileSync } from "node:fs";

const kMaxBody = 65536; // GitHub's limit on a comment body, in characters

function fail(message, status = 1) {
  console.error(`sticky-comment: ${message}`);
  process.exit(status);
}

function nextLink(header) {
  // Link: <https://api.github.com/...&page=2>; rel="next", <...>; rel="last"
  for (const part of (header || "").split(",")) {
    const match = part.match(/<([^>]+)>\s*;\s*rel="next"/);
    if (match) return match[1];
  }
  return null;
}

async function main() {
  const [bodyFile] = process.argv.slice(2);
  const token = process.env.GITHUB_TOKEN;
  const repository = process.env.GITHUB_REPOSITORY;
  const pr = process.env.WPK_PR_NUMBER;
  if (!bodyFile || !token || !repository || !pr)
    fail(
      "usage: sticky-comment.mjs BODY_FILE (with GITHUB_TOKEN, GITHUB_REPOSITORY, WPK_PR_NUMBER)",
      2,
    );
  if (!/^[\w.-]+\/[\w.-]+$/.test(repository)) fail(`GITHUB_REPOSITORY is not owner/name: ${repository}`, 2);
  if (!/^[1-9][0-9]*$/.test(pr)) fail(`WPK_PR_NUMBER is not a pull request number: ${pr}`, 2);
  const api = (process.env.GITHUB_API_URL || "https://api.github.com").replace(/\/+$/, "");
  const marker = process.env.WPK_COMMENT_MARKER || "<!-- wpk-matrix-status -->";
  const author = process.env.WPK_COMMENT_AUTHOR || "github-actions[bot]";

  let body;
  try {
    body = `${marker}\n${readFileSync(bodyFile, "utf8")}`;
  } catch (error) {
    fail(`cannot read ${bodyFile}: ${error.message}`, 2);
  }
  if (body.length > kMaxBody) {
    const note = "\n\n… (truncated: the full table is in the workflow's status artifact)\n";
    body = body.slice(0, kMaxBody - note.length) + note;
  }

  const headers = {
    Authorization: `Bearer ${token}`,
    Accept: "application/vnd.github+json",
    "X-GitHub-Api-Version": "2022-11-28",
    "User-Agent": "wpk-ci-sticky-comment",
  };
  async function request(method, url, payload) {
    let response;
    try {
      response = await fetch(url, {
        method,
        headers: payload ? { ...headers, "Content-Type": "application/json" } : headers,
        body: payload ? JSON.stringify(payload) : undefined,
      });
    } catch (error) {
      fail(`${method} ${url}: ${error.cause?.message || error.message}`);
    }
    const text = await response.text();
    if (!response.ok) fail(`${method} ${url}: HTTP ${response.status} ${text.slice(0, 300)}`);
    try {
      return { json: JSON.parse(text), link: response.headers.get("link") };
    } catch {
      fail(`${method} ${url}: the answer is not JSON`);
    }
  }

  let found = null;
  let url = `${api}/repos/${repository}/issues/${pr}/comments?per_page=100`;
  while (url && !found) {
    const { json, link } = await request("GET", url);
    if (!Array.isArray(json)) fail(`GET ${url}: expected a list of comments`);
    found = json.find(
      (comment) =>
        comment.user?.login === author && typeof comment.body === "string" && comment.body.startsWith(marker),
    );
    url = nextLink(link);
  }
  if (found && found.body === body) {
    console.log(`sticky-comment: comment ${found.id} is up to date`);
  } else if (found) {
    await request("PATCH", `${api}/repos/${repository}/issues/comments/${found.id}`, { body });
    console.log(`sticky-comment: updated comment ${found.id}`);
  } else {
    const { json } = await request("POST", `${api}/repos/${repository}/issues/${pr}/comments`, { body });
    console.log(`sticky-comment: created comment ${json.id}`);
  }
}

await main();
