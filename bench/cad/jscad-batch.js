// Runs many JSCAD programs (CSG.js style, the API of @jscad/csg 0.7.0) in one Node process, the way
// tools/jscad/run.js runs one: CSG and CAG in scope, the code defines main(), main() returns the solid.
// For every NAME.jscad in the folder given as the argument it writes NAME.out, the solid's polygons one a line as
// their corners' coordinates "x1 y1 z1 x2 y2 z2 ...", or NAME.err with the error. Uses tools/jscad's @jscad/csg.
// Usage: node jscad-batch.js FOLDER
'use strict'
const fs = require('fs')
const path = require('path')
const { CSG, CAG } = require(require.resolve('@jscad/csg', { paths: [path.join(__dirname, '..', '..', 'tools', 'jscad')] }))

const folder = process.argv[2]
for (const file of fs.readdirSync(folder).filter((name) => name.endsWith('.jscad')).sort()) {
  const base = path.join(folder, file.slice(0, -'.jscad'.length))
  try {
    const code = fs.readFileSync(path.join(folder, file), 'utf8')
    const main = new Function('CSG', 'CAG', code + '\nreturn main;')(CSG, CAG)
    const solid = main()
    if (!solid || !Array.isArray(solid.polygons)) {
      throw new Error('main() did not return a CSG solid')
    }
    const lines = solid.polygons.map((polygon) =>
      polygon.vertices.map((v) => v.pos.x + ' ' + v.pos.y + ' ' + v.pos.z).join(' '))
    fs.writeFileSync(base + '.out', lines.join('\n') + '\n')
  } catch (error) {
    fs.writeFileSync(base + '.err', String(error && error.stack ? error.stack : error) + '\n')
  }
}
