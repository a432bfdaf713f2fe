// The `lagebild` command line. Each command's implementation is imported lazily so that
// `lagebild extract` does not pay for the store or the server at start-up.
import { Command, Option } from "commander";
import { InputError } from "../ingest/errors.js";
import { languageCodes } from "../lang/registry.js";

const program = new Command();
program.name("lagebild").description("Turns news reports into a sourced situation picture.").version("0.1.0");

program
  .command("extract")
  .description("extract entities, figures, claims, times and events from one article (FILE or - for stdin), or from one per line (--jsonl)")
  .argument("[file]", "article file (plain text, HTML or JSON record); - reads stdin (not needed with --schema, --components or --jsonl)")
  .option("--json", "print the contract JSON")
  .option("--published <date>", "publication date YYYY-MM-DD (resolves relative times)")
  .addOption(new Option("--lang <lang>", "language of the article (default: detected)").choices(languageCodes()))
  .addOption(new Option("--format <format>", "input format").choices(["auto", "text", "html", "json"]).default("auto"))
  .option("--schema", "print the JSON Schema of the output instead")
  .option("--components", "print the pipeline's components with what each requires and assigns (JSON with --json)")
  .option("--jsonl <file>", "read one JSON record per line ({id, text|html, published, lang, url, outlet}; - for stdin) and write one extraction JSON per line with its id; --lang and --published are defaults")
  .action(async (file: string | undefined, opts) => {
    const { runExtract } = await import("./extract.js");
    await runExtract(file, opts);
  });

async function main(): Promise<void> {
  for (const mod of ["./store-commands.js", "./serve.js", "./alerts.js"]) {
    try {
      const m = (await import(mod)) as { register?: (p: Command) => void };
      m.register?.(program);
    } catch (e) {
      if ((e as NodeJS.ErrnoException).code !== "ERR_MODULE_NOT_FOUND") throw e;
    }
  }
  await program.parseAsync(process.argv);
}

main().catch((e: unknown) => {
  if (e instanceof InputError) {
    process.stderr.write(`lagebild: ${e.message}\n`);
    process.exit(1);
  }
  const msg = e instanceof Error ? e.message : String(e);
  process.stderr.write(`lagebild: ${msg.split("\n")[0]}\n`);
  if (process.env.LAGEBILD_DEBUG) console.error(e);
  process.exit(2);
});
