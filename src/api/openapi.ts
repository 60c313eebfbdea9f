import { OpenApiGeneratorV31, OpenAPIRegistry, type RouteConfig } from '@asteasolutions/zod-to-openapi';

/** The OpenAPI 3.1 document, generated from the route modules' entries: the schemas the routes validate with. */
export function openApiDocument(paths: readonly RouteConfig[], options: { publicRead: boolean }) {
  const registry = new OpenAPIRegistry();
  registry.registerComponent('securitySchemes', 'bearer', {
    type: 'http',
    scheme: 'bearer',
    description: 'A token from `sitrep tokens create NAME`; writing needs the analyst role or above',
  });
  for (const path of paths) registry.registerPath(path);
  return new OpenApiGeneratorV31(registry.definitions).generateDocument({
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
}
