// GET /api/openapi.json and the docs page at /api/docs: Swagger UI from swagger-ui-dist, served by
// AniGraph itself (no CDN: the page works on a machine without internet).
import { readFile } from 'node:fs/promises';
import type { ServerResponse } from 'node:http';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import type { GraphQLSchema } from 'graphql';
import { sendJson } from '../errors.js';
import type { RouteSpec } from '../route.js';
import { openApiDocument } from './document.js';

export const OPENAPI_PATH = '/api/openapi.json';
export const DOCS_PATH = '/api/docs';

const SWAGGER_UI_DIR = dirname(createRequire(import.meta.url).resolve('swagger-ui-dist/absolute-path.js'));
/** The files of swagger-ui-dist the page loads, and their types; nothing else of the folder is served. */
const ASSETS: Record<string, string> = {
  'swagger-ui.css': 'text/css; charset=utf-8',
  'swagger-ui-bundle.js': 'text/javascript; charset=utf-8',
  'favicon-32x32.png': 'image/png',
  'favicon-16x16.png': 'image/png',
};

const PAGE = `<!doctype html>
<html lang="en">
  <head>
    <meta charset="utf-8" />
    <title>AniGraph REST API</title>
    <link rel="stylesheet" href="${DOCS_PATH}/swagger-ui.css" />
    <link rel="icon" type="image/png" href="${DOCS_PATH}/favicon-32x32.png" sizes="32x32" />
  </head>
  <body>
    <div id="swagger-ui"></div>
    <script src="${DOCS_PATH}/swagger-ui-bundle.js"></script>
    <script src="${DOCS_PATH}/init.js"></script>
  </body>
</html>
`;

// validatorUrl null: Swagger UI would otherwise send the document to validator.swagger.io.
const INIT = `window.ui = SwaggerUIBundle({ url: '${OPENAPI_PATH}', dom_id: '#swagger-ui', deepLinking: true, validatorUrl: null });\n`;

export interface DocsOptions {
  routes: readonly RouteSpec[];
  /** The gateway's schema, which says what each operation answers. */
  schema: () => Promise<GraphQLSchema>;
  version: string;
}

/** Answers the docs paths (GET only); false for any other path. */
export function createDocsHandler({ routes, schema, version }: DocsOptions) {
  const documents = new WeakMap<GraphQLSchema, Record<string, unknown>>();
  const assets = new Map<string, Promise<Buffer>>();

  return async (path: string, res: ServerResponse): Promise<boolean> => {
    if (path === OPENAPI_PATH) {
      const current = await schema();
      let document = documents.get(current);
      if (!document) documents.set(current, (document = openApiDocument(routes, current, version)));
      sendJson(res, 200, document);
      return true;
    }
    if (path === DOCS_PATH || path === `${DOCS_PATH}/`) return send(res, 'text/html; charset=utf-8', PAGE, 'no-cache');
    if (path === `${DOCS_PATH}/init.js`) return send(res, 'text/javascript; charset=utf-8', INIT, 'no-cache');
    const name = path.startsWith(`${DOCS_PATH}/`) ? path.slice(DOCS_PATH.length + 1) : '';
    const type = Object.hasOwn(ASSETS, name) ? ASSETS[name] : undefined;
    if (!type) return false;
    let content = assets.get(name);
    if (!content) assets.set(name, (content = readFile(join(SWAGGER_UI_DIR, name))));
    return send(res, type, await content, 'public, max-age=86400');
  };
}

function send(res: ServerResponse, type: string, body: string | Buffer, cacheControl: string): true {
  res.writeHead(200, { 'content-type': type, 'content-length': Buffer.byteLength(body), 'cache-control': cacheControl });
  res.end(body);
  return true;
}
