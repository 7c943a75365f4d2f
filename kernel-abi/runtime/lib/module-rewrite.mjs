// module-rewrite.mjs — the rewrites the runtime makes to a program as it loads it, in one pass
// over the code section.
//
// A rewrite (a transform) looks at each instruction of the bodies it wants and may put other
// bytes in its place; when anything changed, it may append types, functions (after all the
// module's own) and imports (never function imports). The transforms:
//   bulk-memory-guard.mjs  memory.copy and memory.fill first see memory another thread grew;
//   atomic-guard.mjs       so do the atomic instructions;
//   signal-poll.mjs        each loop looks for a pending signal, so that a handler runs in code
//                          that makes no system call.
//
// Invariants. Every function keeps its index: added functions come after all of the module's,
// and no function is imported, so exports, tables, element segments, the start function, the
// fork instrumentation's tables and the name section stay right. Memories keep their indices
// too: a transform adds a memory only to a module that defines none (its memory is imported, and
// the new import comes after it). Bodies no transform touched are copied byte for byte. A module
// whose code uses an instruction the decoder does not know (wasm-code.mjs) is returned as it was:
// the runtime would rather run a program unrewritten than refuse it.
//
// A transform is an object with:
//   name                        for `applied`;
//   begin(module)               false: nothing to do in this module; `module` tells its
//                               `imports` (readImports), `importedFunctions` and whether it
//                               `definesMemory`, and lends reserveTypes(n) and
//                               reserveFunctions(n), which give the index of the first of n
//                               types or functions the transform will append;
//   wantsBody(bytes, from, to)  a quick look at one body's bytes before it is decoded;
//   beginBody()                 (optional) a body it wants is about to be walked;
//   edit(body, at, end)         the bytes that replace the instruction at body[at, end), or
//                               null to keep it;
//   finish()                    { types, functions, imports } to append: types as { index,
//                               bytes }, functions as { index, type, body }, imports as encoded
//                               entries; called when the module changed, by this transform or
//                               another (all it reserved must be there). A transform may also
//                               reserve while it edits: types and functions are appended in the
//                               order of their indices, whoever reserved them.
import { readLeb, readImports, splitSections } from './wasm-info.mjs';
import { UnknownInstruction, instructionEnd, leb, section, skipLocals } from './wasm-code.mjs';

// Returns { bytes, applied }: the rewritten module and the names of the transforms that changed
// it, or the same bytes and an empty list.
export function rewriteModule(bytes, transforms) {
  const unchanged = { bytes, applied: [] };
  const sections = splitSections(bytes);
  const find = (id) => sections.find((s) => s.id === id);
  const types = find(1);
  const imports = find(2);
  const functions = find(3);
  const code = find(10);
  if (!types || !functions || !code) return unchanged;

  const [typeCount, typesAt] = readLeb(bytes, types.body);
  const [functionCount, functionsAt] = readLeb(bytes, functions.body);
  const importList = imports ? readImports(bytes, imports) : [];
  let reservedTypes = 0;
  let reservedFunctions = 0;
  const module = {
    imports: importList,
    importedFunctions: importList.filter((i) => i.kind === 0).length,
    definesMemory: sections.some((s) => s.id === 5),
    reserveTypes(n) {
      reservedTypes += n;
      return typeCount + reservedTypes - n;
    },
    reserveFunctions(n) {
      reservedFunctions += n;
      return this.importedFunctions + functionCount + reservedFunctions - n;
    },
  };
  const active = transforms.filter((t) => t.begin(module));
  if (active.length === 0) return unchanged;

  const [bodyCount, firstBody] = readLeb(bytes, code.body);
  const bodies = [];
  const applied = new Set();
  let pos = firstBody;
  try {
    for (let i = 0; i < bodyCount; i++) {
      const [size, at] = readLeb(bytes, pos);
      const wanting = active.filter((t) => t.wantsBody(bytes, at, at + size));
      const rewritten = wanting.length ? rewriteBody(bytes.subarray(at, at + size), wanting, applied) : null;
      if (rewritten) bodies.push(leb(rewritten.length), rewritten);
      else bodies.push(bytes.subarray(pos, at + size));
      pos = at + size;
    }
  } catch (e) {
    if (e instanceof UnknownInstruction) return unchanged;
    throw e;
  }
  if (applied.size === 0) return unchanged;

  const added = { types: [], functions: [], imports: [] };
  for (const t of active) {
    const more = t.finish();
    for (const key of Object.keys(added)) added[key].push(...(more[key] || []));
  }
  const byIndex = (x, y) => x.index - y.index;
  added.types.sort(byIndex);
  added.functions.sort(byIndex);
  const firstFunction = module.importedFunctions + functionCount;
  if (added.types.some((t, i) => t.index !== typeCount + i) || added.types.length !== reservedTypes ||
      added.functions.some((f, i) => f.index !== firstFunction + i) || added.functions.length !== reservedFunctions) {
    throw new Error('module-rewrite: a transform appended other than it reserved');
  }

  const out = [bytes.subarray(0, 8)];
  const emit = (id) => {
    if (id === 1) out.push(section(1, [leb(typeCount + added.types.length), bytes.subarray(typesAt, types.end), ...added.types.map((t) => t.bytes)]));
    else if (id === 2) out.push(importSection(bytes, imports, importList.length, added.imports));
    else if (id === 3) {
      const entries = added.functions.map((f) => leb(f.type));
      out.push(section(3, [leb(functionCount + entries.length), bytes.subarray(functionsAt, functions.end), ...entries]));
    } else if (id === 10) {
      const more = added.functions.flatMap((f) => [leb(f.body.length), f.body]);
      out.push(section(10, [leb(bodyCount + added.functions.length), ...bodies, ...more]));
    }
  };
  for (const s of sections) {
    if (s.id === 1 || s.id === 2 || s.id === 3 || s.id === 10) emit(s.id);
    else out.push(bytes.subarray(s.start, s.end));
    // A module without imports gets its import section right after the type section.
    if (s.id === 1 && !imports && added.imports.length) emit(2);
  }
  return { bytes: Buffer.concat(out), applied: active.filter((t) => applied.has(t.name)).map((t) => t.name) };
}

// The body (locals and code) with each instruction a transform edits replaced, or null when none
// edited one. The first transform that edits an instruction decides what replaces it.
function rewriteBody(body, transforms, applied) {
  for (const t of transforms) t.beginBody?.();
  const pieces = [];
  let copiedUpTo = 0;
  for (let at = skipLocals(body); at < body.length; ) {
    const end = instructionEnd(body, at);
    for (const t of transforms) {
      const replacement = t.edit(body, at, end);
      if (!replacement) continue;
      pieces.push(body.subarray(copiedUpTo, at), replacement);
      copiedUpTo = end;
      applied.add(t.name);
      break;
    }
    at = end;
  }
  if (copiedUpTo === 0) return null;
  pieces.push(body.subarray(copiedUpTo));
  return Buffer.concat(pieces);
}

function importSection(bytes, imports, count, added) {
  if (!imports) return section(2, [leb(added.length), ...added]);
  const [, entriesAt] = readLeb(bytes, imports.body);
  return section(2, [leb(count + added.length), bytes.subarray(entriesAt, imports.end), ...added]);
}
