/** Distances for matching: great-circle km between points, with district centres standing in for unknown spots. */

export interface LatLng {
  lat: number;
  lng: number;
}

/** Centres of 长春's districts and development zones (approximate, for km-level distances). */
export const districtCentres: Readonly<Record<string, LatLng>> = {
  南关区: { lat: 43.864, lng: 125.35 },
  宽城区: { lat: 43.921, lng: 125.326 },
  朝阳区: { lat: 43.846, lng: 125.288 },
  二道区: { lat: 43.866, lng: 125.392 },
  绿园区: { lat: 43.883, lng: 125.256 },
  双阳区: { lat: 43.525, lng: 125.664 },
  九台区: { lat: 44.151, lng: 125.839 },
  长春新区: { lat: 43.83, lng: 125.22 },
  经开区: { lat: 43.853, lng: 125.43 },
  净月区: { lat: 43.786, lng: 125.452 },
  汽开区: { lat: 43.851, lng: 125.197 },
};

const R = 6371;
const rad = (d: number) => (d * Math.PI) / 180;

export function haversineKm(a: LatLng, b: LatLng): number {
  const dLat = rad(b.lat - a.lat);
  const dLng = rad(b.lng - a.lng);
  const h = Math.sin(dLat / 2) ** 2 + Math.cos(rad(a.lat)) * Math.cos(rad(b.lat)) * Math.sin(dLng / 2) ** 2;
  return 2 * R * Math.asin(Math.min(1, Math.sqrt(h)));
}

/** A point for a place given as coordinates or a district name; undefined when neither is known. */
export function locate(place: { geo?: LatLng; district?: string } | undefined): LatLng | undefined {
  if (!place) return undefined;
  return place.geo ?? (place.district !== undefined ? districtCentres[place.district] : undefined);
}

/**
 * Kilometre coordinates on a plane tangent near 长春 (equirectangular). Within a city region the
 * error against haversine is far below the 0.1 km shown, and ranking thousands of jobs needs no trig.
 */
const REF_LAT = 43.88;
const KM_PER_DEG_LAT = 110.57;
const KM_PER_DEG_LNG = 111.32 * Math.cos(rad(REF_LAT));

export interface PlanePoint {
  x: number;
  y: number;
}
export const toPlane = (p: LatLng): PlanePoint => ({ x: p.lng * KM_PER_DEG_LNG, y: p.lat * KM_PER_DEG_LAT });
export const planeKm = (a: PlanePoint, b: PlanePoint) => {
  const dx = a.x - b.x;
  const dy = a.y - b.y;
  return Math.sqrt(dx * dx + dy * dy);
};
