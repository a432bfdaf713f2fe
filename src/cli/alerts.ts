// `lagebild alerts`: the alerts of a store (checking the articles stored since the last check first,
// as `serve` does every few seconds), or of a running server with --server URL. Filters as the API:
// --kind, --type, --country, --story, --after. Registered by src/cli/main.ts.
import { Command, InvalidArgumentError, Option } from "commander";
import { InputError } from "../ingest/errors.js";
import { ALERT_KINDS, type AlertList } from "../schema/index.js";

interface AlertOpts {
  data: string;
  server?: string;
  token?: string;
  kind?: (typeof ALERT_KINDS)[number];
  type?: string;
  country?: string;
  story?: string;
  after?: number;
  limit: number;
  json?: boolean;
}

function whole(v: string): number {
  if (!/^\d+$/.test(v)) throw new InvalidArgumentError("expected a whole number");
  return Number(v);
}

export function register(program: Command): void {
  program
    .command("alerts")
    .description("list alerts (new stories, figures, contradictions, incidents, unverifiable claims), newest first")
    .addOption(new Option("--kind <kind>", "only this kind").choices([...ALERT_KINDS]))
    .option("--type <type>", "only this figure category or event type ('killed', 'Protests')")
    .option("--country <cc>", "only this country (two-letter code)")
    .option("--story <id>", "only this story")
    .option("--after <seq>", "only alerts newer than this seq", whole)
    .option("--limit <n>", "most alerts shown", whole, 50)
    .option("--data <dir>", "data folder of the embedded store (ignored when DATABASE_URL is set)", "./lagebild-data")
    .option("--server <url>", "ask a running `lagebild serve` (which holds the store) instead of opening the store")
    .option("--token <token>", "the server's API token for --server from another machine (default: LAGEBILD_TOKEN)")
    .option("--json", "print the list as JSON (as GET /api/alerts)")
    .action(async (opts: AlertOpts) => {
      const list = opts.server ? await fromServer(opts) : await fromStore(opts);
      if (opts.json) process.stdout.write(JSON.stringify(list, null, 2) + "\n");
      else process.stdout.write(report(list));
    });
}

async function fromStore(opts: AlertOpts): Promise<AlertList> {
  const { openStore } = await import("../store/index.js");
  let store;
  try {
    store = await openStore({ dataDir: opts.data });
  } catch (e) {
    throw new InputError(`cannot open the store in ${opts.data}: ${(e as Error).message.split("\n")[0]} (while \`lagebild serve\` holds it, use --server URL)`);
  }
  try {
    const { checkAlerts } = await import("../jobs/alerts.js");
    const { listAlerts } = await import("../store/alerts.js");
    await checkAlerts(store);
    return await listAlerts(store.db, { kind: opts.kind, type: opts.type, country: opts.country, story: opts.story, after: opts.after, limit: opts.limit });
  } finally {
    await store.close();
  }
}

async function fromServer(opts: AlertOpts): Promise<AlertList> {
  const url = new URL("/api/alerts", opts.server);
  for (const k of ["kind", "type", "country", "story", "after", "limit"] as const) if (opts[k] !== undefined) url.searchParams.set(k, String(opts[k]));
  const token = opts.token ?? process.env.LAGEBILD_TOKEN;
  let res: Response;
  try {
    res = await fetch(url, { headers: token ? { Authorization: `Bearer ${token}` } : {} });
  } catch (e) {
    throw new InputError(`cannot reach the server at ${opts.server}: ${(e as Error).message}`);
  }
  const body = (await res.json().catch(() => null)) as (AlertList & { error?: { message: string } }) | null;
  if (!res.ok) throw new InputError(`the server answered ${res.status}: ${body?.error?.message ?? ""}`);
  return body!;
}

function report(list: AlertList): string {
  if (!list.items.length) return `no alerts${list.total ? "" : " (they are raised when stored articles bring a new story, figure, contradiction, incident or unverifiable claim)"}\n`;
  const lines = list.items.map((a) => `#${a.seq}  ${a.created.slice(0, 16).replace("T", " ")}  [${a.kind}] ${a.title}\n      “${a.evidence.text}” (article ${a.evidence.article}, ${a.evidence.start}–${a.evidence.end})`);
  return `${lines.join("\n")}\n${list.total > list.items.length ? `… ${list.total - list.items.length} more (--limit, --after)\n` : ""}`;
}
