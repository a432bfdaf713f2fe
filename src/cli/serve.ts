// `lagebild serve`: the REST API and the situation page.
import { Command, InvalidArgumentError } from "commander";

function port(v: string): number {
  const n = Number(v);
  if (!/^\d+$/.test(v) || n < 0 || n > 65535) throw new InvalidArgumentError("a port is a number from 0 to 65535");
  return n;
}

function webhookUrl(v: string): string {
  if (!/^https?:\/\/[^\s/]+/i.test(v)) throw new InvalidArgumentError("a webhook is an http:// or https:// URL");
  return v;
}

function count(v: string): number {
  if (!/^\d+$/.test(v)) throw new InvalidArgumentError("a whole number");
  return Number(v);
}

export function register(program: Command): void {
  program
    .command("serve")
    .description("start the REST API and the situation page (embedded store in the data folder)")
    .option("--port <port>", "port to listen on", port, 8470)
    .option("--host <host>", "address to listen on (on any address but loopback every read needs the token too, unless --open-reads)", "127.0.0.1")
    .option("--data <dir>", "data folder (store, API token)", "./lagebild-data")
    .option("--open-reads", "allow reads without token from any client (writes always need the token)")
    .option("--allow-private-fetch", "let URLs and feeds reach loopback and private addresses (intranet feeds); same as LAGEBILD_ALLOW_PRIVATE_FETCH=1")
    .option("--workers <n>", "job workers for batches and feeds", count, 2)
    .option("--feed-minutes <n>", "fetch every feed again after this many minutes (0: only on demand)", count, 30)
    .option("--alert-webhook <url>", "POST every new alert as JSON to this URL (default: LAGEBILD_ALERT_WEBHOOK); checked like every fetch, so a loopback or intranet hook needs --allow-private-fetch", webhookUrl)
    .action(async (opts: { port: number; host: string; data: string; openReads?: boolean; allowPrivateFetch?: boolean; workers: number; feedMinutes: number; alertWebhook?: string }) => {
      if (opts.allowPrivateFetch) process.env.LAGEBILD_ALLOW_PRIVATE_FETCH = "1";
      const t0 = Date.now();
      const { startServer } = await import("../server/index.js");
      const srv = await startServer({ port: opts.port, host: opts.host, dataDir: opts.data, openReads: !!opts.openReads, workers: opts.workers, feedMinutes: opts.feedMinutes, alertWebhook: opts.alertWebhook });
      const out = process.stdout;
      out.write(`Lagebild is running at ${srv.url}  (data: ${opts.data}, listening after ${((Date.now() - t0) / 1000).toFixed(1)} s)\n`);
      if (srv.token.created) {
        out.write(`API token (shown once; stored in ${srv.token.file}, mode 0600):\n  ${srv.token.token}\n`);
        out.write(`Open ${srv.url}#token=${srv.token.token} to use the page with write access.\n`);
      } else {
        out.write(`API token: in ${srv.token.file} (open ${srv.url}#token=TOKEN once to give the page write access)\n`);
      }
      if (!["127.0.0.1", "localhost", "::1"].includes(opts.host)) out.write(`Listening on ${opts.host}: ${opts.openReads ? "reads are open to everyone" : "reads from other machines need the token"}; writes always need the token.\n`);
      try {
        await srv.ready;
      } catch (e) {
        process.stderr.write(`lagebild serve: cannot open the store: ${(e as Error).message.split("\n")[0]}\n`);
        await srv.close().catch(() => undefined);
        process.exit(2);
      }
      out.write(`Store ready (${srv.backend.storeName}) after ${((Date.now() - t0) / 1000).toFixed(1)} s. Press Ctrl+C to stop.\n`);
      let stopping = false;
      const stop = async () => {
        if (stopping) process.exit(130);
        stopping = true;
        out.write("\nstopping…\n");
        await srv.close().catch(() => undefined);
        process.exit(0);
      };
      // a failure in one request or job must not take the server down
      process.on("unhandledRejection", (e) => process.stderr.write(`lagebild serve: unhandled error: ${e instanceof Error ? (e.stack ?? e.message) : String(e)}\n`));
      process.on("SIGINT", () => void stop());
      process.on("SIGTERM", () => void stop());
    });
}
