import { extendZodWithOpenApi, OpenApiGeneratorV31, OpenAPIRegistry, type RouteConfig } from '@asteasolutions/zod-to-openapi';
import { z } from 'zod';

/** The OpenAPI 3.1 document, generated from the route modules' entries: the schemas the routes validate with. */
export function openApiDocument(paths: readonly RouteConfig[], options: { publicRead: boolean }) {
  // The generator names query and path parameters through zod's `.openapi()`; adding it twice is a no-op.
  extendZodWithOpenApi(z);
  const registry = new OpenAPIRegistry();
  registry.registerComponent('securitySchemes', 'bearer', {
    type: 'http',
    scheme: 'bearer',
    description: 'A token from `sitrep tokens create NAME`; writing needs the analyst role or above',
  });
  for (const path of paths) registry.registerPath(path);
  const document = new OpenApiGeneratorV31(registry.definitions).generateDocument({
    openapi: '3.1.0',
    info: {
      title: 'sitrep API',
      version: '1',
      description: options.publicRead
        ? 'Reading is public on this deployment; writing needs a bearer token.'
        : 'Every request needs a bearer token (viewer role or above); writing needs analyst or above.',
    },
    ...(options.publicRead ? {} : { security: [{ bearer: [] }] }),
  });
  return nullableEnumsAllowNull(document);
}

/**
 * The generator writes a nullable enum as `type: [string, null]` with an `enum` that lacks null, which
 * JSON Schema reads as "never null". Adds null to such enums so that the document says what zod accepts.
 */
export function nullableEnumsAllowNull<T>(node: T): T {
  if (Array.isArray(node)) return node.map((item: unknown) => nullableEnumsAllowNull(item)) as T;
  if (node === null || typeof node !== 'object') return node;
  const entries = Object.entries(node).map(([key, value]) => [key, nullableEnumsAllowNull(value)] as const);
  const copy: Record<string, unknown> = Object.fromEntries(entries);
  const type = copy.type;
  if (Array.isArray(copy.enum) && Array.isArray(type) && type.includes('null') && !copy.enum.includes(null)) copy.enum = [...copy.enum, null];
  return copy as T;
}
