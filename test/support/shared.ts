// Where the project root and ../shared are, from the TypeScript source or the compiled test in dist/.
import { existsSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

/** The project root (the folder holding package.json). */
export function projectRoot(): string {
  let d = dirname(fileURLToPath(import.meta.url));
  while (!existsSync(join(d, "package.json")) && dirname(d) !== d) d = dirname(d);
  return d;
}

/** ../shared beside the project (real articles and training data), or null when it is absent. */
export function sharedDir(): string | null {
  const p = join(projectRoot(), "..", "shared");
  return existsSync(p) ? p : null;
}
