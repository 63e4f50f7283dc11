// A small STL preview on a 2D canvas: the triangles (ASCII or binary STL) shaded by their facing to a light, drawn
// back to front; dragging (or the arrow keys) turns the part. Enough to see what a generated part looks like.

/** The triangles of an STL file as flat arrays of 9 numbers. */
export function parseStl(buffer) {
  const bytes = new Uint8Array(buffer);
  const head = new TextDecoder().decode(bytes.subarray(0, Math.min(bytes.length, 512)));
  const view = new DataView(buffer);
  const binaryCount = bytes.length >= 84 ? view.getUint32(80, true) : -1;
  if (binaryCount >= 0 && 84 + binaryCount * 50 === bytes.length) {
    const triangles = [];
    for (let index = 0; index < binaryCount; index++) {
      const offset = 84 + index * 50 + 12;
      const triangle = [];
      for (let value = 0; value < 9; value++) {
        triangle.push(view.getFloat32(offset + value * 4, true));
      }
      triangles.push(triangle);
    }
    return triangles;
  }
  if (!head.trimStart().startsWith('solid')) {
    return [];
  }
  const text = new TextDecoder().decode(bytes);
  const vertices = [...text.matchAll(/vertex\s+(\S+)\s+(\S+)\s+(\S+)/g)].map(match => match.slice(1).map(Number));
  const triangles = [];
  for (let index = 0; index + 2 < vertices.length; index += 3) {
    triangles.push([...vertices[index], ...vertices[index + 1], ...vertices[index + 2]]);
  }
  return triangles;
}

/** A canvas showing the triangles, turned by dragging or the arrow keys. */
export function stlCanvas(triangles, label) {
  const canvas = document.createElement('canvas');
  canvas.width = 320;
  canvas.height = 240;
  canvas.className = 'stl';
  canvas.tabIndex = 0;
  canvas.setAttribute('role', 'img');
  canvas.setAttribute('aria-label', label);
  const min = [Infinity, Infinity, Infinity];
  const max = [-Infinity, -Infinity, -Infinity];
  for (const triangle of triangles) {
    for (let index = 0; index < 9; index++) {
      min[index % 3] = Math.min(min[index % 3], triangle[index]);
      max[index % 3] = Math.max(max[index % 3], triangle[index]);
    }
  }
  const centre = min.map((low, axis) => (low + max[axis]) / 2);
  const size = Math.max(...max.map((high, axis) => high - min[axis]), 1e-6);
  let yaw = -0.6;
  let pitch = 0.5;

  const project = (x, y, z) => {
    const px = x - centre[0];
    const py = y - centre[1];
    const pz = z - centre[2];
    const rx = px * Math.cos(yaw) - py * Math.sin(yaw);
    const ry = px * Math.sin(yaw) + py * Math.cos(yaw);
    const depth = ry * Math.cos(pitch) + pz * Math.sin(pitch);
    const up = pz * Math.cos(pitch) - ry * Math.sin(pitch);
    return [rx, up, depth];
  };

  const draw = () => {
    const context = canvas.getContext('2d');
    context.fillStyle = '#f4f6f8';
    context.fillRect(0, 0, canvas.width, canvas.height);
    const scale = 0.75 * Math.min(canvas.width, canvas.height) / size;
    const faces = triangles.map(triangle => {
      const points = [0, 3, 6].map(offset => project(triangle[offset], triangle[offset + 1], triangle[offset + 2]));
      const u = [0, 1, 2].map(axis => points[1][axis] - points[0][axis]);
      const v = [0, 1, 2].map(axis => points[2][axis] - points[0][axis]);
      const normal = [u[1] * v[2] - u[2] * v[1], u[2] * v[0] - u[0] * v[2], u[0] * v[1] - u[1] * v[0]];
      const length = Math.hypot(...normal) || 1;
      const light = Math.abs((normal[0] * 0.3 + normal[1] * 0.5 - normal[2] * 0.8) / length);
      return { points, depth: (points[0][2] + points[1][2] + points[2][2]) / 3, light };
    }).sort((a, b) => b.depth - a.depth);
    for (const face of faces) {
      const shade = Math.round(70 + 150 * face.light);
      context.fillStyle = `rgb(${Math.round(shade * 0.45)}, ${Math.round(shade * 0.7)}, ${shade})`;
      context.beginPath();
      face.points.forEach(([x, y], index) => {
        const sx = canvas.width / 2 + x * scale;
        const sy = canvas.height / 2 - y * scale;
        if (index === 0) {
          context.moveTo(sx, sy);
        } else {
          context.lineTo(sx, sy);
        }
      });
      context.closePath();
      context.fill();
    }
  };

  let dragging = null;
  canvas.addEventListener('pointerdown', event => {
    dragging = [event.clientX, event.clientY];
    canvas.setPointerCapture(event.pointerId);
  });
  canvas.addEventListener('pointermove', event => {
    if (dragging) {
      yaw += (event.clientX - dragging[0]) * 0.01;
      pitch += (event.clientY - dragging[1]) * 0.01;
      dragging = [event.clientX, event.clientY];
      draw();
    }
  });
  canvas.addEventListener('pointerup', () => { dragging = null; });
  canvas.addEventListener('keydown', event => {
    const turns = { ArrowLeft: [-0.15, 0], ArrowRight: [0.15, 0], ArrowUp: [0, -0.15], ArrowDown: [0, 0.15] };
    if (turns[event.key]) {
      yaw += turns[event.key][0];
      pitch += turns[event.key][1];
      draw();
      event.preventDefault();
    }
  });
  draw();
  return canvas;
}
