// GCJ-02 is WGS 84 shifted by a published formula (on the Krasovsky ellipsoid); its inverse has no closed form.
const A = 6378245.0;
const EE = 0.00669342162296594323;
const { PI, sin, cos, sqrt, abs } = Math;

function shiftLat(x: number, y: number): number {
  let d = -100 + 2 * x + 3 * y + 0.2 * y * y + 0.1 * x * y + 0.2 * sqrt(abs(x));
  d += ((20 * sin(6 * x * PI) + 20 * sin(2 * x * PI)) * 2) / 3;
  d += ((20 * sin(y * PI) + 40 * sin((y / 3) * PI)) * 2) / 3;
  return d + ((160 * sin((y / 12) * PI) + 320 * sin((y * PI) / 30)) * 2) / 3;
}

function shiftLon(x: number, y: number): number {
  let d = 300 + x + 2 * y + 0.1 * x * x + 0.1 * x * y + 0.1 * sqrt(abs(x));
  d += ((20 * sin(6 * x * PI) + 20 * sin(2 * x * PI)) * 2) / 3;
  d += ((20 * sin(x * PI) + 40 * sin((x / 3) * PI)) * 2) / 3;
  return d + ((150 * sin((x / 12) * PI) + 300 * sin((x / 30) * PI)) * 2) / 3;
}

/** A WGS 84 point [lon, lat] in GCJ-02. */
export function wgsToGcj([lon, lat]: [number, number]): [number, number] {
  const rad = (lat / 180) * PI;
  const magic = 1 - EE * sin(rad) ** 2;
  const dLat = (shiftLat(lon - 105, lat - 35) * 180) / (((A * (1 - EE)) / (magic * sqrt(magic))) * PI);
  const dLon = (shiftLon(lon - 105, lat - 35) * 180) / ((A / sqrt(magic)) * cos(rad) * PI);
  return [lon + dLon, lat + dLat];
}

/** A GCJ-02 point [lon, lat] in WGS 84, found by iteration to well under a metre. */
export function gcjToWgs(gcj: [number, number]): [number, number] {
  let wgs = gcj;
  for (let i = 0; i < 10; i++) {
    const back = wgsToGcj(wgs);
    wgs = [wgs[0] - (back[0] - gcj[0]), wgs[1] - (back[1] - gcj[1])];
  }
  return wgs;
}
