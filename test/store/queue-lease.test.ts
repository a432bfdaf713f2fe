// Job leases: a claimed job belongs to its worker while the worker renews the lease; once it runs out,
// the next claim of any worker puts it back (bounded, with back-off) and a late answer of the old worker is ignored.
// Also what the queue and search hand PostgreSQL: no NUL, no lone surrogate in jsonb or text parameters.
import assert from "node:assert/strict";
import { storeTest } from "./helpers.js";
import { openStore, queueOptions, type Store } from "../../src/store/index.js";
import type { Backend } from "./helpers.js";

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

/** The backend's store with short leases (0.3 s) and no back-off, so the test takes about a second. */
async function quickStore(b: Backend): Promise<Store> {
  const s = await b.open();
  Object.assign(s.queue, { leaseSeconds: 0.3, backoffSeconds: 0.01, maxLeaseLosses: 2 });
  return s;
}

async function row(s: Store, id: number) {
  return (await s.db.query<{ status: string; attempts: number; lease_losses: number; error: string | null; locked_by: string | null }>("SELECT status, attempts, lease_losses, error, locked_by FROM jobs WHERE id = $1", [id])).rows[0]!;
}

storeTest("job leases: an expired lease is requeued by another worker's claim, and the old worker's finish is refused", async (b) => {
  const s = await quickStore(b);
  try {
    const id = await s.enqueue("ingest-record", { n: 1 }, { maxAttempts: 1 });
    const first = await s.claimJob("dead-worker");
    assert.equal(first!.id, id);
    assert.equal(await s.claimJob("live-worker"), null, "a held lease is not claimed");
    await sleep(450);
    const second = await s.claimJob("live-worker");
    assert.equal(second?.id, id, "the lapsed lease went back to the queue");
    assert.equal(second!.attempts, 2);
    assert.equal(await s.finishJob(first!, { late: true }), false, "the old claim may not finish it");
    assert.equal(await s.renewLease(first!), false, "nor renew it");
    assert.equal(await s.renewLease(second!), true);
    assert.equal(await s.finishJob(second!, { ok: true }), true);
    const r = await row(s, id);
    assert.equal(r.status, "done");
    assert.equal(r.lease_losses, 1);
    assert.equal(await s.failJob(first!, "late failure"), false, "a finished job stays finished");
    assert.equal((await row(s, id)).status, "done");
  } finally {
    await s.close();
  }
});

storeTest("job leases: a renewed lease is kept past its length; a job losing its lease too often is failed with the error", async (b) => {
  const s = await quickStore(b);
  try {
    const id = await s.enqueue("ingest-record", { n: 2 });
    const held = await s.claimJob("w1");
    for (let i = 0; i < 4; i++) {
      await sleep(120);
      assert.equal(await s.renewLease(held!), true);
    }
    assert.equal(await s.claimJob("w2"), null, "renewed for 0.48 s > 0.3 s: still w1's");
    assert.equal(await s.finishJob(held!), true);

    const poison = await s.enqueue("ingest-record", { n: 3 }, { maxAttempts: 5 });
    for (let loss = 1; loss <= 2; loss++) {
      const j = await s.claimJob(`w${loss}`);
      assert.equal(j?.id, poison, `claim ${loss}`);
      await sleep(400);
      assert.equal(await s.requeueExpired(), 1);
    }
    const r = await row(s, poison);
    assert.equal(r.status, "failed", "two lost leases (maxLeaseLosses 2) fail the job");
    assert.match(r.error ?? "", /lease expired: worker w2 stopped during attempt 2/);
    assert.equal(r.locked_by, null);
    assert.equal(await s.claimJob("w3"), null);
    assert.deepEqual(await s.jobCounts(), { queued: 0, running: 0, done: 1, failed: 1 });
    void id;
  } finally {
    await s.close();
  }
});

storeTest("job leases: back-off doubles per attempt before a failed job is claimed again", async (b) => {
  const s = await b.open();
  try {
    Object.assign(s.queue, { backoffSeconds: 0.25 });
    const id = await s.enqueue("fetch-feed", { url: "x" }, { maxAttempts: 3 });
    await s.failJob((await s.claimJob("w"))!, "first");
    assert.equal(await s.claimJob("w"), null, "0.25 s back-off");
    await sleep(350);
    await s.failJob((await s.claimJob("w"))!, "second");
    await sleep(350);
    assert.equal(await s.claimJob("w"), null, "0.5 s back-off after the second attempt");
    await sleep(300);
    const third = await s.claimJob("w");
    assert.equal(third?.id, id);
    await s.failJob(third!, "third");
    const r = await row(s, id);
    assert.equal(r.status, "failed");
    assert.equal(r.error, "third");
  } finally {
    await s.close();
  }
});

storeTest("job leases: settings come from the options, else the environment, else the defaults", async () => {
  assert.deepEqual(queueOptions({ leaseSeconds: 2 }).leaseSeconds, 2);
  const saved = process.env.LAGEBILD_LEASE_SECONDS;
  process.env.LAGEBILD_LEASE_SECONDS = "7.5";
  try {
    assert.equal(queueOptions().leaseSeconds, 7.5);
    const s = await openStore({ dataDir: "memory://", databaseUrl: null, queue: { backoffSeconds: 1 } });
    assert.deepEqual(s.queue, { leaseSeconds: 7.5, backoffSeconds: 1, maxLeaseLosses: 3 });
    await s.close();
  } finally {
    if (saved === undefined) delete process.env.LAGEBILD_LEASE_SECONDS;
    else process.env.LAGEBILD_LEASE_SECONDS = saved;
  }
  assert.equal(queueOptions().leaseSeconds, 60);
});

storeTest("job payloads and results with NUL characters and lone surrogates are stored (jsonb refuses both as escapes)", async (b) => {
  const s = await b.open();
  try {
    const id = await s.enqueue("ingest-record", { record: { text: "\uDC00 Die Stadt\0 meldet Regen \uD83D\uDE00" } });
    const job = await s.claimJob("w");
    assert.equal(job?.id, id);
    assert.equal((job!.payload.record as { text: string }).text, "\uFFFD Die Stadt  meldet Regen \uD83D\uDE00");
    assert.equal(await s.finishJob(job!, { message: "kaputt \uD800" }), true);
  } finally {
    await s.close();
  }
});

storeTest("a NUL character in a text parameter (a search for \"%00\", a feed address) is no database error", async (b) => {
  const s = await b.open();
  try {
    assert.deepEqual(await s.search("\0"), []);
    assert.deepEqual(await s.listArticles({ q: "Regen\0", outlet: "\0" }), []);
  } finally {
    await s.close();
  }
});
