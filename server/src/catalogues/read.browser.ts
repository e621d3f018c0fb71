// Reads a catalogue file in the browser's web worker (dist/web/server.js): dist/data/ beside it, fetched with a
// synchronous request, which workers allow. Rules and fixes are synchronous, and the file is read once.
export function readCatalogueFile(file: string): string {
  const request = new XMLHttpRequest();
  request.open('GET', new URL(`../data/${file}`, (self as unknown as { location: { href: string } }).location.href).href, false);
  request.send();
  if (request.status !== 200 && request.status !== 0) throw new Error(`HTTP ${request.status}`);
  return request.responseText;
}
