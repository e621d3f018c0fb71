// Reads a catalogue file in the browser's web worker (dist/web/server.js) with a synchronous request, which workers
// allow. Rules and fixes are synchronous, and the file is read once. The worker cannot find its extension's folder
// by itself (VS Code starts it from a blob: URL), so the browser client hands over where each file is
// (initializationOptions.catalogueUrls, see client/src/platform/browser.ts); else dist/data/ beside the worker.
const locations: Record<string, string> = {};

/** Where each catalogue file can be fetched (http(s) or blob: URLs), from the client. */
export function useCatalogueLocations(urls: Record<string, string>): void {
  Object.assign(locations, urls);
}

export function readCatalogueFile(file: string): string {
  const request = new XMLHttpRequest();
  request.open(
    'GET',
    locations[file] ??
      new URL(`../data/${file}`, (self as unknown as { location: { href: string } }).location.href).href,
    false,
  );
  request.send();
  if (request.status !== 200 && request.status !== 0) throw new Error(`HTTP ${request.status}`);
  return request.responseText;
}
