// Reads over the network: a server listening on all interfaces answers reads only with the token,
// from any address, unless reads are opened. Skips when the machine has no non-loopback
// IPv4 address.
import { test } from "node:test";
import assert from "node:assert/strict";
import { networkInterfaces } from "node:os";
import { startTestServer } from "./helpers.js";

const lan = Object.values(networkInterfaces())
  .flat()
  .find((a) => a && a.family === "IPv4" && !a.internal)?.address;
const skip = lan ? false : "no non-loopback IPv4 address on this machine";

test("on a wider bind every read needs the token, loopback ones too (a rebinding page is a loopback client); --open-reads opens them", { skip }, async () => {
  const t = await startTestServer({ host: "0.0.0.0" });
  try {
    const port = new URL(t.base).port;
    const remote = `http://${lan}:${port}`;
    const r1 = await fetch(`${remote}/api/stories`);
    assert.equal(r1.status, 401);
    assert.equal(((await r1.json()) as any).error.code, "missing_token");
    const r2 = await fetch(`${remote}/api/stories`, { headers: t.auth });
    assert.equal(r2.status, 200);
    const r3 = await fetch(`http://127.0.0.1:${port}/api/stories`);
    assert.equal(r3.status, 401);
    assert.equal((await fetch(`http://127.0.0.1:${port}/api/stories`, { headers: t.auth })).status, 200);
    // the page itself loads, its data needs the token
    assert.equal((await fetch(`${remote}/`)).status, 200);
  } finally {
    await t.stop();
  }
  const o = await startTestServer({ host: "0.0.0.0", openReads: true });
  try {
    const port = new URL(o.base).port;
    assert.equal((await fetch(`http://${lan}:${port}/api/stories`)).status, 200);
    const w = await fetch(`http://${lan}:${port}/api/articles`, { method: "POST", body: "The council met on Monday.", headers: { "Content-Type": "text/plain" } });
    assert.equal(w.status, 401, "writes stay guarded");
  } finally {
    await o.stop();
  }
});
