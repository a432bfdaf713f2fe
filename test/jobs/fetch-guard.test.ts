// The fetcher refuses every spelling of a private address and connects only where it checked.
import { test } from "node:test";
import assert from "node:assert/strict";
import { createServer } from "node:http";
import type { AddressInfo } from "node:net";
import { isPublicAddress } from "../../src/jobs/address.js";
import { safeFetch } from "../../src/jobs/fetch.js";

test("isPublicAddress: mapped, compatible, NAT64, 6to4, teredo and private forms are not public", () => {
  const notPublic = [
    "127.0.0.1", "10.0.0.1", "169.254.169.254", "100.64.0.1", "0.0.0.0", "192.168.1.1", "172.16.0.1", "255.255.255.255", "224.0.0.1",
    "::1", "::", "::ffff:127.0.0.1", "::ffff:7f00:1", "[::ffff:7f00:1]", "::ffff:a9fe:a9fe", "::ffff:10.0.0.1", "::169.254.169.254",
    "::a9fe:a9fe", "::ffff:0:7f00:1", "64:ff9b::7f00:1", "64:ff9b::10.0.0.1", "64:ff9b:1::808:808", "2002:7f00:1::", "2002:a9fe:a9fe::1",
    "2001:0:4136:e378:8000:63bf:3fff:fdd2", "fe80::1", "fe80::1%eth0", "fc00::1", "fd12:3456::1", "ff02::1", "not-an-address", "7f00:1",
  ];
  for (const a of notPublic) assert.equal(isPublicAddress(a), false, a);
  for (const a of ["8.8.8.8", "93.184.216.34", "2001:4860:4860::8888", "::ffff:8.8.8.8", "64:ff9b::808:808", "2002:808:808::1"]) assert.equal(isPublicAddress(a), true, a);
});

test("safeFetch: loopback in every spelling is refused, names are checked at connect time, the opt-in lets them through", async () => {
  let hits = 0;
  const srv = createServer((_req, res) => {
    hits++;
    res.writeHead(200, { "content-type": "text/plain" });
    res.end("inside");
  });
  await new Promise<void>((r) => srv.listen(0, "127.0.0.1", r));
  const port = (srv.address() as AddressInfo).port;
  const saved = process.env.LAGEBILD_ALLOW_PRIVATE_FETCH;
  delete process.env.LAGEBILD_ALLOW_PRIVATE_FETCH;
  try {
    const spellings = ["127.0.0.1", "[::ffff:127.0.0.1]", "[::ffff:7f00:1]", "[::127.0.0.1]", "2130706433", "0x7f.0.0.1", "0177.0.0.1", "127.1", "localhost"];
    for (const host of spellings) await assert.rejects(() => safeFetch(`http://${host}:${port}/`), /private or loopback/, host);
    assert.equal(hits, 0, "no request reached the loopback server");
    const allowed = await safeFetch(`http://localhost:${port}/`, { allowPrivate: true });
    assert.equal(allowed.body, "inside");
    process.env.LAGEBILD_ALLOW_PRIVATE_FETCH = "1";
    assert.equal((await safeFetch(`http://127.0.0.1:${port}/`)).body, "inside");
  } finally {
    if (saved === undefined) delete process.env.LAGEBILD_ALLOW_PRIVATE_FETCH;
    else process.env.LAGEBILD_ALLOW_PRIVATE_FETCH = saved;
    srv.close();
  }
});
