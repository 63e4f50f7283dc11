// Hex spacer, made by Slicewise from a parametric model (JSCAD, CSG.js style).
// Sizes in the code are millimetres; main() returns the solid.

// Parameters (lengths in millimetres)
var across_flats = 10; // width across the flats, mm
var height = 20;       // length along the axis, mm
var bore = 5.3;        // diameter of the hole through it, mm

// The hexagonal body, two corners on the X axis
function hex_body() {
  return CAG.fromPoints([[across_flats / Math.sqrt(3), 0], [across_flats / Math.sqrt(3) / 2, across_flats / 2], [-(across_flats / Math.sqrt(3) / 2), across_flats / 2], [-(across_flats / Math.sqrt(3)), 0], [-(across_flats / Math.sqrt(3) / 2), -(across_flats / 2)], [across_flats / Math.sqrt(3) / 2, -(across_flats / 2)]]).extrude({offset: [0, 0, height]});
}

// The hole through it
function bore_hole() {
  return CSG.cylinder({start: [0, 0, -1], end: [0, 0, -1 + height + 2], radius: bore / 2, resolution: 64});
}

function main() {
  return hex_body()
    .subtract([
      bore_hole()
    ]);
}
