// The house rules anyone can check (`npm run house`, and test/house.test.ts): no file in src over
// 600 lines, no function in src/extract over 80 lines, no module outside src/lang importing a
// language folder by name, and nothing in src/store importing the situation, the jobs or the server
// (persistence sits below them).
import { readdirSync, readFileSync, statSync } from "node:fs";
import { join, relative, dirname, resolve, isAbsolute } from "node:path";
import { parse } from "@babel/parser";
import { ROOT } from "./corpus.js";

export const MAX_FILE_LINES = 600;
export const MAX_FUNCTION_LINES = 80;

/** Every .ts file under a folder of the project, as a path relative to the root ("src/nlp/tokenize.ts"). */
export function sourceFiles(folder = "src"): string[] {
  const out: string[] = [];
  const walk = (dir: string) => {
    for (const name of readdirSync(dir).sort()) {
      const path = join(dir, name);
      if (statSync(path).isDirectory()) walk(path);
      else if (name.endsWith(".ts")) out.push(relative(ROOT, path));
    }
  };
  walk(join(ROOT, folder));
  return out;
}

/** A file by project path ("src/nlp/tokenize.ts") or absolute path (tests). */
const read = (file: string) => readFileSync(isAbsolute(file) ? file : join(ROOT, file), "utf8");

/** Files over the line limit: "src/extract/claims/index.ts: 1669 lines". */
export function longFiles(files = sourceFiles()): string[] {
  return files.map((f) => [f, read(f).split("\n").length - 1] as const).filter(([, n]) => n > MAX_FILE_LINES).map(([f, n]) => `${f}: ${n} lines`);
}

interface Node { type: string; loc?: { start: { line: number }; end: { line: number } }; id?: { name?: string } | null; key?: { name?: string } }
const FUNCTION_TYPES = new Set(["FunctionDeclaration", "FunctionExpression", "ArrowFunctionExpression", "ClassMethod", "ObjectMethod", "ClassPrivateMethod"]);

/** Functions over the line limit: "src/extract/claims/index.ts:812 verbClaim: 236 lines". */
export function longFunctions(files = sourceFiles("src/extract")): string[] {
  const out: string[] = [];
  for (const file of files) {
    const ast = parse(read(file), { sourceType: "module", plugins: ["typescript"] });
    const visit = (node: unknown, name: string) => {
      if (!node || typeof node !== "object") return;
      if (Array.isArray(node)) { for (const n of node) visit(n, name); return; }
      const n = node as Node & Record<string, unknown>;
      let own = name;
      if (n.type === "VariableDeclarator" && (n.id as { name?: string } | null)?.name) own = (n.id as { name: string }).name;
      if (FUNCTION_TYPES.has(n.type) && n.loc) {
        const fname = n.id?.name ?? n.key?.name ?? name;
        const lines = n.loc.end.line - n.loc.start.line + 1;
        if (lines > MAX_FUNCTION_LINES) out.push(`${file}:${n.loc.start.line} ${fname}: ${lines} lines`);
        own = fname;
      }
      for (const [k, v] of Object.entries(n)) if (k !== "loc" && k !== "leadingComments" && k !== "trailingComments") visit(v, own);
    };
    visit(ast.program, "?");
  }
  return out;
}

/** The relative imports of a file, resolved to project paths ("src/lang/de/claims.js" -> "src/lang/de/claims.ts"). */
function importsOf(file: string): string[] {
  const out: string[] = [];
  for (const m of read(file).matchAll(/(?:from|import)\s*\(?\s*["'](\.[^"']+)["']/g)) out.push(relative(ROOT, resolve(dirname(join(ROOT, file)), m[1])).replace(/\.js$/, ".ts"));
  return out;
}

/** Imports that cross a forbidden line: a language folder from outside src/lang; the situation, jobs or server from the store. */
export function wrongImports(files = sourceFiles()): string[] {
  const out: string[] = [];
  for (const file of files) {
    for (const target of importsOf(file)) {
      if (!file.startsWith("src/lang/") && /^src\/lang\/[a-z]{2}\//.test(target)) out.push(`${file} imports ${target}`);
      if (file.startsWith("src/store/") && /^src\/(situation|jobs|server)\//.test(target)) out.push(`${file} imports ${target}`);
    }
  }
  return out;
}

function main(): void {
  const problems = [...longFiles(), ...longFunctions(), ...wrongImports()];
  for (const p of problems) console.log(p);
  console.log(problems.length ? `house: ${problems.length} problem(s)` : "house: all rules hold");
  if (problems.length) process.exitCode = 1;
}

if (process.argv[1] && /house\.(js|ts)$/.test(process.argv[1])) main();
