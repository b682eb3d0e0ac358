// The JavaScript the portal's first screen loads before it can render: the index.html entry
// and every chunk it imports statically (lazy pages excluded), gzipped. Run after `vite build`.
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';

const dist = fileURLToPath(new URL('../dist/', import.meta.url));
const manifest = JSON.parse(readFileSync(`${dist}.vite/manifest.json`, 'utf8'));

export function firstScreen(entry = 'index.html') {
  const files = new Set();
  const visit = (key) => {
    const chunk = manifest[key];
    if (!chunk || files.has(chunk.file)) return;
    files.add(chunk.file);
    for (const css of chunk.css ?? []) files.add(css);
    for (const imported of chunk.imports ?? []) visit(imported);
  };
  visit(entry);
  return [...files].map((file) => {
    const bytes = readFileSync(`${dist}${file}`);
    return { file, bytes: bytes.length, gzip: gzipSync(bytes, { level: 9 }).length };
  });
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const files = firstScreen();
  for (const { file, bytes, gzip } of files)
    console.log(
      `${file.padEnd(40)} ${String(bytes).padStart(8)} B  ${String(gzip).padStart(7)} B gzip`,
    );
  const js = files.filter((f) => f.file.endsWith('.js')).reduce((sum, f) => sum + f.gzip, 0);
  console.log(`first screen JavaScript: ${(js / 1024).toFixed(1)} KB gzipped (budget 300 KB)`);
  process.exitCode = js < 300 * 1024 ? 0 : 1;
}
