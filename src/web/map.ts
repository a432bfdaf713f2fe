// The story's places on an offline world map: d3-geo projection of the world-atlas countries
// (served by the Lagebild server from node_modules), no tiles from the network.
import { geoNaturalEarth1, geoPath, geoGraticule10 } from "d3-geo";
import { feature } from "topojson-client";
import type { Topology, GeometryCollection } from "topojson-specification";
import type { FeatureCollection, Geometry } from "geojson";
import { s, h, showTip, hideTip, withDetails } from "./dom.js";

export interface Place {
  name: string;
  lat: number;
  lon: number;
  kind: string;
  details: [string, string][];
}

let world: Promise<FeatureCollection<Geometry, { name?: string; a2?: string | null }>> | undefined;

function loadWorld() {
  world ??= fetch("/geo/countries.json")
    .then((r) => {
      if (!r.ok) throw new Error(`map data: HTTP ${r.status}`);
      return r.json() as Promise<Topology<{ countries: GeometryCollection<{ name?: string; a2?: string | null }> }>>;
    })
    .then((topo) => feature(topo, topo.objects.countries) as unknown as FeatureCollection<Geometry, { name?: string; a2?: string | null }>);
  return world;
}

export function placesMap(places: Place[], countries: string[]): HTMLElement {
  const W = 640, H = 340;
  const svg = s("svg", { class: "map", viewBox: `0 0 ${W} ${H}`, width: "100%", role: "img", "aria-label": "map of the story's places" });
  const box = h("div", { class: "map-box" }, svg, h("div", { class: "muted small" }, places.length ? `${places.length} place${places.length === 1 ? "" : "s"} with coordinates` : "no places with coordinates yet"));
  const hi = new Set(countries.map((c) => c.toUpperCase()));
  loadWorld()
    .then((fc) => {
      const projection = geoNaturalEarth1();
      if (places.length) {
        const lons = places.map((p) => p.lon), lats = places.map((p) => p.lat);
        const [x0, x1] = [Math.min(...lons), Math.max(...lons)];
        const [y0, y1] = [Math.min(...lats), Math.max(...lats)];
        const padX = Math.max(12, (x1 - x0) * 0.4), padY = Math.max(7, (y1 - y0) * 0.4);
        projection.fitExtent([[8, 8], [W - 8, H - 8]], {
          type: "MultiPoint",
          coordinates: [[Math.max(-180, x0 - padX), Math.max(-85, y0 - padY)], [Math.min(180, x1 + padX), Math.min(85, y1 + padY)]],
        });
      } else {
        const sel = fc.features.filter((f) => f.properties.a2 && hi.has(f.properties.a2));
        projection.fitExtent([[8, 8], [W - 8, H - 8]], sel.length ? { type: "FeatureCollection", features: sel } : { type: "Sphere" });
      }
      const path = geoPath(projection);
      svg.appendChild(s("path", { d: path({ type: "Sphere" }) ?? "", class: "sphere" }));
      svg.appendChild(s("path", { d: path(geoGraticule10()) ?? "", class: "graticule" }));
      for (const f of fc.features) {
        const on = !!f.properties.a2 && hi.has(f.properties.a2);
        const p = s("path", { d: path(f) ?? "", class: on ? "country hi" : "country", "data-a2": f.properties.a2 ?? "" });
        if (on) {
          p.addEventListener("mouseenter", (ev) => showTip(ev as MouseEvent, [["country", `${f.properties.name ?? ""} (${f.properties.a2})`]]));
          p.addEventListener("mouseleave", hideTip);
        }
        svg.appendChild(p);
      }
      for (const pl of places) {
        const xy = projection([pl.lon, pl.lat]);
        if (!xy) continue;
        const g = s("g", { class: `place ${pl.kind}`, "data-name": pl.name });
        g.appendChild(s("circle", { cx: xy[0], cy: xy[1], r: 5.5 }));
        g.appendChild(s("text", { x: xy[0] + 8, y: xy[1] + 4 }, pl.name));
        withDetails(g, () => ({ rows: pl.details, title: pl.name }));
        svg.appendChild(g);
      }
    })
    .catch((e: unknown) => box.appendChild(h("div", { class: "error" }, `map unavailable: ${(e as Error).message}`)));
  return box;
}
