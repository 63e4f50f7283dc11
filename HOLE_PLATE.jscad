// Plate with holes, made by Slicewise from a parametric model (JSCAD, CSG.js style).
// Sizes in the code are millimetres; main() returns the solid.

// Parameters (lengths in millimetres)
var width = 80;          // width (X), mm
var depth = 60;          // depth (Y), mm
var thickness = 3;       // thickness (Z), mm
var hole_diameter = 3.4; // hole diameter (3.4 mm fits an M3 screw), mm
var columns = 4;         // holes along X
var rows = 3;            // holes along Y
var margin = 8;          // distance from the edge to the centre of the outer holes, mm

// The plate
function plate() {
  return CSG.cube({corner1: [0, 0, 0], corner2: [width, depth, thickness]});
}

// The grid of holes, columns along X and rows along Y
function holes() {
  var holes = [];
  for (var i = 0; i < columns; i++) {
    for (var j = 0; j < rows; j++) {
      holes.push(CSG.cylinder({start: [margin + i * (width - 2 * margin) / (columns - 1), margin + j * (depth - 2 * margin) / (rows - 1), -1], end: [margin + i * (width - 2 * margin) / (columns - 1), margin + j * (depth - 2 * margin) / (rows - 1), -1 + thickness + 2], radius: hole_diameter / 2, resolution: 64}));
    }
  }
  return holes.length > 1 ? holes[0].union(holes.slice(1)) : holes[0];
}

function main() {
  return plate()
    .subtract([
      holes()
    ]);
}
