// Generated from openapi/platform.json by scripts/api-types.mjs. Do not edit.
export interface paths {
    "/api/v1/platform/audit": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The audit trail, newest first (cursor paginated) */
        get: operations["core_audit_api_list_audit"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/platform/audit/export": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Download the (filtered) audit trail as CSV or JSON, streamed */
        get: operations["core_audit_api_export_audit"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/platform/audit/verify": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Check the hash chain: reports the first record changed or removed behind the API's back */
        get: operations["core_audit_api_verify_audit"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/platform/auth/csrf": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Get a CSRF token (and its cookie) */
        get: operations["tenants_api_csrf"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/platform/auth/login": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Platform admin login */
        post: operations["tenants_api_platform_login"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/platform/auth/logout": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Log out */
        post: operations["tenants_api_platform_logout"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/platform/me": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The signed-in platform admin */
        get: operations["tenants_api_platform_me"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/platform/tenants": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** List tenants */
        get: operations["tenants_api_list_tenants"];
        put?: never;
        /** Create a tenant (clones the template schema) */
        post: operations["tenants_api_create_tenant"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/platform/tenants/{tenant_id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Get a tenant */
        get: operations["tenants_api_get_tenant"];
        put?: never;
        post?: never;
        /** Delete a tenant and all its data */
        delete: operations["tenants_api_delete_tenant"];
        options?: never;
        head?: never;
        /** Change a tenant's name, quotas, private outbound ranges or link base URL */
        patch: operations["tenants_api_patch_tenant"];
        trace?: never;
    };
    "/api/v1/platform/tenants/{tenant_id}/domains": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** List a tenant's domains */
        get: operations["tenants_api_list_domains"];
        put?: never;
        /** Add a domain to a tenant */
        post: operations["tenants_api_add_domain"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/platform/tenants/{tenant_id}/domains/{domain_id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        /** Remove a domain */
        delete: operations["tenants_api_remove_domain"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/platform/tenants/{tenant_id}/resume": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Resume a suspended tenant */
        post: operations["tenants_api_resume_tenant"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/platform/tenants/{tenant_id}/suspend": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Suspend a tenant (its hosts answer 403) */
        post: operations["tenants_api_suspend_tenant"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/platform/tenants/{tenant_id}/v2-imports": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Recent Loonflow 2.x imports of a tenant */
        get: operations["integrations_v2import_api_list_v2_imports"];
        put?: never;
        /** Start importing a Loonflow 2.x database into a tenant (a background job) */
        post: operations["integrations_v2import_api_start_v2_import"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/platform/tenants/{tenant_id}/v2-imports/{run_id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** A Loonflow 2.x import's progress and report */
        get: operations["integrations_v2import_api_get_v2_import"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
}
export type webhooks = Record<string, never>;
export interface components {
    schemas: {
        /** AuditBrokenOut */
        AuditBrokenOut: {
            /**
             * Code
             * @description chain_broken (a record removed or inserted) or content_changed
             */
            code: string;
            /** Id */
            id: number;
            /** Message */
            message: string;
        };
        /** AuditExportQuery */
        AuditExportQuery: {
            /**
             * Action
             * @description A prefix: "role" or "role.update"
             */
            action?: string | null;
            /**
             * Actor
             * @description A username or an app name
             */
            actor?: string | null;
            /**
             * Format
             * @default csv
             * @enum {string}
             */
            format: "csv" | "json";
            /**
             * Q
             * @description Text in the target's label
             */
            q?: string | null;
            /**
             * Since
             * @description From this time on (inclusive)
             */
            since?: string | null;
            /** Target Id */
            target_id?: string | null;
            /** Target Type */
            target_type?: string | null;
            /**
             * Until
             * @description Before this time
             */
            until?: string | null;
        };
        /** AuditListQuery */
        AuditListQuery: {
            /**
             * Action
             * @description A prefix: "role" or "role.update"
             */
            action?: string | null;
            /**
             * Actor
             * @description A username or an app name
             */
            actor?: string | null;
            /** Cursor */
            cursor?: string | null;
            /**
             * Limit
             * @default 50
             */
            limit: number;
            /**
             * Q
             * @description Text in the target's label
             */
            q?: string | null;
            /**
             * Since
             * @description From this time on (inclusive)
             */
            since?: string | null;
            /** Target Id */
            target_id?: string | null;
            /** Target Type */
            target_type?: string | null;
            /**
             * Until
             * @description Before this time
             */
            until?: string | null;
        };
        /** AuditPageOut */
        AuditPageOut: {
            /** Items */
            items: components["schemas"]["AuditRecordOut"][];
            /** Next Cursor */
            next_cursor: string | null;
        };
        /** AuditRecordOut */
        AuditRecordOut: {
            /**
             * Acting For
             * @description The username an app acted for (X-Acting-User)
             */
            acting_for: string;
            /**
             * Action
             * @description A stable code: "role.update", "workflow.publish", "tenant.suspend"
             */
            action: string;
            /**
             * Actor Kind
             * @description person, app, system or anonymous
             */
            actor_kind: string;
            /**
             * Actor Name
             * @description The person's username, or the app's name
             */
            actor_name: string;
            /** Actor User Id */
            actor_user_id: number | null;
            /**
             * Address
             * @description The client's IP address (behind TRUSTED_PROXIES, the one they saw)
             */
            address: string;
            /**
             * After
             * @description The changed keys' new values (secrets: ***)
             */
            after: {
                [key: string]: unknown;
            } | null;
            /** App Name */
            app_name: string;
            /**
             * At
             * Format: date-time
             */
            at: string;
            /**
             * Before
             * @description The changed keys' old values (secrets: ***)
             */
            before: {
                [key: string]: unknown;
            } | null;
            /** Hash */
            hash: string;
            /** Id */
            id: number;
            /** Prev Hash */
            prev_hash: string;
            /** Request Id */
            request_id: string;
            /** Target Id */
            target_id: string;
            /** Target Label */
            target_label: string;
            /** Target Type */
            target_type: string;
        };
        /** AuditVerifyOut */
        AuditVerifyOut: {
            broken: components["schemas"]["AuditBrokenOut"] | null;
            /**
             * Checked
             * @description How many records were checked before the first broken link
             */
            checked: number;
            /**
             * Head
             * @description The hash of the last good record: note it to detect a cut-off tail
             */
            head: string;
            /** Ok */
            ok: boolean;
        };
        /** DomainIn */
        DomainIn: {
            /** Domain */
            domain: string;
            /**
             * Is Primary
             * @default false
             */
            is_primary: boolean;
        };
        /** DomainOut */
        DomainOut: {
            /** Domain */
            domain: string;
            /** Id */
            id: number;
            /** Is Primary */
            is_primary: boolean;
        };
        /** ErrorBody */
        ErrorBody: {
            /** Code */
            code: string;
            /**
             * Details
             * @default null
             */
            details: unknown;
            /** Message */
            message: string;
        };
        /** ErrorOut */
        ErrorOut: {
            error: components["schemas"]["ErrorBody"];
        };
        /** PlatformLoginIn */
        PlatformLoginIn: {
            /** Password */
            password: string;
            /** Username */
            username: string;
        };
        /** PlatformMeOut */
        PlatformMeOut: {
            /** Is Platform Admin */
            is_platform_admin: boolean;
            /** Username */
            username: string;
        };
        /** TenantCreateIn */
        TenantCreateIn: {
            /** Admin Email */
            admin_email?: string | null;
            /** Admin Password */
            admin_password?: string;
            /** Admin Username */
            admin_username?: string;
            /**
             * Domain
             * @description Defaults to <key>.<PUBLIC_DOMAIN>.
             */
            domain?: string | null;
            /**
             * Key
             * @description Lower-case letters and digits; also the schema name and the default sub-domain.
             */
            key: string;
            /**
             * Max Attachment Bytes
             * @description Bytes of attachments in all; null: the deployment's default.
             */
            max_attachment_bytes?: number | null;
            /** Max Users */
            max_users?: number | null;
            /** Max Workflows */
            max_workflows?: number | null;
            /** Name */
            name: string;
        };
        /** TenantOut */
        TenantOut: {
            /**
             * Created At
             * Format: date-time
             */
            created_at: string;
            /** Domains */
            domains: components["schemas"]["DomainOut"][];
            /** Id */
            id: number;
            /** Key */
            key: string;
            /**
             * Links Base Url
             * @description The base its notification links and hook callbacks use now.
             */
            links_base_url: string;
            /** Max Attachment Bytes */
            max_attachment_bytes: number | null;
            /** Max Users */
            max_users: number | null;
            /** Max Workflows */
            max_workflows: number | null;
            /** Name */
            name: string;
            /**
             * Outbound Private Ranges
             * @description Private networks this tenant's webhooks, hooks, robots and SMTP may reach.
             */
            outbound_private_ranges: string[];
            /**
             * Public Base Url
             * @description The tenant's own base for links; "" uses the default.
             */
            public_base_url: string;
            /** Status */
            status: string;
            /** @description What the tenant holds, as the scheduler last read it (within TENANT_FIGURES_SECONDS of its activity, hourly when idle); null until it is first read. */
            usage: components["schemas"]["TenantUsageOut"] | null;
        };
        /** TenantPatchIn */
        TenantPatchIn: {
            /** Max Attachment Bytes */
            max_attachment_bytes?: number | null;
            /** Max Users */
            max_users?: number | null;
            /** Max Workflows */
            max_workflows?: number | null;
            /** Name */
            name?: string | null;
            /**
             * Outbound Private Ranges
             * @description Replaces the list: CIDR networks or addresses (never metadata/link-local).
             */
            outbound_private_ranges?: string[] | null;
            /**
             * Public Base Url
             * @description scheme://host[:port] for links; "" restores the default.
             */
            public_base_url?: string | null;
        };
        /** TenantUsageOut */
        TenantUsageOut: {
            /**
             * Attachment Bytes
             * @description Bytes of stored attachments (what max_attachment_bytes limits).
             */
            attachment_bytes: number;
            /**
             * People
             * @description Active accounts (what max_users counts).
             */
            people: number;
            /**
             * Read At
             * Format: date-time
             * @description When the scheduler read these figures from the tenant's schema.
             */
            read_at: string;
            /**
             * Tickets
             * @description Tickets in every status.
             */
            tickets: number;
            /**
             * Workflows
             * @description Workflows (what max_workflows counts).
             */
            workflows: number;
        };
        /** V2ImportIn */
        V2ImportIn: {
            /**
             * Dry Run
             * @description Read everything and report, writing nothing.
             * @default false
             */
            dry_run: boolean;
            /**
             * Only
             * @description Parts to import; empty: all.
             */
            only?: ("users" | "workflows" | "apps" | "tickets")[];
            /**
             * Source Url
             * @description The 2.x database: postgresql://, mysql:// or sqlite:// (its password is stored encrypted until the run ends and is never shown).
             */
            source_url: string;
        };
        /** V2ImportRunOut */
        V2ImportRunOut: {
            /**
             * Created At
             * Format: date-time
             */
            created_at: string;
            /** Dry Run */
            dry_run: boolean;
            /**
             * Error
             * @description code, message and details when the run failed.
             */
            error: {
                [key: string]: unknown;
            } | null;
            /** Finished At */
            finished_at: string | null;
            /** Id */
            id: number;
            /** Only */
            only: string[];
            /**
             * Progress
             * @description Where the run is: {"step": "tickets", "read": 1200}.
             */
            progress: {
                [key: string]: unknown;
            };
            /**
             * Report
             * @description Counts per kind and outcome, and one entry per thing not carried over (docs/migration-loonflow2.md).
             */
            report: {
                [key: string]: unknown;
            };
            /**
             * Source
             * @description The source URL without its password.
             */
            source: string;
            /** Started At */
            started_at: string | null;
            /** Started By */
            started_by: string;
            /**
             * Status
             * @description queued, running, succeeded or failed.
             */
            status: string;
            /** Tenant Id */
            tenant_id: number;
        };
    };
    responses: never;
    parameters: never;
    requestBodies: never;
    headers: never;
    pathItems: never;
}
export type $defs = Record<string, never>;
export interface operations {
    core_audit_api_list_audit: {
        parameters: {
            query?: {
                /** @description A prefix: "role" or "role.update" */
                action?: string | null;
                /** @description A username or an app name */
                actor?: string | null;
                target_type?: string | null;
                target_id?: string | null;
                /** @description From this time on (inclusive) */
                since?: string | null;
                /** @description Before this time */
                until?: string | null;
                /** @description Text in the target's label */
                q?: string | null;
                cursor?: string | null;
                limit?: number;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AuditPageOut"];
                };
            };
            /** @description Malformed request (body not JSON, bad Idempotency-Key or cursor) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorOut"];
                };
            };
            /** @description Not authenticated (or wrong credentials) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorOut"];
                };
            };
            /** @description Not allowed (role, scope, CSRF) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorOut"];
                };
            };
            /** @description Invalid values (details name each field) */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorOut"];
                };
            };
        };
    };
    core_audit_api_export_audit: {
        parameters: {
            query?: {
                /** @description A prefix: "role" or "role.update" */
                action?: string | null;
                /** @description A username or an app name */
                actor?: string | null;
                target_type?: string | null;
                target_id?: string | null;
                /** @description From this time on (inclusive) */
                since?: string | null;
                /** @description Before this time */
                until?: string | null;
                /** @description Text in the target's label */
                q?: string | null;
                format?: "csv" | "json";
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The records, newest first */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": unknown;
                    "text/csv": string;
                };
            };
            /** @description Not authenticated (or wrong credentials) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorOut"];
                };
            };
            /** @description Not allowed (role, scope, CSRF) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorOut"];
                };
            };
            /** @description Invalid values (details name each field) */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorOut"];
                };
            };
        };
    };
    core_audit_api_verify_audit: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AuditVerifyOut"];
                };
            };
            /** @description Not authenticated (or wrong credentials) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorOut"];
                };
            };
            /** @description Not allowed (role, scope, CSRF) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorOut"];
                };
            };
            /** @description Invalid values (details name each field) */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorOut"];
                };
            };
        };
    };
    tenants_api_csrf: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Invalid values (details name each field) */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorOut"];
                };
            };
        };
    };
    tenants_api_platform_login: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["PlatformLoginIn"];
            };
        };
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PlatformMeOut"];
                };
            };
            /** @description Malformed request (body not JSON, bad Idempotency-Key or cursor) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorOut"];
                };
            };
            /** @description Not authenticated (or wrong credentials) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorOut"];
                };
            };
            /** @description Not allowed (role, scope, CSRF) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorOut"];
                };
            };
            /** @description Conflict with the object's state (or a request with this Idempotency-Key is running) */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorOut"];
                };
            };
            /** @description Request body too large */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorOut"];
                };
            };
            /** @description Invalid values (details name each field) */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorOut"];
                };
            };
            /** @description A rate or quota limit was reached */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorOut"];
                };
            };
        };
    };
    tenants_api_platform_logout: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description No Content */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Malformed request (body not JSON, bad Idempotency-Key or cursor) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorOut"];
                };
            };
            /** @description Not authenticated (or wrong credentials) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorOut"];
                };
            };
            /** @description Not allowed (role, scope, CSRF) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorOut"];
                };
            };
            /** @description Conflict with the object's state (or a request with this Idempotency-Key is running) */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorOut"];
                };
            };
            /** @description Invalid values (details name each field) */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorOut"];
                };
            };
            /** @description A rate or quota limit was reached */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorOut"];
                };
            };
        };
    };
    tenants_api_platform_me: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PlatformMeOut"];
                };
            };
            /** @description Not authenticated (or wrong credentials) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorOut"];
                };
            };
            /** @description Not allowed (role, scope, CSRF) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorOut"];
                };
            };
            /** @description Invalid values (details name each field) */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorOut"];
                };
            };
        };
    };
    tenants_api_list_tenants: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["TenantOut"][];
                };
            };
            /** @description Not authenticated (or wrong credentials) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorOut"];
                };
            };
            /** @description Not allowed (role, scope, CSRF) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorOut"];
                };
            };
            /** @description Invalid values (details name each field) */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorOut"];
                };
            };
        };
    };
    tenants_api_create_tenant: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["TenantCreateIn"];
            };
        };
        responses: {
            /** @description Created */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["TenantOut"];
                };
            };
            /** @description Malformed request (body not JSON, bad Idempotency-Key or cursor) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorOut"];
                };
            };
            /** @description Not authenticated (or wrong credentials) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorOut"];
                };
            };
            /** @description Not allowed (role, scope, CSRF) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorOut"];
                };
            };
            /** @description Conflict with the object's state (or a request with this Idempotency-Key is running) */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorOut"];
                };
            };
            /** @description Request body too large */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorOut"];
                };
            };
            /** @description Invalid values (details name each field) */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorOut"];
                };
            };
            /** @description A rate or quota limit was reached */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorOut"];
                };
            };
        };
    };
    tenants_api_get_tenant: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                tenant_id: number;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["TenantOut"];
                };
            };
            /** @description Not authenticated (or wrong credentials) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorOut"];
                };
            };
            /** @description Not allowed (role, scope, CSRF) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorOut"];
                };
            };
            /** @description No such object, named in the path or the body (or not visible to the caller) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorOut"];
                };
            };
            /** @description Invalid values (details name each field) */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorOut"];
                };
            };
        };
    };
    tenants_api_delete_tenant: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                tenant_id: number;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description No Content */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Not authenticated (or wrong credentials) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorOut"];
                };
            };
            /** @description Not allowed (role, scope, CSRF) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorOut"];
                };
            };
            /** @description No such object, named in the path or the body (or not visible to the caller) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorOut"];
                };
            };
            /** @description Conflict with the object's state (or a request with this Idempotency-Key is running) */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorOut"];
                };
            };
            /** @description Invalid values (details name each field) */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorOut"];
                };
            };
        };
    };
    tenants_api_patch_tenant: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                tenant_id: number;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["TenantPatchIn"];
            };
        };
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["TenantOut"];
                };
            };
            /** @description Malformed request (body not JSON, bad Idempotency-Key or cursor) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorOut"];
                };
            };
            /** @description Not authenticated (or wrong credentials) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorOut"];
                };
            };
            /** @description Not allowed (role, scope, CSRF) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorOut"];
                };
            };
            /** @description No such object, named in the path or the body (or not visible to the caller) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorOut"];
                };
            };
            /** @description Conflict with the object's state (or a request with this Idempotency-Key is running) */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorOut"];
                };
            };
            /** @description Request body too large */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorOut"];
                };
            };
            /** @description Invalid values (details name each field) */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorOut"];
                };
            };
        };
    };
    tenants_api_list_domains: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                tenant_id: number;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["DomainOut"][];
                };
            };
            /** @description Not authenticated (or wrong credentials) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorOut"];
                };
            };
            /** @description Not allowed (role, scope, CSRF) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorOut"];
                };
            };
            /** @description No such object, named in the path or the body (or not visible to the caller) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorOut"];
                };
            };
            /** @description Invalid values (details name each field) */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorOut"];
                };
            };
        };
    };
    tenants_api_add_domain: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                tenant_id: number;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["DomainIn"];
            };
        };
        responses: {
            /** @description Created */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["DomainOut"];
                };
            };
            /** @description Malformed request (body not JSON, bad Idempotency-Key or cursor) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorOut"];
                };
            };
            /** @description Not authenticated (or wrong credentials) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorOut"];
                };
            };
            /** @description Not allowed (role, scope, CSRF) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorOut"];
                };
            };
            /** @description No such object, named in the path or the body (or not visible to the caller) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorOut"];
                };
            };
            /** @description Conflict with the object's state (or a request with this Idempotency-Key is running) */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorOut"];
                };
            };
            /** @description Request body too large */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorOut"];
                };
            };
            /** @description Invalid values (details name each field) */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorOut"];
                };
            };
            /** @description A rate or quota limit was reached */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorOut"];
                };
            };
        };
    };
    tenants_api_remove_domain: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                tenant_id: number;
                domain_id: number;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description No Content */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Not authenticated (or wrong credentials) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorOut"];
                };
            };
            /** @description Not allowed (role, scope, CSRF) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorOut"];
                };
            };
            /** @description No such object, named in the path or the body (or not visible to the caller) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorOut"];
                };
            };
            /** @description Conflict with the object's state (or a request with this Idempotency-Key is running) */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorOut"];
                };
            };
            /** @description Invalid values (details name each field) */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorOut"];
                };
            };
        };
    };
    tenants_api_resume_tenant: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                tenant_id: number;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["TenantOut"];
                };
            };
            /** @description Malformed request (body not JSON, bad Idempotency-Key or cursor) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorOut"];
                };
            };
            /** @description Not authenticated (or wrong credentials) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorOut"];
                };
            };
            /** @description Not allowed (role, scope, CSRF) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorOut"];
                };
            };
            /** @description No such object, named in the path or the body (or not visible to the caller) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorOut"];
                };
            };
            /** @description Conflict with the object's state (or a request with this Idempotency-Key is running) */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorOut"];
                };
            };
            /** @description Invalid values (details name each field) */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorOut"];
                };
            };
            /** @description A rate or quota limit was reached */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorOut"];
                };
            };
        };
    };
    tenants_api_suspend_tenant: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                tenant_id: number;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["TenantOut"];
                };
            };
            /** @description Malformed request (body not JSON, bad Idempotency-Key or cursor) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorOut"];
                };
            };
            /** @description Not authenticated (or wrong credentials) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorOut"];
                };
            };
            /** @description Not allowed (role, scope, CSRF) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorOut"];
                };
            };
            /** @description No such object, named in the path or the body (or not visible to the caller) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorOut"];
                };
            };
            /** @description Conflict with the object's state (or a request with this Idempotency-Key is running) */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorOut"];
                };
            };
            /** @description Invalid values (details name each field) */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorOut"];
                };
            };
            /** @description A rate or quota limit was reached */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorOut"];
                };
            };
        };
    };
    integrations_v2import_api_list_v2_imports: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                tenant_id: number;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["V2ImportRunOut"][];
                };
            };
            /** @description Not authenticated (or wrong credentials) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorOut"];
                };
            };
            /** @description Not allowed (role, scope, CSRF) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorOut"];
                };
            };
            /** @description No such object, named in the path or the body (or not visible to the caller) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorOut"];
                };
            };
            /** @description Invalid values (details name each field) */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorOut"];
                };
            };
        };
    };
    integrations_v2import_api_start_v2_import: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                tenant_id: number;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["V2ImportIn"];
            };
        };
        responses: {
            /** @description Accepted */
            202: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["V2ImportRunOut"];
                };
            };
            /** @description Malformed request (body not JSON, bad Idempotency-Key or cursor) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorOut"];
                };
            };
            /** @description Not authenticated (or wrong credentials) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorOut"];
                };
            };
            /** @description Not allowed (role, scope, CSRF) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorOut"];
                };
            };
            /** @description No such object, named in the path or the body (or not visible to the caller) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorOut"];
                };
            };
            /** @description Conflict with the object's state (or a request with this Idempotency-Key is running) */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorOut"];
                };
            };
            /** @description Request body too large */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorOut"];
                };
            };
            /** @description Invalid values (details name each field) */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorOut"];
                };
            };
            /** @description A rate or quota limit was reached */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorOut"];
                };
            };
        };
    };
    integrations_v2import_api_get_v2_import: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                tenant_id: number;
                run_id: number;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["V2ImportRunOut"];
                };
            };
            /** @description Not authenticated (or wrong credentials) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorOut"];
                };
            };
            /** @description Not allowed (role, scope, CSRF) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorOut"];
                };
            };
            /** @description No such object, named in the path or the body (or not visible to the caller) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorOut"];
                };
            };
            /** @description Invalid values (details name each field) */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorOut"];
                };
            };
        };
    };
}
