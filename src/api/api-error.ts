import { z } from 'zod';

/** Every error the API answers with has this shape; `field` names the query parameter or body field at fault. */
export const ApiErrorSchema = z.object({
  error: z.enum(['bad_request', 'unauthorized', 'forbidden', 'not_found', 'payload_too_large', 'unsupported_media_type', 'internal', 'bad_gateway']),
  message: z.string(),
  field: z.string().optional(),
});
export type ApiErrorBody = z.infer<typeof ApiErrorSchema>;

export type ErrorStatus = 400 | 401 | 403 | 404 | 413 | 415 | 500 | 502;

/** Thrown by handlers and answered by the app's error handler, so that handlers read straight through. */
export class ApiError extends Error {
  constructor(
    readonly status: ErrorStatus,
    readonly body: ApiErrorBody,
  ) {
    super(body.message);
    this.name = 'ApiError';
  }
}

export const badRequest = (field: string, message: string): ApiError => new ApiError(400, { error: 'bad_request', field, message });
export const notFound = (message: string): ApiError => new ApiError(404, { error: 'not_found', message });

/** The error responses a route may give, for its OpenAPI entry. */
export function errorResponses(...statuses: ErrorStatus[]) {
  const described: Record<ErrorStatus, string> = {
    400: 'A malformed parameter or body; `field` names it',
    401: 'No valid bearer token where one is needed',
    403: 'The token’s role may not do this',
    404: 'No such record',
    413: 'The body is over the size limit',
    415: 'A body type this route does not read',
    500: 'A fault in sitrep',
    502: 'A page to fetch could not be had (no answer, a refused connection, a 5xx); worth trying again later',
  };
  return Object.fromEntries(
    statuses.map((status) => [String(status), { description: described[status], content: { 'application/json': { schema: ApiErrorSchema } } }]),
  );
}
