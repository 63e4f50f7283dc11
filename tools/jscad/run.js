// Runs JSCAD code in the CSG.js style (the API of @jscad/csg 0.7.0) the way the peer's viewer does: CSG and CAG are
// in scope, the code defines main(), and main() returns the solid. Prints the solid's polygons on stdout, one a line,
// each as its corners' coordinates: "x1 y1 z1 x2 y2 z2 ...". Any error goes to stderr with exit code 1.
// Usage: node run.js < code.jscad
'use strict'
const { CSG, CAG } = require('@jscad/csg')

let code = ''
process.stdin.setEncoding('utf8')
process.stdin.on('data', (chunk) => { code += chunk })
process.stdin.on('end', () => {
  try {
    const main = new Function('CSG', 'CAG', code + '\nreturn main;')(CSG, CAG)
    const solid = main()
    if (!solid || !Array.isArray(solid.polygons)) {
      throw new Error('main() did not return a CSG solid')
    }
    const lines = solid.polygons.map((polygon) =>
      polygon.vertices.map((v) => v.pos.x + ' ' + v.pos.y + ' ' + v.pos.z).join(' '))
    process.stdout.write(lines.join('\n') + '\n')
  } catch (error) {
    process.stderr.write(String(error && error.stack ? error.stack : error) + '\n')
    process.exit(1)
  }
})
