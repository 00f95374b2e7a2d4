// The size of each entry as a page downloads it, gzipped: its .wasm plus its JS (entry, glue,
// snippets). Prints the table against the budget of issue 7, and fails when an entry grew past
// its recorded ceiling (size-ceiling.json: a recorded size plus slack, and never more than the
// budget for an entry within it). `node sizes.mjs --record` lowers each ceiling to today's size
// plus 3% (at most the budget, for an entry within it) after an entry shrank; it never raises
// one (that takes a deliberate edit of the file).
import { readFile, readdir, writeFile } from "node:fs/promises";
import { join } from "node:path";
import { gzipSync } from "node:zlib";

const PKG = new URL("../../pkg/", import.meta.url).pathname;
const CEILINGS = new URL("size-ceiling.json", import.meta.url);
const recorded = JSON.parse(await readFile(CEILINGS, "utf8"));
const { budgetBytes, ceilingBytes } = recorded;
const gz = async (file) => gzipSync(await readFile(file), { level: 9 }).length;
const kb = (bytes) => `${(bytes / 1024).toFixed(1)} KB`;

/** Every file below `dir`, as paths. */
async function filesBelow(dir) {
  return (await readdir(dir, { recursive: true, withFileTypes: true })).filter((d) => d.isFile()).map((d) => join(d.parentPath, d.name));
}

const rows = [];
for (const entry of Object.keys(budgetBytes)) {
  const moduleFiles = await filesBelow(join(PKG, "wasm", entry));
  const entryJs = join(PKG, entry === "full" ? "" : entry, "index.js");
  let wasm = 0;
  let js = await gz(entryJs);
  for (const f of moduleFiles) {
    if (f.endsWith(".wasm")) wasm += await gz(f);
    else if (f.endsWith(".js")) js += await gz(f);
  }
  const total = wasm + js;
  const over = total - budgetBytes[entry];
  rows.push({
    entry: entry === "full" ? "switchboard" : `switchboard/${entry}`,
    "wasm gz": kb(wasm), "JS gz": kb(js), total: kb(total),
    budget: kb(budgetBytes[entry]), "over by": over > 0 ? kb(over) : "-",
    ceiling: kb(ceilingBytes[entry]), total_bytes: total, ceiling_bytes: ceilingBytes[entry],
  });
}

const columns = ["entry", "wasm gz", "JS gz", "total", "budget", "over by", "ceiling"];
const widths = columns.map((c) => Math.max(c.length, ...rows.map((r) => r[c].length)));
const line = (cells) => cells.map((c, i) => (i === 0 ? c.padEnd(widths[i]) : c.padStart(widths[i]))).join("  ");
console.log("sizes (gzip -9, 1 KB = 1024 bytes; budget from issue 7, ceiling from tests/packaging/size-ceiling.json):");
console.log(line(columns));
for (const r of rows) console.log(line(columns.map((c) => r[c])));

if (process.argv.includes("--record")) {
  for (const [i, entry] of Object.keys(budgetBytes).entries()) {
    const total = rows[i].total_bytes;
    const budget = total <= budgetBytes[entry] ? budgetBytes[entry] : Infinity;
    ceilingBytes[entry] = Math.min(ceilingBytes[entry], Math.ceil(total * 1.03), budget);
  }
  await writeFile(CEILINGS, `${JSON.stringify(recorded, null, 2)}\n`);
  console.log(`sizes: ceilings recorded in ${CEILINGS.pathname}`);
}

const grown = rows.filter((r) => r.total_bytes > r.ceiling_bytes);
for (const r of grown) console.error(`sizes: ${r.entry} is ${r.total_bytes} bytes, over its ceiling of ${r.ceiling_bytes}`);
if (grown.length > 0) process.exit(1);
const met = rows.filter((r) => r["over by"] === "-").map((r) => r.entry);
console.log(`sizes: no entry grew past its ceiling; within budget: ${met.length ? met.join(", ") : "none yet"}`);
