// The story's places on an offline world map: d3-geo projection of the world-atlas countries
// (served by the Lagebild server from node_modules), no tiles from the network. It opens on the places in the
// story's countries, zooms with its buttons and the wheel (re-projected, so labels keep their size), and hides
// labels that would cover others (every marker stays, its name on hover and focus).
import { geoNaturalEarth1, geoPath, geoGraticule10, geoContains } from "d3-geo";
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

/** Labels that would cover one another are hidden (the marker stays; its name shows on hover and focus). */
export function declutterLabels(labels: { el: Pick<SVGElement, "setAttribute">; x: number; y: number; width: number }[]): void {
  const shown: { x0: number; x1: number; y0: number; y1: number }[] = [];
  for (const l of labels) {
    const box = { x0: l.x, x1: l.x + l.width, y0: l.y - 11, y1: l.y + 3 };
    const covers = shown.some((b) => box.x0 < b.x1 && b.x0 < box.x1 && box.y0 < b.y1 && b.y0 < box.y1);
    l.el.setAttribute("visibility", covers ? "hidden" : "visible");
    if (!covers) shown.push(box);
  }
}

/** The box the map opens on: the places in the story's countries (one far mention does not zoom out to the world), else all. */
function fitPlaces(places: Place[], inCountries: (p: Place) => boolean): Place[] {
  const home = places.filter(inCountries);
  return home.length ? home : places;
}

export function placesMap(places: Place[], countries: string[]): HTMLElement {
  const W = 640, H = 340;
  const svg = s("svg", { class: "map", viewBox: `0 0 ${W} ${H}`, width: "100%", role: "img", "aria-label": "map of the story's places" });
  const zoomIn = h("button", { type: "button", class: "map-zoom", "data-zoom": "in", "aria-label": "zoom in" }, "+");
  const zoomOut = h("button", { type: "button", class: "map-zoom", "data-zoom": "out", "aria-label": "zoom out" }, "−");
  const zoomReset = h("button", { type: "button", class: "map-zoom", "data-zoom": "reset", "aria-label": "show all places" }, "⟲");
  const box = h("div", { class: "map-box" }, h("div", { class: "map-controls" }, zoomIn, zoomOut, zoomReset), svg, h("div", { class: "muted small" }, places.length ? `${places.length} place${places.length === 1 ? "" : "s"} with coordinates` : "no places with coordinates yet"));
  const hi = new Set(countries.map((c) => c.toUpperCase()));
  loadWorld()
    .then((fc) => {
      const projection = geoNaturalEarth1();
      const inCountries = (p: Place) => fc.features.some((f) => f.properties.a2 && hi.has(f.properties.a2) && geoContains(f, [p.lon, p.lat]));
      if (places.length) {
        const fit = fitPlaces(places, inCountries);
        const lons = fit.map((p) => p.lon), lats = fit.map((p) => p.lat);
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
      const base = { scale: projection.scale(), translate: projection.translate() };
      const draw = () => {
        while (svg.firstChild) svg.removeChild(svg.firstChild);
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
        const labels: { el: SVGElement; x: number; y: number; width: number }[] = [];
        for (const pl of places) {
          const xy = projection([pl.lon, pl.lat]);
          if (!xy) continue;
          const g = s("g", { class: `place ${pl.kind}`, "data-name": pl.name });
          g.appendChild(s("circle", { cx: xy[0], cy: xy[1], r: 5.5 }));
          const label = s("text", { x: xy[0] + 8, y: xy[1] + 4 }, pl.name);
          g.appendChild(label);
          labels.push({ el: label, x: xy[0] + 8, y: xy[1] + 4, width: pl.name.length * 6.5 });
          withDetails(g, () => ({ rows: pl.details, title: pl.name }));
          svg.appendChild(g);
        }
        declutterLabels(labels);
      };
      // zoom around the middle of the view: buttons, and the wheel over the map
      const zoom = (factor: number | null) => {
        if (factor === null) { projection.scale(base.scale).translate(base.translate); draw(); return; }
        const [tx, ty] = projection.translate();
        const scale = Math.min(base.scale * 64, Math.max(base.scale / 4, projection.scale() * factor));
        const k = scale / projection.scale();
        projection.scale(scale).translate([W / 2 + (tx - W / 2) * k, H / 2 + (ty - H / 2) * k]);
        draw();
      };
      zoomIn.addEventListener("click", () => zoom(1.6));
      zoomOut.addEventListener("click", () => zoom(1 / 1.6));
      zoomReset.addEventListener("click", () => zoom(null));
      svg.addEventListener("wheel", (ev) => { ev.preventDefault(); zoom((ev as WheelEvent).deltaY < 0 ? 1.25 : 0.8); }, { passive: false });
      draw();
    })
    .catch((e: unknown) => box.appendChild(h("div", { class: "error" }, `map unavailable: ${(e as Error).message}`)));
  return box;
}
