// The typed clients: `api` for the tenant API, `platformApi` for the platform console.
// Types come from src/api/*.d.ts, generated from the backend's OpenAPI schemas (make test checks drift).
import createClient from "openapi-fetch";
import type { paths as PlatformPaths } from "@/api/platform";
import type { paths as TenantPaths } from "@/api/tenant";
import { acceptLanguageMiddleware } from "./accept-language";
import { csrfMiddleware } from "./csrf";
import { firstViewMiddleware } from "./first-view";

export const api = createClient<TenantPaths>({ baseUrl: "", credentials: "same-origin" });
api.use(firstViewMiddleware(), csrfMiddleware("/api/v1/auth/csrf"), acceptLanguageMiddleware());

export const platformApi = createClient<PlatformPaths>({ baseUrl: "", credentials: "same-origin" });
platformApi.use(csrfMiddleware("/api/v1/platform/auth/csrf"), acceptLanguageMiddleware());

export type { components as TenantSchemas } from "@/api/tenant";
export type { components as PlatformSchemas } from "@/api/platform";
export { ApiError, unwrap } from "./api-error";
