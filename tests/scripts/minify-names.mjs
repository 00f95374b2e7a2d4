// node minify-names.mjs GLUE.js MODULE.wasm
//
// Gives a wasm-bindgen module's imports and exports short names, in the module and in its glue,
// and drops the module's `producers` and `target_features` sections (nothing reads them at run
// time). wasm-bindgen names each import `__wbg_<name>_<16 hex digits>`: the hashes cannot be
// compressed, and every name is written twice, once in the module and once in the glue.
// Renaming them (and the exports, which the glue reaches as `wasm.<name>`) takes about 4 KB off
// each entry's gzip size. The short names follow the glue's order, so one glue gets the same
// names whatever wasm-opt did to its module (make bench pairs pkg/'s glue with a module of its
// own). Any old name left in the glue afterwards fails the build rather than a user's page.
import { readFileSync, writeFileSync } from "node:fs";
import { basename } from "node:path";

const [gluePath, wasmPath] = process.argv.slice(2);
if (!gluePath || !wasmPath) {
  console.error("usage: node minify-names.mjs GLUE.js MODULE.wasm");
  process.exit(2);
}
const fail = (message) => {
  console.error(`minify-names: ${message}`);
  process.exit(1);
};

const bytes = readFileSync(wasmPath);
let glue = readFileSync(gluePath, "utf8");
// The module name under which the glue passes its own imports (`./<name>_bg.js`). Other modules
// (wasm-bindgen's snippets) are ES modules whose export names are fixed: they keep theirs.
const glueModule = `./${basename(wasmPath, ".wasm")}.js`;

// --- reading and writing the binary format ---------------------------------------------------
const utf8 = new TextEncoder();
function reader(buffer, start, end) {
  let at = start;
  const r = {
    get at() { return at; },
    done: () => at >= end,
    byte: () => buffer[at++],
    u32() {
      let result = 0, shift = 0, b;
      do { b = buffer[at++]; result |= (b & 0x7f) << shift; shift += 7; } while (b & 0x80);
      return result >>> 0;
    },
    name() { const n = r.u32(); const s = buffer.toString("utf8", at, at + n); at += n; return s; },
    limits() { const flags = r.byte(); r.u32(); if (flags & 1) r.u32(); },
  };
  return r;
}
function u32(n) {
  const out = [];
  do { let b = n & 0x7f; n >>>= 7; if (n) b |= 0x80; out.push(b); } while (n);
  return Buffer.from(out);
}
const name = (s) => { const b = utf8.encode(s); return Buffer.concat([u32(b.length), b]); };

// --- short names: a, b, …, Z, aa, ba, … (valid identifiers, given in order) ------------------
const first = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ";
const rest = first + "0123456789";
let counter = 0;
function nextName() {
  for (;;) {
    let n = counter++, s = first[n % first.length];
    n = Math.floor(n / first.length);
    while (n > 0) { n -= 1; s += rest[n % rest.length]; n = Math.floor(n / rest.length); }
    if (!["do", "if", "in"].includes(s)) return s;
  }
}

// --- the names: the glue's imports in its order, then the exports it calls -------------------
const importBlock = /const import0 = \{\n([^]*?)\n    \};\n/.exec(glue);
if (!importBlock) fail("the glue has no import0 object; wasm-bindgen's glue changed shape");
const renamedImports = new Map();
for (const [, key] of importBlock[1].matchAll(/^ {8}(\w+): function/gm)) renamedImports.set(key, nextName());
// `memory` keeps its name: it is the conventional one, which tools and make bench's memory
// measure (through the glue's exports) look for.
counter = 0;
const renamedExports = new Map([["memory", "memory"]]);
for (const [, key] of glue.matchAll(/\bwasm\.(\w+)/g)) {
  if (!renamedExports.has(key)) renamedExports.set(key, nextName());
}

// --- the sections --------------------------------------------------------------------------
if (bytes.readUInt32LE(0) !== 0x6d736100) fail(`${wasmPath} is not a wasm module`);
const sections = [bytes.subarray(0, 8)];
let top = reader(bytes, 8, bytes.length);
while (!top.done()) {
  const start = top.at, id = top.byte(), size = top.u32(), body = top.at, end = body + size;
  top = reader(bytes, end, bytes.length);
  const r = reader(bytes, body, end);
  if (id === 0 && ["producers", "target_features"].includes(r.name())) continue;
  if (id === 2) sections.push(section(2, imports(r)));
  else if (id === 7) sections.push(section(7, exports(r)));
  else sections.push(bytes.subarray(start, end));
}
function section(id, parts) {
  const body = Buffer.concat(parts);
  return Buffer.concat([Buffer.from([id]), u32(body.length), body]);
}
function imports(r) {
  const count = r.u32(), out = [u32(count)];
  for (let i = 0; i < count; i++) {
    const module = r.name(), field = r.name(), descStart = r.at, kind = r.byte();
    if (kind === 0 || kind === 4) { if (kind === 4) r.byte(); r.u32(); }
    else if (kind === 1) { r.byte(); r.limits(); }
    else if (kind === 2) r.limits();
    else if (kind === 3) { r.byte(); r.byte(); }
    else fail(`unknown import kind ${kind}`);
    const desc = bytes.subarray(descStart, r.at);
    if (module !== glueModule) { out.push(name(module), name(field), desc); continue; }
    if (!renamedImports.has(field)) fail(`the glue does not provide the import ${field}`);
    out.push(name("a"), name(renamedImports.get(field)), desc);
  }
  return out;
}
// An export the glue never calls keeps a short name of its own, after the glue's.
function exports(r) {
  const count = r.u32(), out = [u32(count)];
  counter = renamedExports.size + 100;
  for (let i = 0; i < count; i++) {
    const field = r.name(), kind = r.byte(), index = r.u32();
    out.push(name(renamedExports.get(field) ?? nextName()), Buffer.from([kind]), u32(index));
  }
  return out;
}

// --- the glue ------------------------------------------------------------------------------
const escape = (s) => s.replace(/[$]/g, "\\$");
function replaceExactly(pattern, replacement, what) {
  let n = 0;
  glue = glue.replace(pattern, () => { n++; return replacement; });
  if (n === 0) fail(`the glue has no ${what}`);
}
replaceExactly(new RegExp(`"${escape(glueModule).replace(/\./g, "\\.")}"(?=: import0)`, "g"), `"a"`,
  `"${glueModule}": import0`);
for (const [old, short] of renamedImports) {
  replaceExactly(new RegExp(`\\b${escape(old)}(?=: function)`, "g"), short, `import ${old}`);
}
for (const [old, short] of renamedExports) {
  glue = glue.replace(new RegExp(`\\bwasm\\.${escape(old)}\\b`, "g"), `wasm.${short}`);
}
// An import's old name is unique (hashed); an export's may also name a JS function of the glue's
// (`isSwitchboardError`), so only a property access or a quoted key counts as a leftover.
for (const old of renamedImports.keys()) {
  if (glue.includes(old)) fail(`the glue still names ${old}; wasm-bindgen's glue changed shape`);
}
for (const old of [...renamedExports.keys()].filter((n) => n !== "memory")) {
  if (new RegExp(`[.'"]${escape(old)}\\b`).test(glue)) fail(`the glue still reaches the export ${old} by name`);
}
if (/\bwasm\[/.test(glue)) fail("the glue reaches an export by a computed name");

writeFileSync(wasmPath, Buffer.concat(sections));
writeFileSync(gluePath, glue);
