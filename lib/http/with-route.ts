import { getSecurityPolicy } from "../config/security-env";
import { checkWrite } from "./check-write";
import { clientGoneResponse, isClientGone } from "./client-gone";
import { errorResponse } from "./error-response";

type Handler<C> = (request: Request, context: C) => Promise<Response> | Response;

/**
 * Wraps a route handler: refuses cross-site, foreign-origin and non-JSON writes and turns thrown errors
 * into JSON answers. Routes use it through defineRoute (define-route.ts).
 */
export function withRoute<C>(handler: Handler<C>): (request: Request, context: C) => Promise<Response> {
  return async (request, context) => {
    try {
      checkWrite(request, getSecurityPolicy());
      return await handler(request, context);
    } catch (error) {
      if (isClientGone(request)) return clientGoneResponse();
      return errorResponse(error);
    }
  };
}
