// Feature extraction of the dependency parser (shared by scripts/train-parser.ts and parsing): hashed word form,
// UPOS and lemma of stack and buffer positions, their leftmost / rightmost children and relations, distance and
// valency (after Zhang & Nivre 2011). Ids are 32-bit integers made with the POS tagger's hashing (../pos/features.ts).
import { feat1, feat2, hashStr } from "../pos/features.js";
import { NONE, type Configuration } from "./system.js";

/** A sentence as hashes: per token (root at n, "none" at n + 1) its lower-cased form, UPOS, lemma and form x UPOS. */
export interface SentenceHashes {
  n: number;
  w: Int32Array;
  p: Int32Array;
  l: Int32Array;
  wp: Int32Array;
}

const ROOT_H = hashStr("<root>"), NONE_H = hashStr("<none>");

export function sentenceHashes(words: readonly string[], upos: readonly string[], lemmas: readonly string[]): SentenceHashes {
  const n = words.length;
  const w = new Int32Array(n + 2), p = new Int32Array(n + 2), l = new Int32Array(n + 2), wp = new Int32Array(n + 2);
  for (let i = 0; i < n; i++) {
    w[i] = hashStr(words[i].toLowerCase());
    p[i] = hashStr(upos[i]);
    l[i] = hashStr(lemmas[i]);
  }
  w[n] = p[n] = l[n] = ROOT_H;
  w[n + 1] = p[n + 1] = l[n + 1] = NONE_H;
  for (let i = 0; i < n + 2; i++) wp[i] = feat2(0, w[i], p[i]);
  return { n, w, p, l, wp };
}

/** Distance buckets: 1, 2, 3, 4, 5-6, 7-9, 10+ (and 0 when a position is missing or the root). */
function distance(a: number, b: number, n: number): number {
  if (a < 0 || b < 0 || a >= n || b >= n) return 0;
  const d = Math.abs(b - a);
  return d <= 4 ? d : d <= 6 ? 5 : d <= 9 ? 6 : 7;
}

/** Template numbers (part of the model: changing one needs retraining). */
let t = 100;
const next = () => t++;
const T = {
  B: next(), S0W: next(), S0P: next(), S0L: next(), S0WP: next(), S1W: next(), S1P: next(), S1L: next(), S1WP: next(), S2P: next(),
  B0W: next(), B0P: next(), B0L: next(), B0WP: next(), B1W: next(), B1P: next(), B1WP: next(), B2P: next(),
  S0WPB0WP: next(), S0WPB0W: next(), S0WB0WP: next(), S0WPB0P: next(), S0PB0WP: next(), S0WB0W: next(), S0PB0P: next(), B0PB1P: next(),
  S0LB0L: next(), S1PS0P: next(), S1WS0W: next(), S1PB0P: next(), S0LB0P: next(), S0PB0L: next(),
  B012P: next(), S0B01P: next(), S10B0P: next(), S0LCB0: next(), S0RCB0: next(), S0B0LC: next(), S1RCS0: next(),
  S0LC12: next(), S0RC12: next(), B0LC12: next(), S210P: next(),
  S0WD: next(), S0PD: next(), B0WD: next(), B0PD: next(), S0B0WD: next(), S0B0PD: next(), S1S0PD: next(),
  S0WVR: next(), S0PVR: next(), S0WVL: next(), S0PVL: next(), B0WVL: next(), B0PVL: next(), S1PVR: next(),
  S0LCW: next(), S0LCP: next(), S0LCR: next(), S0RCW: next(), S0RCP: next(), S0RCR: next(), B0LCW: next(), B0LCP: next(), B0LCR: next(),
  S1RCP: next(), S1RCR: next(), S1LCP: next(), S1LCR: next(), S0LC2P: next(), S0LC2R: next(), S0RC2P: next(), S0RC2R: next(), B0LC2P: next(), B0LC2R: next(),
  S0PLR: next(), S0PRR: next(), B0PLR: next(),
  // relation classifier
  LB: next(), DW: next(), DP: next(), DL: next(), DWP: next(), HW: next(), HP: next(), HL: next(), HWP: next(), DPHP: next(), DWHP: next(),
  DPHW: next(), DLHL: next(), DPHPD: next(), DIRDP: next(), DIRHP: next(), DLCW: next(), DLCP: next(), DLCR: next(), DLC2W: next(),
  DLC2R: next(), DRCP: next(), DRCR: next(), DRC2R: next(), DPLCW: next(), HLCR: next(), HRCR: next(), HPLCR: next(), NEXTP: next(),
  DPNEXTP: next(), HLCW: next(), DLHP: next(), DPLR: next(), DPRR: next(), HPNL: next(),
} as const;

function f3(tpl: number, a: number, b: number, c: number): number {
  return feat2(tpl, a, feat2(0, b, c));
}

/** Index into the hash arrays: a token, the root (n) or "none" (n + 1). */
function at(x: number, n: number): number {
  return x < 0 ? n + 1 : x;
}

/** Relation value of a child (its relation index + 1; 0 when there is no child). */
function rel(c: Configuration, x: number): number {
  return x < 0 ? 0 : c.labels[x] + 1;
}

/** Features for choosing the next transition; writes ids to out, returns their number. */
export function transitionFeatures(c: Configuration, h: SentenceHashes, out: Int32Array): number {
  const { n, w, p, l, wp } = h;
  const s0x = c.s(0), s1x = c.s(1), s2x = c.s(2), b0x = c.buf(0), b1x = c.buf(1), b2x = c.buf(2);
  const s0 = at(s0x, n), s1 = at(s1x, n), s2 = at(s2x, n), b0 = at(b0x, n), b1 = at(b1x, n), b2 = at(b2x, n);
  const ok = (x: number) => x >= 0 && x < n;
  const s0lc = ok(s0x) ? c.lc1[s0x] : NONE, s0rc = ok(s0x) ? c.rc1[s0x] : NONE, b0lc = ok(b0x) ? c.lc1[b0x] : NONE;
  const s0lc2 = ok(s0x) ? c.lc2[s0x] : NONE, s0rc2 = ok(s0x) ? c.rc2[s0x] : NONE, b0lc2 = ok(b0x) ? c.lc2[b0x] : NONE;
  const s1lc = ok(s1x) ? c.lc1[s1x] : NONE, s1rc = ok(s1x) ? c.rc1[s1x] : NONE;
  const d = distance(s0x, b0x, n), d1 = distance(s1x, s0x, n);
  const s0vl = ok(s0x) ? c.nl[s0x] : 0, s0vr = ok(s0x) ? c.nr[s0x] : 0, b0vl = ok(b0x) ? c.nl[b0x] : 0, s1vr = ok(s1x) ? c.nr[s1x] : 0;
  const P = (x: number) => p[at(x, n)], W = (x: number) => w[at(x, n)];
  let k = 0;
  out[k++] = feat1(T.B, 0);
  out[k++] = feat1(T.S0W, w[s0]); out[k++] = feat1(T.S0P, p[s0]); out[k++] = feat1(T.S0L, l[s0]); out[k++] = feat1(T.S0WP, wp[s0]);
  out[k++] = feat1(T.S1W, w[s1]); out[k++] = feat1(T.S1P, p[s1]); out[k++] = feat1(T.S1L, l[s1]); out[k++] = feat1(T.S1WP, wp[s1]);
  out[k++] = feat1(T.S2P, p[s2]);
  out[k++] = feat1(T.B0W, w[b0]); out[k++] = feat1(T.B0P, p[b0]); out[k++] = feat1(T.B0L, l[b0]); out[k++] = feat1(T.B0WP, wp[b0]);
  out[k++] = feat1(T.B1W, w[b1]); out[k++] = feat1(T.B1P, p[b1]); out[k++] = feat1(T.B1WP, wp[b1]);
  out[k++] = feat1(T.B2P, p[b2]);
  out[k++] = feat2(T.S0WPB0WP, wp[s0], wp[b0]); out[k++] = feat2(T.S0WPB0W, wp[s0], w[b0]); out[k++] = feat2(T.S0WB0WP, w[s0], wp[b0]);
  out[k++] = feat2(T.S0WPB0P, wp[s0], p[b0]); out[k++] = feat2(T.S0PB0WP, p[s0], wp[b0]); out[k++] = feat2(T.S0WB0W, w[s0], w[b0]);
  out[k++] = feat2(T.S0PB0P, p[s0], p[b0]); out[k++] = feat2(T.B0PB1P, p[b0], p[b1]);
  out[k++] = feat2(T.S0LB0L, l[s0], l[b0]); out[k++] = feat2(T.S1PS0P, p[s1], p[s0]); out[k++] = feat2(T.S1WS0W, w[s1], w[s0]);
  out[k++] = feat2(T.S1PB0P, p[s1], p[b0]); out[k++] = feat2(T.S0LB0P, l[s0], p[b0]); out[k++] = feat2(T.S0PB0L, p[s0], l[b0]);
  out[k++] = f3(T.B012P, p[b0], p[b1], p[b2]); out[k++] = f3(T.S0B01P, p[s0], p[b0], p[b1]); out[k++] = f3(T.S10B0P, p[s1], p[s0], p[b0]);
  out[k++] = f3(T.S0LCB0, p[s0], P(s0lc), p[b0]); out[k++] = f3(T.S0RCB0, p[s0], P(s0rc), p[b0]); out[k++] = f3(T.S0B0LC, p[s0], p[b0], P(b0lc));
  out[k++] = f3(T.S1RCS0, p[s1], P(s1rc), p[s0]);
  out[k++] = f3(T.S0LC12, p[s0], P(s0lc), P(s0lc2)); out[k++] = f3(T.S0RC12, p[s0], P(s0rc), P(s0rc2)); out[k++] = f3(T.B0LC12, p[b0], P(b0lc), P(b0lc2));
  out[k++] = f3(T.S210P, p[s2], p[s1], p[s0]);
  out[k++] = feat2(T.S0WD, w[s0], d); out[k++] = feat2(T.S0PD, p[s0], d); out[k++] = feat2(T.B0WD, w[b0], d); out[k++] = feat2(T.B0PD, p[b0], d);
  out[k++] = f3(T.S0B0WD, w[s0], w[b0], d); out[k++] = f3(T.S0B0PD, p[s0], p[b0], d); out[k++] = f3(T.S1S0PD, p[s1], p[s0], d1);
  out[k++] = feat2(T.S0WVR, w[s0], s0vr); out[k++] = feat2(T.S0PVR, p[s0], s0vr); out[k++] = feat2(T.S0WVL, w[s0], s0vl);
  out[k++] = feat2(T.S0PVL, p[s0], s0vl); out[k++] = feat2(T.B0WVL, w[b0], b0vl); out[k++] = feat2(T.B0PVL, p[b0], b0vl); out[k++] = feat2(T.S1PVR, p[s1], s1vr);
  out[k++] = feat1(T.S0LCW, W(s0lc)); out[k++] = feat1(T.S0LCP, P(s0lc)); out[k++] = feat1(T.S0LCR, rel(c, s0lc));
  out[k++] = feat1(T.S0RCW, W(s0rc)); out[k++] = feat1(T.S0RCP, P(s0rc)); out[k++] = feat1(T.S0RCR, rel(c, s0rc));
  out[k++] = feat1(T.B0LCW, W(b0lc)); out[k++] = feat1(T.B0LCP, P(b0lc)); out[k++] = feat1(T.B0LCR, rel(c, b0lc));
  out[k++] = feat1(T.S1RCP, P(s1rc)); out[k++] = feat1(T.S1RCR, rel(c, s1rc)); out[k++] = feat1(T.S1LCP, P(s1lc)); out[k++] = feat1(T.S1LCR, rel(c, s1lc));
  out[k++] = feat1(T.S0LC2P, P(s0lc2)); out[k++] = feat1(T.S0LC2R, rel(c, s0lc2)); out[k++] = feat1(T.S0RC2P, P(s0rc2)); out[k++] = feat1(T.S0RC2R, rel(c, s0rc2));
  out[k++] = feat1(T.B0LC2P, P(b0lc2)); out[k++] = feat1(T.B0LC2R, rel(c, b0lc2));
  out[k++] = f3(T.S0PLR, p[s0], rel(c, s0lc), rel(c, s0lc2)); out[k++] = f3(T.S0PRR, p[s0], rel(c, s0rc), rel(c, s0rc2));
  out[k++] = f3(T.B0PLR, p[b0], rel(c, b0lc), rel(c, b0lc2));
  return k;
}

/** Features for the relation of the arc a LEFT or RIGHT makes: dependent s0, its head, their children, the next word. */
export function relationFeatures(c: Configuration, h: SentenceHashes, head: number, out: Int32Array): number {
  const { n, w, p, l, wp } = h;
  const dx = c.s(0);
  const d = at(dx, n), hh = at(head, n);
  const dir = dx < head ? 1 : 2;
  const dist = distance(dx, head, n);
  const hOk = head >= 0 && head < n;
  const dlc = c.lc1[dx], dlc2 = c.lc2[dx], drc = c.rc1[dx], drc2 = c.rc2[dx];
  const hlc = hOk ? c.lc1[head] : NONE, hrc = hOk ? c.rc1[head] : NONE;
  const nextX = head === c.b ? c.buf(1) : c.buf(0);
  const P = (x: number) => p[at(x, n)], W = (x: number) => w[at(x, n)];
  let k = 0;
  out[k++] = feat1(T.LB, dir);
  out[k++] = feat2(T.DW, w[d], dir); out[k++] = feat2(T.DP, p[d], dir); out[k++] = feat2(T.DL, l[d], dir); out[k++] = feat2(T.DWP, wp[d], dir);
  out[k++] = feat1(T.HW, w[hh]); out[k++] = feat1(T.HP, p[hh]); out[k++] = feat1(T.HL, l[hh]); out[k++] = feat1(T.HWP, wp[hh]);
  out[k++] = feat2(T.DPHP, p[d], p[hh]); out[k++] = feat2(T.DWHP, w[d], p[hh]); out[k++] = feat2(T.DPHW, p[d], w[hh]);
  out[k++] = feat2(T.DLHL, l[d], l[hh]); out[k++] = f3(T.DPHPD, p[d], p[hh], dir * 8 + dist);
  out[k++] = feat2(T.DIRDP, dir, p[d]); out[k++] = feat2(T.DIRHP, dir, p[hh]);
  out[k++] = feat1(T.DLCW, W(dlc)); out[k++] = feat1(T.DLCP, P(dlc)); out[k++] = feat1(T.DLCR, rel(c, dlc)); out[k++] = feat1(T.DLC2W, W(dlc2));
  out[k++] = feat1(T.DLC2R, rel(c, dlc2)); out[k++] = feat1(T.DRCP, P(drc)); out[k++] = feat1(T.DRCR, rel(c, drc)); out[k++] = feat1(T.DRC2R, rel(c, drc2));
  out[k++] = feat2(T.DPLCW, p[d], W(dlc)); out[k++] = feat1(T.HLCR, rel(c, hlc)); out[k++] = feat1(T.HRCR, rel(c, hrc));
  out[k++] = feat2(T.HPLCR, p[hh], rel(c, hlc)); out[k++] = feat1(T.NEXTP, P(nextX)); out[k++] = feat2(T.DPNEXTP, p[d], P(nextX));
  out[k++] = feat1(T.HLCW, W(hlc)); out[k++] = feat2(T.DLHP, l[d], p[hh]);
  out[k++] = f3(T.DPLR, p[d], rel(c, dlc), rel(c, dlc2)); out[k++] = f3(T.DPRR, p[d], rel(c, drc), rel(c, drc2));
  out[k++] = feat2(T.HPNL, p[hh], hOk ? c.nl[head] : 0);
  return k;
}
