import { createReadStream, statSync, type Stats } from 'node:fs';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { extname, join, normalize, sep } from 'node:path';

/** A running static server. */
export interface StaticServer {
  /** Origin such as http://127.0.0.1:40123, without a trailing slash. */
  origin: string;
  close(): Promise<void>;
}

/** Content types by file extension, shared with the explore benchmark's server. */
export const CONTENT_TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.csv': 'text/csv; charset=utf-8',
  '.json': 'application/json',
  '.txt': 'text/plain; charset=utf-8',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  // WebAssembly.instantiateStreaming, which DuckDB-WASM uses, rejects a module of any other type.
  '.wasm': 'application/wasm',
  '.arrow': 'application/vnd.apache.arrow.stream',
};

/**
 * Serves a built site from `rootDir` on 127.0.0.1 at a free port, as a
 * static host would. A request for a folder gets its index.html, and one
 * without a trailing slash is redirected to the folder. A missing file gets
 * 404.html with status 404. Only GET and HEAD are allowed, and a path cannot
 * leave `rootDir`.
 */
export async function startStaticServer(rootDir: string): Promise<StaticServer> {
  const server = createServer((request, response) => handle(rootDir, request, response));
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;

  return {
    origin: `http://127.0.0.1:${port}`,
    close: () => new Promise((resolve, reject) => server.close((error) => (error ? reject(error) : resolve()))),
  };
}

function handle(rootDir: string, request: IncomingMessage, response: ServerResponse): void {
  if (request.method !== 'GET' && request.method !== 'HEAD') {
    response.writeHead(405, { Allow: 'GET, HEAD' }).end();
    return;
  }

  const pathname = decodeURIComponent(new URL(request.url ?? '/', 'http://127.0.0.1').pathname);
  const file = normalize(join(rootDir, pathname));
  if (file !== rootDir && !file.startsWith(rootDir.endsWith(sep) ? rootDir : rootDir + sep)) {
    response.writeHead(400).end();
    return;
  }

  const stats = statOrUndefined(file);
  if (stats?.isDirectory()) {
    if (!pathname.endsWith('/')) {
      response.writeHead(301, { Location: `${pathname}/` }).end();
      return;
    }
    sendFile(join(file, 'index.html'), 200, request, response);
    return;
  }
  if (stats?.isFile()) {
    sendFile(file, 200, request, response);
    return;
  }
  sendFile(join(rootDir, '404.html'), 404, request, response);
}

function sendFile(file: string, status: number, request: IncomingMessage, response: ServerResponse): void {
  const stats = statOrUndefined(file);
  if (!stats?.isFile()) {
    response.writeHead(404, { 'Content-Type': 'text/plain; charset=utf-8' }).end('Not found');
    return;
  }

  response.writeHead(status, {
    'Content-Type': CONTENT_TYPES[extname(file)] ?? 'application/octet-stream',
    'Content-Length': stats.size,
  });
  if (request.method === 'HEAD') {
    response.end();
    return;
  }
  createReadStream(file).pipe(response);
}

function statOrUndefined(path: string): Stats | undefined {
  try {
    return statSync(path);
  } catch {
    return undefined;
  }
}
