// A queue worker process for test/jobs/worker-kill.test.ts: runWorker on the PostgreSQL schema given in
// argv, printing "stored ARTICLE" after each article's commit and "done JOB" when a job's finish is recorded.
// With PAUSE_MS it waits that long after each commit (before the job is finished), so a test can kill it there.
import { openStore } from "../../src/store/index.js";
import { runWorker } from "../../src/jobs/worker.js";

const [schema, name] = process.argv.slice(2);
const pause = Number(process.env.PAUSE_MS ?? 0);
const store = await openStore({ databaseUrl: process.env.DATABASE_URL!, schema });
const storeExtraction = store.storeExtraction.bind(store);
store.storeExtraction = async (...args) => {
  const res = await storeExtraction(...args);
  process.stdout.write(`stored ${res.id} ${res.status}\n`);
  if (pause) await new Promise((r) => setTimeout(r, pause));
  return res;
};
const finishJob = store.finishJob.bind(store);
store.finishJob = async (job, result) => {
  const applied = await finishJob(job, result);
  if (applied) process.stdout.write(`done ${typeof job === "number" ? job : job.id}\n`);
  return applied;
};
const stop = new AbortController();
process.on("SIGTERM", () => stop.abort());
await runWorker(store, { workerId: name, pollMs: 100, signal: stop.signal });
await store.close();
