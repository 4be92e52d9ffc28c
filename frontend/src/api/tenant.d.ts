// Generated from openapi/tenant.json by scripts/api-types.mjs. Do not edit.
export interface paths {
    "/api/v1/action-links/preview": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** What an action link would do (changes nothing) */
        post: operations["integrations_actionlinks_api_preview_action_link"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/action-links/use": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Use an action link (once) */
        post: operations["integrations_actionlinks_api_use_action_link"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/apps": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** List apps */
        get: operations["core_api_apps_list_apps"];
        put?: never;
        /** Register an app */
        post: operations["core_api_apps_create_app"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/apps/{app_id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Get an app */
        get: operations["core_api_apps_get_app"];
        put?: never;
        post?: never;
        /** Delete an app and all its tokens */
        delete: operations["core_api_apps_delete_app"];
        options?: never;
        head?: never;
        /** Change an app */
        patch: operations["core_api_apps_patch_app"];
        trace?: never;
    };
    "/api/v1/apps/{app_id}/grants": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Workflows this app may act for users on */
        get: operations["core_api_apps_list_grants"];
        /** Replace the app's acting grants */
        put: operations["core_api_apps_set_grants"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/apps/{app_id}/signing-secret": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Create or rotate the request-signing secret (shown once) */
        post: operations["core_api_apps_rotate_signing_secret"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/apps/{app_id}/tokens": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** List an app's tokens (never the secrets) */
        get: operations["core_api_apps_list_tokens"];
        put?: never;
        /** Issue a token (shown once) */
        post: operations["core_api_apps_issue_token"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/apps/{app_id}/tokens/{token_id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        /** Revoke a token */
        delete: operations["core_api_apps_revoke_token"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/attachments": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Upload a file for an attachment field
         * @description The file stays pending until a ticket's field refers to its `url`: only you may download or delete it, it counts against your quota of pending uploads, and it is deleted after ATTACHMENT_ORPHAN_HOURS (24 by default). 413 `payload_too_large` over the size limit; 429 `quota_exceeded` (details.quota: `attachment_pending_bytes` or `attachment_bytes`).
         */
        post: operations["engine_tickets_attachments_api_upload_attachment"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/attachments/{attachment_id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Download an attachment (who may see a ticket it is on; its uploader while pending; else 404) */
        get: operations["engine_tickets_attachments_api_download_attachment"];
        put?: never;
        post?: never;
        /** Delete a pending upload (its uploader or a tenant admin; 409 once it is on a ticket) */
        delete: operations["engine_tickets_attachments_api_delete_attachment"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/audit": {
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
    "/api/v1/audit/export": {
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
    "/api/v1/audit/verify": {
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
    "/api/v1/auth/csrf": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Get a CSRF token (and its cookie) */
        get: operations["core_api_auth_csrf"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/auth/login": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Log in with username and password */
        post: operations["core_api_auth_auth_login"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/auth/logout": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Log out */
        post: operations["core_api_auth_auth_logout"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/auth/password-rules": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The rules a new password must meet (to state them before anyone types) */
        get: operations["core_directory_api_password_rules"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/calendar": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The working calendar */
        get: operations["engine_calendars_api_get_calendar"];
        /** Set the time zone and weekly working hours */
        put: operations["engine_calendars_api_put_calendar"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/calendar/due": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** When a duration from a moment falls due */
        get: operations["engine_calendars_api_calendar_due"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/calendar/holidays": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Add (or rename) a holiday */
        post: operations["engine_calendars_api_add_holiday"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/calendar/holidays/import": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Import a country's public holidays (and make-up working days) of a year */
        post: operations["engine_calendars_api_import_holidays"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/calendar/holidays/{day}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        /** Remove a holiday */
        delete: operations["engine_calendars_api_remove_holiday"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/calendar/workdays": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Add (or change) a make-up working day */
        post: operations["engine_calendars_api_add_workday"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/calendar/workdays/{day}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        /** Remove a make-up working day */
        delete: operations["engine_calendars_api_remove_workday"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/compat-v2/apps": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** List the Loonflow 2.x apps */
        get: operations["integrations_v2compat_api_list_compat_apps"];
        put?: never;
        /** Register a 2.x app (its token is shown once) */
        post: operations["integrations_v2compat_api_create_compat_app"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/compat-v2/apps/{app_id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        /** Delete a 2.x app */
        delete: operations["integrations_v2compat_api_delete_compat_app"];
        options?: never;
        head?: never;
        /** Change a 2.x app's workflows or grant */
        patch: operations["integrations_v2compat_api_patch_compat_app"];
        trace?: never;
    };
    "/api/v1/compat-v2/apps/{app_id}/token": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Rotate a 2.x app's token (the new one is shown once) */
        post: operations["integrations_v2compat_api_rotate_compat_app_token"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/compat-v2/settings": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Is the Loonflow 2.x API switched on */
        get: operations["integrations_v2compat_api_get_compat_settings"];
        /** Switch the Loonflow 2.x API on or off */
        put: operations["integrations_v2compat_api_put_compat_settings"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/delegations": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Delegations: yours, or everyone's (admins) */
        get: operations["engine_delegations_api_list_delegations"];
        put?: never;
        /**
         * Set a delegation (out of office): your turns go to the delegate for a period
         * @description 409 `delegation_cycle` when it would close a cycle (A→B→A, or longer) over an overlapping period and workflows; 409 `delegation_overlap` when the delegator already has one then. Tenant admins may set one for someone else (`delegator`).
         */
        post: operations["engine_delegations_api_create_delegation"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/delegations/{delegation_id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        /** End a delegation now (its delegator, or a tenant admin); turns already given stay given */
        delete: operations["engine_delegations_api_cancel_delegation"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/departments": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** List departments (the tree, flat) */
        get: operations["core_api_directory_list_departments"];
        put?: never;
        /** Create a department */
        post: operations["core_api_directory_create_department"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/departments/{department_id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Get a department */
        get: operations["core_api_directory_get_department"];
        put?: never;
        post?: never;
        /** Delete a department */
        delete: operations["core_api_directory_delete_department"];
        options?: never;
        head?: never;
        /** Change a department */
        patch: operations["core_api_directory_patch_department"];
        trace?: never;
    };
    "/api/v1/directory-feeds/ldap": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** List LDAP sources */
        get: operations["integrations_ldapsync_api_list_ldap_sources"];
        put?: never;
        /** Add an LDAP source */
        post: operations["integrations_ldapsync_api_create_ldap_source"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/directory-feeds/ldap/{source_id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Get an LDAP source */
        get: operations["integrations_ldapsync_api_get_ldap_source"];
        put?: never;
        post?: never;
        /** Delete an LDAP source (its people stay, as local people) */
        delete: operations["integrations_ldapsync_api_delete_ldap_source"];
        options?: never;
        head?: never;
        /** Change an LDAP source */
        patch: operations["integrations_ldapsync_api_patch_ldap_source"];
        trace?: never;
    };
    "/api/v1/directory-feeds/ldap/{source_id}/runs": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** An LDAP source's runs, newest first (the last 50) */
        get: operations["integrations_ldapsync_api_list_ldap_runs"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/directory-feeds/ldap/{source_id}/sync": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Sync now: queue a run (answered at once; the run already queued, if any) */
        post: operations["integrations_ldapsync_api_sync_ldap_source"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/directory-feeds/scim/tokens": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** List SCIM tokens */
        get: operations["integrations_scim_api_list_scim_tokens"];
        put?: never;
        /** Create a SCIM token (shown once) */
        post: operations["integrations_scim_api_create_scim_token"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/directory-feeds/scim/tokens/{token_id}/revoke": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Revoke a SCIM token (calls with it get 401 from now on) */
        post: operations["integrations_scim_api_revoke_scim_token"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/directory/sync": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Upsert the whole directory in one call */
        post: operations["core_api_directory_sync_directory"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/directory/sync/last": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** What the last directory sync changed (those who may sync: tenant admins, directory:write apps) */
        get: operations["core_api_directory_last_sync"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/getting-started": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The getting-started checklist, ticked from the tenant's data */
        get: operations["integrations_getting_started_api_get_checklist"];
        /** Dismiss the checklist (or bring it back) */
        put: operations["integrations_getting_started_api_put_checklist"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/inbox": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** My notifications, newest first */
        get: operations["integrations_inbox_api_list_inbox"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/inbox/preferences": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Which events reach me on which channel */
        get: operations["integrations_inbox_api_get_inbox_preferences"];
        /** Choose which events reach me where */
        put: operations["integrations_inbox_api_put_inbox_preferences"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/inbox/read-all": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Mark all my notifications read */
        post: operations["integrations_inbox_api_mark_inbox_all_read"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/inbox/unread-count": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** How many of my notifications are unread */
        get: operations["integrations_inbox_api_inbox_unread_count"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/inbox/{item_id}/read": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Mark one notification read */
        post: operations["integrations_inbox_api_mark_inbox_read"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/integrations/settings": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Get the outbound allow-list */
        get: operations["integrations_api_webhooks_get_settings"];
        /** Replace the outbound allow-list */
        put: operations["integrations_api_webhooks_put_settings"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/integrations/settings/rotate-secret": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Replace the tenant's signing secret (the new one is shown once) */
        post: operations["integrations_api_webhooks_rotate_settings_secret"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/me": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Who am I */
        get: operations["core_api_auth_me"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /** Change my own name, e-mail address or language */
        patch: operations["core_directory_api_patch_me"];
        trace?: never;
    };
    "/api/v1/me/password": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Change my own password (the current one first; throttled like login; this session stays) */
        post: operations["core_directory_api_change_my_password"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/me/tokens": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** List my personal tokens */
        get: operations["core_access_api_list_my_tokens"];
        put?: never;
        /** Create a personal token that acts as me (shown once) */
        post: operations["core_access_api_issue_my_token"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/me/tokens/{token_id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        /** Revoke one of my tokens */
        delete: operations["core_access_api_revoke_my_token"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/notification-channels": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** List notification channels */
        get: operations["integrations_api_notifications_list_channels"];
        put?: never;
        /** Create a notification channel */
        post: operations["integrations_api_notifications_create_channel"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/notification-channels/{channel_id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Get a channel */
        get: operations["integrations_api_notifications_get_channel"];
        put?: never;
        post?: never;
        /** Delete a channel and its notifications */
        delete: operations["integrations_api_notifications_delete_channel"];
        options?: never;
        head?: never;
        /** Change a channel */
        patch: operations["integrations_api_notifications_patch_channel"];
        trace?: never;
    };
    "/api/v1/notification-channels/{channel_id}/test": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Queue a test message (to you, or to the given users); poll its status_url */
        post: operations["integrations_api_notifications_test_channel"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/notification-channels/{channel_id}/tests/{test_id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The outcome of a test message */
        get: operations["integrations_api_notifications_get_channel_test"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/notifications": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Recent notifications (cursor paginated) */
        get: operations["integrations_api_notifications_list_notifications"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/personal-tokens": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Everyone's personal tokens (tenant admins; newest first, at most 1000) */
        get: operations["core_access_api_list_personal_tokens"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/personal-tokens/{token_id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        /** Revoke anyone's personal token */
        delete: operations["core_access_api_revoke_personal_token"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/roles": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** List roles */
        get: operations["core_api_directory_list_roles"];
        put?: never;
        /** Create a role */
        post: operations["core_api_directory_create_role"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/roles/{role_id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Get a role */
        get: operations["core_api_directory_get_role"];
        put?: never;
        post?: never;
        /** Delete a role */
        delete: operations["core_api_directory_delete_role"];
        options?: never;
        head?: never;
        /** Change a role */
        patch: operations["core_api_directory_patch_role"];
        trace?: never;
    };
    "/api/v1/scripts": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** List scripts (without their source) */
        get: operations["integrations_api_scripts_list_scripts"];
        put?: never;
        /** Add a script (syntax-checked; 422 with the line of a syntax error) */
        post: operations["integrations_api_scripts_create_script"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/scripts/{script_id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Get a script */
        get: operations["integrations_api_scripts_get_script"];
        put?: never;
        post?: never;
        /** Delete a script and its runs */
        delete: operations["integrations_api_scripts_delete_script"];
        options?: never;
        head?: never;
        /** Change a script */
        patch: operations["integrations_api_scripts_patch_script"];
        trace?: never;
    };
    "/api/v1/scripts/{script_id}/runs": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** A script's runs, newest first (cursor) */
        get: operations["integrations_api_scripts_list_script_runs"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/sso/callback": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Where the provider sends the browser back (signs in, then redirects into the console) */
        get: operations["integrations_sso_api_callback"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/sso/login-options": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Sign-in buttons for the login page */
        get: operations["integrations_sso_api_login_options"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/sso/logout": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Log out; after a provider login, answers its logout URL (RP-initiated logout) to go to */
        post: operations["integrations_sso_api_sso_logout"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/sso/providers": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** List identity providers */
        get: operations["integrations_sso_api_list_providers"];
        put?: never;
        /** Add an OpenID Connect provider */
        post: operations["integrations_sso_api_create_provider"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/sso/providers/{provider_id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Get an identity provider */
        get: operations["integrations_sso_api_get_provider"];
        put?: never;
        post?: never;
        /** Delete an identity provider */
        delete: operations["integrations_sso_api_delete_provider"];
        options?: never;
        head?: never;
        /** Change an identity provider */
        patch: operations["integrations_sso_api_patch_provider"];
        trace?: never;
    };
    "/api/v1/sso/providers/{provider_id}/discover": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Fetch the provider's discovery document and keys now (the answer says whether it worked) */
        post: operations["integrations_sso_api_discover_provider"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/sso/settings": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Password sign-in policy */
        get: operations["integrations_sso_api_get_settings"];
        /** Turn local passwords on or off */
        put: operations["integrations_sso_api_put_settings"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/sso/{key}/start": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Begin signing in through a provider (redirects the browser to it) */
        get: operations["integrations_sso_api_start"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/statistics": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Statistics across workflows: opened/finished per day, backlog, SLA breaches, slowest states
         * @description Whole days `from`..`to` in the tenant's time zone (default: the last 30 days; at most 366). Tenant admins see every workflow; others the workflows whose statistics they may read.
         */
        get: operations["engine_tickets_api_tenant_statistics"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/statistics/{chart}/csv": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** One chart of the statistics across workflows as CSV (same period and rights) */
        get: operations["engine_tickets_api_tenant_statistics_csv"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/ticket-views": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** My saved ticket views */
        get: operations["engine_ticketlists_api_list_views"];
        put?: never;
        /** Save a ticket view (name, filters, sort) */
        post: operations["engine_ticketlists_api_create_view"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/ticket-views/{view_id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        /** Delete a saved ticket view */
        delete: operations["engine_ticketlists_api_delete_view"];
        options?: never;
        head?: never;
        /** Change a saved ticket view */
        patch: operations["engine_ticketlists_api_patch_view"];
        trace?: never;
    };
    "/api/v1/tickets": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** List tickets (to-do, created, handled…) */
        get: operations["engine_tickets_reads_list_tickets"];
        put?: never;
        /** Create a ticket (and submit it, with `transition`) */
        post: operations["engine_tickets_actions_create_ticket"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/tickets/bulk-handle": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Take a transition (or approve / reject) on several tickets at once, with per-ticket results
         * @description At most 100 tickets. Each is handled in its own transaction under its own lock, as `POST /tickets/{id}/handle` would: a refusal (`ok: false` with its error) leaves that ticket as it was and the others go on. `row_version` per ticket works as If-Match.
         */
        post: operations["engine_tickets_bulk_bulk_handle"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/tickets/counts": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** How many tickets in each of my lists */
        get: operations["engine_tickets_reads_ticket_counts"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/tickets/export": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Download a ticket list (its view, filters and sort) as CSV or XLSX, streamed */
        get: operations["engine_ticketlists_api_export_tickets"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/tickets/{ticket_id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** A ticket, with the fields you may see in its current state (ETag: its row_version) */
        get: operations["engine_tickets_reads_ticket_detail"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/tickets/{ticket_id}/accept": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Claim a ticket offered to several */
        post: operations["engine_tickets_actions_accept_ticket"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/tickets/{ticket_id}/actions": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** What you may do now */
        get: operations["engine_tickets_reads_ticket_actions"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/tickets/{ticket_id}/close": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Close a ticket (admins, intervenors) */
        post: operations["engine_tickets_actions_close_ticket"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/tickets/{ticket_id}/comments": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Comment on a ticket */
        post: operations["engine_tickets_actions_comment_ticket"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/tickets/{ticket_id}/consult": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Ask someone's opinion (add a signer) */
        post: operations["engine_tickets_actions_consult_ticket"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/tickets/{ticket_id}/consult-reply": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Answer a consultation */
        post: operations["engine_tickets_actions_consult_reply"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/tickets/{ticket_id}/deliver": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Pass your turn to someone else */
        post: operations["engine_tickets_actions_deliver_ticket"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/tickets/{ticket_id}/fields": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /** Change fields the current state lets you edit */
        patch: operations["engine_tickets_actions_patch_fields"];
        trace?: never;
    };
    "/api/v1/tickets/{ticket_id}/flow-log": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The ticket's history */
        get: operations["engine_tickets_reads_ticket_flow_log"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/tickets/{ticket_id}/force-state": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Put a ticket into a state (admins) */
        post: operations["engine_tickets_actions_force_state"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/tickets/{ticket_id}/handle": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Take a transition (If-Match: the ticket's row_version; 412 when stale, 409 when not allowed) */
        post: operations["engine_tickets_actions_handle_ticket"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/tickets/{ticket_id}/hook-callback": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Answer a waiting hook call (signed: X-Loonflow-Signature over the raw body)
         * @description For hook states with `wait: true`. Sign the raw body with the tenant's signing secret, as Loonflow signs the hook request. Name a `decision` (agree / reject) or a `transition`. 401 for a missing or bad signature; 409 `hook_not_waiting` when the call is not this ticket's or was answered already; 409 `hook_stale` when the ticket left the state; 422 for bad field values (the call keeps waiting).
         */
        post: operations["integrations_api_hooks_hook_callback"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/tickets/{ticket_id}/retry-hook": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Retry the failed hook call and script runs of the ticket's current state (intervenors) */
        post: operations["integrations_api_hooks_retry_hook"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/tickets/{ticket_id}/steps": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The flow's states, with the current one marked */
        get: operations["engine_tickets_reads_ticket_steps"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/tickets/{ticket_id}/withdraw": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Withdraw your ticket (creator) */
        post: operations["engine_tickets_actions_withdraw_ticket"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/users": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** List users (cursor paginated) */
        get: operations["core_api_directory_list_users"];
        put?: never;
        /** Create a user */
        post: operations["core_api_directory_create_user"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/users/{user_id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Get a user */
        get: operations["core_api_directory_get_user"];
        put?: never;
        post?: never;
        /** Deactivate a user (people are never erased) */
        delete: operations["core_api_directory_delete_user"];
        options?: never;
        head?: never;
        /** Change a user */
        patch: operations["core_api_directory_patch_user"];
        trace?: never;
    };
    "/api/v1/webhooks": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** List webhooks */
        get: operations["integrations_api_webhooks_list_webhooks"];
        put?: never;
        /** Create a webhook (its secret is shown once) */
        post: operations["integrations_api_webhooks_create_webhook"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/webhooks/deliveries": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** List webhook deliveries (newest first) */
        get: operations["integrations_api_webhooks_list_deliveries"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/webhooks/deliveries/{delivery_id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Get a delivery with its payload and attempts */
        get: operations["integrations_api_webhooks_get_delivery"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/webhooks/deliveries/{delivery_id}/redeliver": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Send a delivery again (same key and payload, a fresh retry budget) */
        post: operations["integrations_api_webhooks_redeliver"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/webhooks/{webhook_id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Get a webhook */
        get: operations["integrations_api_webhooks_get_webhook"];
        put?: never;
        post?: never;
        /** Delete a webhook and its deliveries */
        delete: operations["integrations_api_webhooks_delete_webhook"];
        options?: never;
        head?: never;
        /** Change a webhook */
        patch: operations["integrations_api_webhooks_patch_webhook"];
        trace?: never;
    };
    "/api/v1/webhooks/{webhook_id}/rotate-secret": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Replace the webhook's signing secret (the new one is shown once) */
        post: operations["integrations_api_webhooks_rotate_webhook_secret"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/workflow-templates": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The template gallery: sample workflows to start from (who may create workflows) */
        get: operations["engine_workflows_api_list_workflow_templates"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/workflow-templates/{template_key}/use": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Create a workflow whose draft is a template's document */
        post: operations["engine_workflows_api_use_workflow_template"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/workflows": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** List workflows (those you may use or manage) */
        get: operations["engine_api_list_workflows"];
        put?: never;
        /** Create a workflow (with a starter draft) */
        post: operations["engine_api_create_workflow"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/workflows/import": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Import an exported workflow (body: the JSON or YAML file; Content-Type says which) */
        post: operations["engine_api_import_workflow"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/workflows/{workflow_id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Get a workflow */
        get: operations["engine_api_get_workflow"];
        put?: never;
        post?: never;
        /** Delete a workflow and its versions */
        delete: operations["engine_api_delete_workflow"];
        options?: never;
        head?: never;
        /** Change a workflow's name, category, admins */
        patch: operations["engine_api_patch_workflow"];
        trace?: never;
    };
    "/api/v1/workflows/{workflow_id}/clone": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Copy a workflow under a new key */
        post: operations["engine_api_clone_workflow"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/workflows/{workflow_id}/diff": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** What changed between two versions */
        get: operations["engine_api_diff_versions"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/workflows/{workflow_id}/draft": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Get the draft (ETag for If-Match) */
        get: operations["engine_api_get_draft"];
        /** Replace the draft document (If-Match: the ETag you loaded; 412 when stale) */
        put: operations["engine_api_put_draft"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/workflows/{workflow_id}/export": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Export a version as JSON or YAML (default: the draft) */
        get: operations["engine_api_export_workflow"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/workflows/{workflow_id}/init": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The start state, its fields with permissions, and the creator's transitions */
        get: operations["engine_api_init_workflow"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/workflows/{workflow_id}/publish": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Publish the draft (422 with every problem when it is not valid) */
        post: operations["engine_api_publish_workflow"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/workflows/{workflow_id}/simulate": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Test run: the path a ticket would take, who each state would ask (nothing is written) */
        post: operations["engine_tickets_api_simulate_workflow"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/workflows/{workflow_id}/statistics": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Tickets created/finished per day and time spent per state (mean, p90) */
        get: operations["engine_api_workflow_statistics"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/workflows/{workflow_id}/validate": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Check the draft (or a given document) against every publishing rule */
        post: operations["engine_api_validate_workflow"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/workflows/{workflow_id}/versions": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Version history */
        get: operations["engine_api_list_versions"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/workflows/{workflow_id}/versions/{number}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Get one version */
        get: operations["engine_api_get_version"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/workflows/{workflow_id}/versions/{number}/archive": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Archive a published version (no new tickets start in it) */
        post: operations["engine_api_archive_version"];
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
        /** ActionOut */
        ActionOut: {
            /** Action */
            action: string;
            /** Attribute */
            attribute?: string | null;
            /**
             * Branch
             * @description The branch the action is on; send it back when you act on several at once.
             */
            branch?: string | null;
            /** Check Required Fields */
            check_required_fields?: boolean | null;
            /** Confirm Text */
            confirm_text?: string | null;
            /** Name */
            name?: string | null;
            /** Transition */
            transition?: string | null;
        };
        /** AppCreateIn */
        AppCreateIn: {
            /**
             * Confirm No Scopes
             * @description Must be true to leave the app without any scope (it can then call almost nothing).
             * @default false
             */
            confirm_no_scopes: boolean;
            /**
             * Description
             * @default
             */
            description: string;
            /** Name */
            name: string;
            /**
             * Require Signature
             * @default false
             */
            require_signature: boolean;
            /** Scopes */
            scopes?: string[];
        };
        /** AppOut */
        AppOut: {
            /**
             * Created At
             * Format: date-time
             */
            created_at: string;
            /** Description */
            description: string;
            /** Has Signing Secret */
            has_signing_secret: boolean;
            /** Id */
            id: number;
            /** Is Active */
            is_active: boolean;
            /** Name */
            name: string;
            /** Require Signature */
            require_signature: boolean;
            /** Scopes */
            scopes: string[];
        };
        /** AppPatchIn */
        AppPatchIn: {
            /**
             * Confirm No Scopes
             * @description Must be true to leave the app without any scope (it can then call almost nothing).
             * @default false
             */
            confirm_no_scopes: boolean;
            /** Description */
            description?: string | null;
            /** Is Active */
            is_active?: boolean | null;
            /** Name */
            name?: string | null;
            /** Require Signature */
            require_signature?: boolean | null;
            /** Scopes */
            scopes?: string[] | null;
        };
        /** AttachmentOut */
        AttachmentOut: {
            /** Content Type */
            content_type: string;
            /**
             * Id
             * Format: uuid
             */
            id: string;
            /** Name */
            name: string;
            /** Size */
            size: number;
            /** Url */
            url: string;
        };
        /**
         * Audience
         * @description Everyone in the tenant, or the union of the listed users, departments (members) and roles.
         */
        Audience: {
            /** Departments */
            departments?: string[];
            /**
             * Everyone
             * @default false
             */
            everyone: boolean;
            /** Roles */
            roles?: string[];
            /** Users */
            users?: string[];
        };
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
        /** BacklogPersonOut */
        BacklogPersonOut: {
            /**
             * Count
             * @description Open tickets waiting on them (to handle, claim or give an opinion on).
             */
            count: number;
            /** Name */
            name: string;
            /** User Id */
            user_id: number;
            /** Username */
            username: string;
        };
        /** BacklogStateOut */
        BacklogStateOut: {
            /** Count */
            count: number;
            /** State */
            state: string;
            /** State Name */
            state_name: string;
            /** Workflow */
            workflow: string;
            /** Workflow Id */
            workflow_id: number;
        };
        /**
         * Branch
         * @description One conditional branch: the first branch whose condition holds picks the target.
         *
         *     Give the condition either structured (`condition`: OR of AND-groups of comparisons) or as an
         *     `expression` in the small condition language; both are parsed into the same tree.
         */
        Branch: {
            /** Condition */
            condition?: {
                [key: string]: unknown;
            } | null;
            /** Expression */
            expression?: string | null;
            /** Target */
            target: string;
        };
        /** BranchOut */
        BranchOut: {
            /**
             * Due At
             * @description When the SLA of its state falls due (null: no SLA).
             */
            due_at?: string | null;
            /**
             * Entered At
             * Format: date-time
             */
            entered_at: string;
            /** Handlers */
            handlers: components["schemas"]["HandlerOut"][];
            /**
             * Key
             * @description `<split>:<transition>`, nested branches joined by "/".
             */
            key: string;
            sla?: components["schemas"]["SlaDueOut"] | null;
            state: components["schemas"]["StateRefOut"];
            /**
             * Status
             * @description active, or arrived (at its join, waiting for the others).
             */
            status: string;
        };
        /** BulkErrorOut */
        BulkErrorOut: {
            /** Code */
            code: string;
            /** Message */
            message: string;
            /** Status */
            status: number;
        };
        /** BulkHandleIn */
        BulkHandleIn: {
            /**
             * Attribute
             * @description Instead of `transition`: on each ticket, its one manual transition with this attribute (approve or reject); 409 `transition_ambiguous` for a ticket with several.
             */
            attribute?: ("agree" | "reject") | null;
            /**
             * Comment
             * @default
             */
            comment: string;
            /** Tickets */
            tickets: components["schemas"]["BulkTicketIn"][];
            /**
             * Transition
             * @description The transition to take on each ticket.
             */
            transition?: string | null;
        };
        /** BulkHandleOut */
        BulkHandleOut: {
            /** Failed */
            failed: number;
            /** Results */
            results: components["schemas"]["BulkResultOut"][];
            /** Succeeded */
            succeeded: number;
        };
        /** BulkResultOut */
        BulkResultOut: {
            /** @description Why this ticket was left as it was. */
            error?: components["schemas"]["BulkErrorOut"] | null;
            /** Id */
            id: number;
            /** Ok */
            ok: boolean;
            /** Row Version */
            row_version?: number | null;
            /**
             * State
             * @description The ticket's state after it (ok).
             */
            state?: string | null;
            /** Status */
            status?: string | null;
            /**
             * Transition
             * @description The transition taken (ok) or chosen.
             */
            transition?: string | null;
        };
        /** BulkTicketIn */
        BulkTicketIn: {
            /**
             * Branch
             * @description Which of the ticket's parallel branches you act on; needed only when you are on several at once (else 409 branch_required lists them).
             */
            branch?: string | null;
            /** Id */
            id: number;
            /**
             * Row Version
             * @description The version you saw (as If-Match): stale answers 412.
             */
            row_version?: number | null;
        };
        /** CalendarIn */
        CalendarIn: {
            /**
             * Time Zone
             * @description An IANA time zone, e.g. Europe/Berlin.
             */
            time_zone: string;
            /**
             * Week
             * @description Working hours of each weekday, Monday first.
             */
            week: components["schemas"]["IntervalIn"][][];
        };
        /** CalendarOut */
        CalendarOut: {
            /** Holidays */
            holidays: components["schemas"]["HolidayOut"][];
            /** Time Zone */
            time_zone: string;
            /**
             * Updated At
             * @description null: never saved (the defaults apply).
             */
            updated_at: string | null;
            /**
             * Week
             * @description Working hours of each weekday, Monday first.
             */
            week: components["schemas"]["IntervalOut"][][];
            /**
             * Weekly Seconds
             * @description Working seconds of an ordinary week.
             */
            weekly_seconds: number;
            /**
             * Workdays
             * @description Make-up working days.
             */
            workdays: components["schemas"]["WorkdayOut"][];
        };
        /** ChangeOut */
        ChangeOut: {
            /** After */
            after?: unknown;
            /** Before */
            before?: unknown;
            /**
             * Op
             * @enum {string}
             */
            op: "added" | "removed" | "changed";
            /** Path */
            path: string;
        };
        /** ChannelTestIn */
        ChannelTestIn: {
            /**
             * Recipients
             * @description Usernames; default: you.
             */
            recipients?: string[];
        };
        /** ChannelTestOut */
        ChannelTestOut: {
            /**
             * Created At
             * Format: date-time
             */
            created_at: string;
            /**
             * Error
             * @description Why it failed (one generic message for connection failures).
             */
            error: string | null;
            /**
             * Error Code
             * @description The machine code of the text beside it (null: a plain text, such as a remote's own words, or a row written before codes existed); the text is in the reader's language.
             */
            error_code: string | null;
            /** Finished At */
            finished_at: string | null;
            /** Id */
            id: number;
            /**
             * Ok
             * @description null while the test has not run yet.
             */
            ok: boolean | null;
            /** Recipients */
            recipients: string[];
            /**
             * Status
             * @description pending/running until the worker reports back.
             * @enum {string}
             */
            status: "pending" | "running" | "succeeded" | "failed";
            /**
             * Status Url
             * @description GET it for the outcome.
             */
            status_url: string;
        };
        /** ChecklistDismissIn */
        ChecklistDismissIn: {
            /** Dismissed */
            dismissed: boolean;
        };
        /** ChecklistItemOut */
        ChecklistItemOut: {
            /** Done */
            done: boolean;
            /**
             * Key
             * @enum {string}
             */
            key: "directory" | "workflow" | "app_token" | "webhook";
            /**
             * Link
             * @description The console page that does it.
             */
            link: string;
        };
        /** ChecklistOut */
        ChecklistOut: {
            /** Complete */
            complete: boolean;
            /**
             * Dismissed
             * @description An admin put the checklist away (for the whole tenant).
             */
            dismissed: boolean;
            /** Items */
            items: components["schemas"]["ChecklistItemOut"][];
        };
        /** Choice */
        Choice: {
            /** Label */
            label: string;
            /** Value */
            value: string;
        };
        /** CloneIn */
        CloneIn: {
            /** Key */
            key: string;
            /** Name */
            name: string;
            /**
             * Version
             * @description Clone this version instead of the draft.
             */
            version?: number | null;
        };
        /** CommentIn */
        CommentIn: {
            /** Comment */
            comment: string;
        };
        /** CompatAppCreateIn */
        CompatAppCreateIn: {
            /** Acting Usernames */
            acting_usernames?: string[];
            /**
             * Description
             * @default
             */
            description: string;
            /**
             * Name
             * @description The `appname` header its clients send (`loonflow` is reserved).
             */
            name: string;
            /**
             * Token
             * @description Keep an existing 2.x app's token (its clients sign with it); omit for a new one.
             */
            token?: string | null;
            /** Workflow Ids */
            workflow_ids?: number[];
        };
        /** CompatAppIssuedOut */
        CompatAppIssuedOut: {
            /**
             * Acting Usernames
             * @description Whom the `username` header may name; ["*"]: anyone.
             */
            acting_usernames: string[];
            /**
             * Created At
             * Format: date-time
             */
            created_at: string;
            /** Description */
            description: string;
            /** Id */
            id: number;
            /** Is Active */
            is_active: boolean;
            /** Name */
            name: string;
            /**
             * Token
             * @description The app token, shown this once: 2.x clients sign md5(timestamp + token).
             */
            token: string;
            /**
             * Token Hint
             * @description The token's last four characters.
             */
            token_hint: string;
            /** Token Rotated At */
            token_rotated_at: string | null;
            /** Workflow Ids */
            workflow_ids: number[];
        };
        /** CompatAppOut */
        CompatAppOut: {
            /**
             * Acting Usernames
             * @description Whom the `username` header may name; ["*"]: anyone.
             */
            acting_usernames: string[];
            /**
             * Created At
             * Format: date-time
             */
            created_at: string;
            /** Description */
            description: string;
            /** Id */
            id: number;
            /** Is Active */
            is_active: boolean;
            /** Name */
            name: string;
            /**
             * Token Hint
             * @description The token's last four characters.
             */
            token_hint: string;
            /** Token Rotated At */
            token_rotated_at: string | null;
            /** Workflow Ids */
            workflow_ids: number[];
        };
        /** CompatAppPatchIn */
        CompatAppPatchIn: {
            /** Acting Usernames */
            acting_usernames?: string[] | null;
            /** Description */
            description?: string | null;
            /** Is Active */
            is_active?: boolean | null;
            /** Workflow Ids */
            workflow_ids?: number[] | null;
        };
        /** CompatSettingsIn */
        CompatSettingsIn: {
            /** Enabled */
            enabled: boolean;
        };
        /** CompatSettingsOut */
        CompatSettingsOut: {
            /** Enabled */
            enabled: boolean;
        };
        /** CompatTokenOut */
        CompatTokenOut: {
            /**
             * Token
             * @description The new app token, shown this once; the old one no longer works.
             */
            token: string;
        };
        /** ConsultReplyIn */
        ConsultReplyIn: {
            /**
             * Branch
             * @description Which of the ticket's parallel branches you act on; needed only when you are on several at once (else 409 branch_required lists them).
             */
            branch?: string | null;
            /** Comment */
            comment: string;
        };
        /** Countersign */
        Countersign: {
            /** Count */
            count?: number | null;
            /** @default all */
            mode: components["schemas"]["CountersignMode"];
            /** Percent */
            percent?: number | null;
            /**
             * Veto On Reject
             * @default true
             */
            veto_on_reject: boolean;
        };
        /**
         * CountersignMode
         * @enum {string}
         */
        CountersignMode: "all" | "count" | "percent";
        /** CsrfOut */
        CsrfOut: {
            /** Csrf Token */
            csrf_token: string;
        };
        /** DashboardDayOut */
        DashboardDayOut: {
            /**
             * Day
             * Format: date
             */
            day: string;
            /** Finished */
            finished: number;
            /** Opened */
            opened: number;
        };
        /** DashboardOut */
        DashboardOut: {
            /**
             * Backlog By Person
             * @description Open now; the 50 busiest people.
             */
            backlog_by_person: components["schemas"]["BacklogPersonOut"][];
            /**
             * Backlog By State
             * @description Open now, busiest first.
             */
            backlog_by_state: components["schemas"]["BacklogStateOut"][];
            /**
             * From Day
             * Format: date
             */
            from_day: string;
            /** Per Day */
            per_day: components["schemas"]["DashboardDayOut"][];
            /**
             * Sla Breaches
             * @description Breaches in the period per workflow.
             */
            sla_breaches: components["schemas"]["WorkflowBreachesOut"][];
            /**
             * Slowest States
             * @description Visits begun in the period; the 20 slowest by median.
             */
            slowest_states: components["schemas"]["SlowStateOut"][];
            summary: components["schemas"]["DashboardSummaryOut"];
            /**
             * To Day
             * Format: date
             */
            to_day: string;
        };
        /** DashboardSummaryOut */
        DashboardSummaryOut: {
            /** Finished */
            finished: number;
            /**
             * Open Now
             * @description Tickets in progress or returned now, whatever the period.
             */
            open_now: number;
            /** Opened */
            opened: number;
            /** Sla Breaches */
            sla_breaches: number;
        };
        /** DayBreachesOut */
        DayBreachesOut: {
            /** Count */
            count: number;
            /**
             * Day
             * Format: date
             */
            day: string;
        };
        /** DayCountOut */
        DayCountOut: {
            /** Created */
            created: number;
            /**
             * Day
             * Format: date
             */
            day: string;
            /** Finished */
            finished: number;
        };
        /** DelegationIn */
        DelegationIn: {
            /**
             * Delegate
             * @description Who takes the turns (an active user's username).
             */
            delegate: string;
            /**
             * Delegator
             * @description Whose turns (tenant admins only, for someone else; default: yours).
             */
            delegator?: string | null;
            /**
             * Ends At
             * Format: date-time
             * @description Exclusive; after starts_at, at most 366 days later.
             */
            ends_at: string;
            /**
             * Move Waiting
             * @description Also hand over the turns already waiting for the delegator when it starts.
             * @default false
             */
            move_waiting: boolean;
            /**
             * Note
             * @default
             */
            note: string;
            /**
             * Starts At
             * Format: date-time
             */
            starts_at: string;
            /**
             * Workflow Ids
             * @description The workflows it covers (empty: all).
             */
            workflow_ids?: number[];
        };
        /** DelegationListParams */
        DelegationListParams: {
            /** Cursor */
            cursor?: string | null;
            /**
             * Delegate
             * @description Only those to this person (with scope=all).
             */
            delegate?: string | null;
            /**
             * Delegator
             * @description Only those of this person (with scope=all).
             */
            delegator?: string | null;
            /**
             * Include Past
             * @description Also the ended and cancelled ones.
             * @default false
             */
            include_past: boolean;
            /**
             * Limit
             * @default 50
             */
            limit: number;
            /**
             * Scope
             * @description mine: given or received; all: everyone's (admins).
             * @default mine
             */
            scope: string;
        };
        /** DelegationOut */
        DelegationOut: {
            /** Cancelled At */
            cancelled_at: string | null;
            /**
             * Created At
             * Format: date-time
             */
            created_at: string;
            created_by: components["schemas"]["DelegationPersonOut"] | null;
            delegate: components["schemas"]["DelegationPersonOut"];
            delegator: components["schemas"]["DelegationPersonOut"];
            /**
             * Ends At
             * Format: date-time
             */
            ends_at: string;
            /** Id */
            id: number;
            /** Move Waiting */
            move_waiting: boolean;
            /** Moved At */
            moved_at: string | null;
            /** Note */
            note: string;
            /**
             * Running
             * @description Whether it runs now (started, not ended, not cancelled).
             */
            running: boolean;
            /**
             * Starts At
             * Format: date-time
             */
            starts_at: string;
            /** Workflow Ids */
            workflow_ids: number[];
        };
        /** DelegationPageOut */
        DelegationPageOut: {
            /** Items */
            items: components["schemas"]["DelegationOut"][];
            /** Next Cursor */
            next_cursor: string | null;
        };
        /** DelegationPersonOut */
        DelegationPersonOut: {
            /** Display Name */
            display_name: string;
            /** Id */
            id: number;
            /** Username */
            username: string;
        };
        /** DeliveryAttemptOut */
        DeliveryAttemptOut: {
            /**
             * Created At
             * Format: date-time
             */
            created_at: string;
            /** Error */
            error: string;
            /**
             * Error Code
             * @description The machine code of the text beside it (null: a plain text, such as a remote's own words, or a row written before codes existed); the text is in the reader's language.
             */
            error_code: string | null;
            /** Latency Ms */
            latency_ms: number;
            /** Number */
            number: number;
            /** Response Excerpt */
            response_excerpt: string;
            /** Status Code */
            status_code: number | null;
        };
        /** DeliveryDetailOut */
        DeliveryDetailOut: {
            /** Attempt Log */
            attempt_log: components["schemas"]["DeliveryAttemptOut"][];
            /**
             * Attempts
             * @description Attempts since the delivery was created or last redelivered.
             */
            attempts: number;
            /**
             * Created At
             * Format: date-time
             */
            created_at: string;
            /** Event */
            event: string;
            /** Event Id */
            event_id: number | null;
            /** Finished At */
            finished_at: string | null;
            /** Id */
            id: number;
            /**
             * Key
             * @description The X-Loonflow-Delivery header: the same on every attempt.
             */
            key: string;
            /** Last Error */
            last_error: string;
            /**
             * Last Error Code
             * @description The machine code of the text beside it (null: a plain text, such as a remote's own words, or a row written before codes existed); the text is in the reader's language.
             */
            last_error_code: string | null;
            /** Last Status Code */
            last_status_code: number | null;
            /** Next Attempt At */
            next_attempt_at: string | null;
            /** Payload */
            payload: {
                [key: string]: unknown;
            };
            /** Status */
            status: string;
            /** Ticket Id */
            ticket_id: number | null;
            /** Ticket Serial */
            ticket_serial: string | null;
            /** Ticket Title */
            ticket_title: string | null;
            /** Url */
            url: string;
            /**
             * Webhook Id
             * @description null: a subscription in the workflow document.
             */
            webhook_id: number | null;
            /** Workflow Key */
            workflow_key: string | null;
            /** Workflow Name */
            workflow_name: string | null;
        };
        /** DeliveryListParams */
        DeliveryListParams: {
            /** Cursor */
            cursor?: string | null;
            /**
             * Limit
             * @default 50
             */
            limit: number;
            /** Status */
            status?: ("pending" | "running" | "succeeded" | "failed") | null;
            /** Ticket Id */
            ticket_id?: number | null;
            /**
             * Ticket Serial
             * @description Only this ticket (its serial).
             */
            ticket_serial?: string | null;
            /** Webhook Id */
            webhook_id?: number | null;
            /**
             * Workflow Key
             * @description Only this workflow's tickets.
             */
            workflow_key?: string | null;
        };
        /** DeliveryOut */
        DeliveryOut: {
            /**
             * Attempts
             * @description Attempts since the delivery was created or last redelivered.
             */
            attempts: number;
            /**
             * Created At
             * Format: date-time
             */
            created_at: string;
            /** Event */
            event: string;
            /** Event Id */
            event_id: number | null;
            /** Finished At */
            finished_at: string | null;
            /** Id */
            id: number;
            /**
             * Key
             * @description The X-Loonflow-Delivery header: the same on every attempt.
             */
            key: string;
            /** Last Error */
            last_error: string;
            /**
             * Last Error Code
             * @description The machine code of the text beside it (null: a plain text, such as a remote's own words, or a row written before codes existed); the text is in the reader's language.
             */
            last_error_code: string | null;
            /** Last Status Code */
            last_status_code: number | null;
            /** Next Attempt At */
            next_attempt_at: string | null;
            /** Status */
            status: string;
            /** Ticket Id */
            ticket_id: number | null;
            /** Ticket Serial */
            ticket_serial: string | null;
            /** Ticket Title */
            ticket_title: string | null;
            /** Url */
            url: string;
            /**
             * Webhook Id
             * @description null: a subscription in the workflow document.
             */
            webhook_id: number | null;
            /** Workflow Key */
            workflow_key: string | null;
            /** Workflow Name */
            workflow_name: string | null;
        };
        /** DeliveryPageOut */
        DeliveryPageOut: {
            /** Items */
            items: components["schemas"]["DeliveryOut"][];
            /** Next Cursor */
            next_cursor: string | null;
        };
        /** DepartmentCreateIn */
        DepartmentCreateIn: {
            /** Approver Id */
            approver_id?: number | null;
            /** Code */
            code: string;
            /** Leader Id */
            leader_id?: number | null;
            /** Name */
            name: string;
            /** Parent Id */
            parent_id?: number | null;
        };
        /** DepartmentOut */
        DepartmentOut: {
            /** Approver Id */
            approver_id: number | null;
            /** Code */
            code: string;
            /** Id */
            id: number;
            /** Is Active */
            is_active: boolean;
            /** Leader Id */
            leader_id: number | null;
            /** Member Count */
            member_count: number;
            /** Name */
            name: string;
            /** Parent Id */
            parent_id: number | null;
        };
        /** DepartmentPatchIn */
        DepartmentPatchIn: {
            /** Approver Id */
            approver_id?: number | null;
            /** Is Active */
            is_active?: boolean | null;
            /** Leader Id */
            leader_id?: number | null;
            /** Name */
            name?: string | null;
            /** Parent Id */
            parent_id?: number | null;
        };
        /**
         * DepartmentScope
         * @enum {string}
         */
        DepartmentScope: "members" | "leader" | "approver";
        /** DiffOut */
        DiffOut: {
            /** Changes */
            changes: components["schemas"]["ChangeOut"][];
            /** From Version */
            from_version: number;
            /** To Version */
            to_version: number;
        };
        /** DirectorySyncIn */
        DirectorySyncIn: {
            /** Departments */
            departments?: components["schemas"]["SyncDepartmentIn"][];
            /**
             * Full
             * @default false
             */
            full: boolean;
            /** Roles */
            roles?: components["schemas"]["SyncRoleIn"][];
            /** Users */
            users?: components["schemas"]["SyncUserIn"][];
        };
        /** DirectorySyncLastOut */
        DirectorySyncLastOut: {
            /** Actor */
            actor: string;
            /** Changed */
            changed: boolean;
            /**
             * Created At
             * Format: date-time
             */
            created_at: string;
            departments: components["schemas"]["SyncCounts"];
            memberships: components["schemas"]["SyncCounts"];
            roles: components["schemas"]["SyncCounts"];
            users: components["schemas"]["SyncCounts"];
        };
        /** DirectorySyncOut */
        DirectorySyncOut: {
            /** Changed */
            changed: boolean;
            departments: components["schemas"]["SyncCounts"];
            memberships: components["schemas"]["SyncCounts"];
            roles: components["schemas"]["SyncCounts"];
            users: components["schemas"]["SyncCounts"];
        };
        /** Distribution */
        Distribution: {
            countersign?: components["schemas"]["Countersign"] | null;
            /** @default any */
            kind: components["schemas"]["DistributionKind"];
        };
        /**
         * DistributionKind
         * @enum {string}
         */
        DistributionKind: "any" | "claim" | "direct" | "random" | "countersign";
        /** DraftIn */
        DraftIn: {
            /**
             * Comment
             * @default
             */
            comment: string;
            document: components["schemas"]["WorkflowDocument"];
        };
        /** DueOut */
        DueOut: {
            /**
             * Clock
             * @enum {string}
             */
            clock: "wall" | "working" | "working_days";
            /**
             * Due At
             * Format: date-time
             */
            due_at: string;
            /**
             * Start
             * Format: date-time
             */
            start: string;
            /**
             * Working Seconds
             * @description Working time between start and due_at.
             */
            working_seconds: number;
        };
        /** DueParams */
        DueParams: {
            /**
             * Clock
             * @default working
             * @enum {string}
             */
            clock: "wall" | "working" | "working_days";
            /**
             * Days
             * @description For the working_days clock.
             */
            days?: number | null;
            /**
             * From
             * @description Default: now.
             */
            from?: string | null;
            /**
             * Hours
             * @description For the wall and working clocks.
             */
            hours?: number | null;
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
        /** ExportParams */
        ExportParams: {
            /** Created After */
            created_after?: string | null;
            /** Created Before */
            created_before?: string | null;
            /**
             * Creator
             * @description Created by this user id
             */
            creator?: number | null;
            /**
             * Field
             * @description `<key>:<value>` (repeatable): values contain it
             */
            field?: string[];
            /**
             * Format
             * @description csv (streamed as read) or xlsx
             * @default csv
             * @enum {string}
             */
            format: "csv" | "xlsx";
            /**
             * Handler
             * @description Waiting for this user id
             */
            handler?: number | null;
            /**
             * Q
             * @description Search the serial, title and text fields (every word, any language)
             */
            q?: string | null;
            /**
             * Serial
             * @description An exact serial or a prefix
             */
            serial?: string | null;
            /**
             * Sort
             * @description The column to sort by, `-` first for descending (default: newest first)
             */
            sort?: string | null;
            /**
             * State
             * @description State key
             */
            state?: string | null;
            /** Status */
            status?: string | null;
            /**
             * Title
             * @description Part of the title (any case)
             */
            title?: string | null;
            /**
             * View
             * @default related
             */
            view: string;
            /**
             * Workflow
             * @description Workflow id
             */
            workflow?: number | null;
        };
        /** FieldChangeOut */
        FieldChangeOut: {
            /**
             * Field
             * @description The field's key.
             */
            field: string;
            /**
             * New
             * @description Its value after, as the ticket stores it (null: none).
             */
            new: unknown;
            /**
             * Old
             * @description Its value before, as the ticket stores it (null: none).
             */
            old: unknown;
        };
        /** FieldDef */
        FieldDef: {
            /** Choices */
            choices?: components["schemas"]["Choice"][];
            /** Columns */
            columns?: components["schemas"]["FieldDef"][];
            /** Default */
            default?: unknown;
            /**
             * Help Text
             * @default
             */
            help_text: string;
            /** Key */
            key: string;
            /** Label */
            label: string;
            /**
             * Order
             * @default 0
             */
            order: number;
            /**
             * Placeholder
             * @default
             */
            placeholder: string;
            /**
             * Required
             * @default true
             */
            required: boolean;
            type: components["schemas"]["FieldType"];
            validation?: components["schemas"]["FieldValidation"] | null;
        };
        /**
         * FieldPermission
         * @enum {string}
         */
        FieldPermission: "hidden" | "read_only" | "optional" | "required";
        /**
         * FieldType
         * @enum {string}
         */
        FieldType: "string" | "text" | "rich_text" | "int" | "decimal" | "bool" | "date" | "datetime" | "time" | "radio" | "checkbox" | "select" | "multi_select" | "user" | "users" | "department" | "attachment" | "table";
        /**
         * FieldValidation
         * @description Bounds: `min`/`max` for numbers (and dates as ISO strings), `min_length`/`max_length` for text
         *     and for the number of items of multi-valued fields, `regex` for text (a full match, run in linear
         *     time by RE2: no backreferences or lookaround; see docs/workflows.md).
         */
        FieldValidation: {
            /** Max */
            max?: string | null;
            /** Max Length */
            max_length?: number | null;
            /** Min */
            min?: string | null;
            /** Min Length */
            min_length?: number | null;
            /** Regex */
            regex?: string | null;
        };
        /** FieldValueOut */
        FieldValueOut: {
            field: components["schemas"]["FieldDef"];
            /** Key */
            key: string;
            /** Label */
            label: string;
            /** Permission */
            permission: string;
            /** Type */
            type: string;
            /** Value */
            value?: unknown;
        };
        /** FieldsIn */
        FieldsIn: {
            /**
             * Branch
             * @description Which of the ticket's parallel branches you act on; needed only when you are on several at once (else 409 branch_required lists them).
             */
            branch?: string | null;
            /**
             * Comment
             * @default
             */
            comment: string;
            /** Fields */
            fields: {
                [key: string]: unknown;
            };
        };
        /** FlowLogOut */
        FlowLogOut: {
            /** Action */
            action: string;
            actor: components["schemas"]["PersonOut"] | null;
            /**
             * Branch
             * @description The branch the row happened on ("": the ticket's own path).
             * @default
             */
            branch: string;
            /**
             * Changed Fields
             * @description The new values of the fields the action changed, by key (deliver and consult: `{"to": username}`; other actions may note other data). Fields hidden from you are left out.
             */
            changed_fields: {
                [key: string]: unknown;
            };
            /**
             * Comment
             * @description As written; an engine's or worker's note in the reader's language.
             */
            comment: string;
            /**
             * Comment Code
             * @description The note's machine code (null: a person's comment).
             */
            comment_code?: string | null;
            /**
             * Created At
             * Format: date-time
             */
            created_at: string;
            /**
             * Field Changes
             * @description Old and new value of each field the action changed, in the fields' order (on create, every first value, old null). Fields hidden from you are left out; rows written before this existed have none.
             */
            field_changes: components["schemas"]["FieldChangeOut"][];
            /** From State */
            from_state: string;
            /** Id */
            id: number;
            /** @description Whose turn the actor took, when a delegation gave it to them (Y on behalf of X). */
            on_behalf_of?: components["schemas"]["PersonOut"] | null;
            /** To State */
            to_state: string;
            /** Transition */
            transition: string;
            /** Via App */
            via_app: string;
        };
        /** ForceStateIn */
        ForceStateIn: {
            /**
             * Comment
             * @default
             */
            comment: string;
            /** State */
            state: string;
        };
        /** GrantIn */
        GrantIn: {
            /** Workflow Key */
            workflow_key: string;
        };
        /** GrantOut */
        GrantOut: {
            /**
             * Created At
             * Format: date-time
             */
            created_at: string;
            /** Id */
            id: number;
            /** Workflow Key */
            workflow_key: string;
        };
        /** GrantsIn */
        GrantsIn: {
            /** Grants */
            grants: components["schemas"]["GrantIn"][];
        };
        /** HandlerOut */
        HandlerOut: {
            /**
             * Branch
             * @description The branch they handle ("": the ticket's own path).
             * @default
             */
            branch: string;
            /** Display Name */
            display_name: string;
            /** Id */
            id: number;
            /** Kind */
            kind: string;
            /** @description Whose turn they hold, when a delegation gave it to them. */
            on_behalf_of?: components["schemas"]["PersonOut"] | null;
            /** Username */
            username: string;
        };
        /** HolidayImportIn */
        HolidayImportIn: {
            /**
             * Country
             * @description ISO 3166 code, e.g. DE, CN, US.
             */
            country: string;
            /**
             * Subdivision
             * @description e.g. BY (Bavaria) for DE, NY for US.
             */
            subdivision?: string | null;
            /** Year */
            year: number;
        };
        /** HolidayImportOut */
        HolidayImportOut: {
            /**
             * Added
             * @description Holidays added (dates already in the calendar are left as they are).
             */
            added: number;
            /** Country */
            country: string;
            /** Subdivision */
            subdivision: string | null;
            /**
             * Workdays Added
             * @description Make-up working days added (where the library knows them).
             */
            workdays_added: number;
            /** Year */
            year: number;
        };
        /** HolidayIn */
        HolidayIn: {
            /**
             * Date
             * Format: date
             */
            date: string;
            /** Name */
            name: string;
        };
        /** HolidayOut */
        HolidayOut: {
            /**
             * Date
             * Format: date
             */
            date: string;
            /** Name */
            name: string;
            /**
             * Source
             * @description "" added by hand, else the imported country (and subdivision).
             */
            source: string;
        };
        /** HookCall */
        HookCall: {
            /**
             * Returns Handlers
             * @default false
             */
            returns_handlers: boolean;
            /** Url */
            url: string;
            /**
             * Wait
             * @default false
             */
            wait: boolean;
        };
        /** HookTicketOut */
        HookTicketOut: {
            /** Id */
            id: number;
            /** Row Version */
            row_version: number;
            /** Serial */
            serial: string;
            /** State */
            state: string;
            /** Status */
            status: string;
            /** Title */
            title: string;
        };
        /** InboxItemOut */
        InboxItemOut: {
            /**
             * Actor
             * @description Who caused it (display name); null: the engine
             */
            actor: string | null;
            /**
             * Created At
             * Format: date-time
             */
            created_at: string;
            /**
             * Due At
             * @description For an SLA warning (kind sla): when the SLA runs out; null for a breach and other kinds
             */
            due_at: string | null;
            /**
             * Excerpt
             * @description The comment's first words, for comments and mentions
             */
            excerpt: string;
            /** Id */
            id: number;
            /**
             * Kind
             * @enum {string}
             */
            kind: "turn" | "moved" | "comment" | "mention" | "consult" | "sla";
            /** Read */
            read: boolean;
            /**
             * State Name
             * @description The state the event is about
             */
            state_name: string;
            ticket: components["schemas"]["InboxTicketOut"];
        };
        /** InboxPageOut */
        InboxPageOut: {
            /** Items */
            items: components["schemas"]["InboxItemOut"][];
            /** Next Cursor */
            next_cursor: string | null;
        };
        /** InboxQuery */
        InboxQuery: {
            /** Cursor */
            cursor?: string | null;
            /**
             * Limit
             * @default 50
             */
            limit: number;
            /**
             * Unread
             * @description Only the unread notifications
             * @default false
             */
            unread: boolean;
        };
        /** InboxTicketOut */
        InboxTicketOut: {
            /** Id */
            id: number;
            /** Serial */
            serial: string;
            /** Title */
            title: string;
        };
        /** InitFieldOut */
        InitFieldOut: {
            field: components["schemas"]["FieldDef"];
            /** Permission */
            permission: string;
        };
        /** InitOut */
        InitOut: {
            /** Can Create */
            can_create: boolean;
            /** Fields */
            fields: components["schemas"]["InitFieldOut"][];
            /** Key */
            key: string;
            /** Name */
            name: string;
            start_state: components["schemas"]["InitStateOut"];
            /** Transitions */
            transitions: components["schemas"]["InitTransitionOut"][];
            /** Version */
            version: number;
            /** Workflow Id */
            workflow_id: number;
        };
        /** InitStateOut */
        InitStateOut: {
            /** Key */
            key: string;
            /** Name */
            name: string;
        };
        /** InitTransitionOut */
        InitTransitionOut: {
            /** Attribute */
            attribute: string;
            /** Check Required Fields */
            check_required_fields: boolean;
            /** Confirm Text */
            confirm_text: string;
            /** Key */
            key: string;
            /** Name */
            name: string;
        };
        /** IntegrationSettingsIn */
        IntegrationSettingsIn: {
            /** Allow List */
            allow_list: string[];
        };
        /** IntegrationSettingsOut */
        IntegrationSettingsOut: {
            /**
             * Allow List
             * @description CIDR networks, addresses or host names outbound calls may reach.
             */
            allow_list: string[];
        };
        /** IntervalIn */
        IntervalIn: {
            /**
             * End
             * @description "HH:MM", after `start`; "24:00" is midnight at the end of the day.
             */
            end: string;
            /**
             * Start
             * @description "HH:MM", local time.
             */
            start: string;
        };
        /** IntervalOut */
        IntervalOut: {
            /** End */
            end: string;
            /** Start */
            start: string;
        };
        /** LdapRunOut */
        LdapRunOut: {
            /**
             * Created At
             * Format: date-time
             */
            created_at: string;
            /** Entries */
            entries: number;
            /** Error */
            error: string;
            /** Finished At */
            finished_at: string | null;
            /** Id */
            id: number;
            /** Requested By */
            requested_by: string;
            /** Skipped */
            skipped: {
                [key: string]: string;
            }[];
            /** Source Id */
            source_id: number;
            /** Started At */
            started_at: string | null;
            /**
             * Status
             * @enum {string}
             */
            status: "queued" | "running" | "succeeded" | "failed";
            /** Summary */
            summary: {
                [key: string]: unknown;
            };
            /**
             * Trigger
             * @enum {string}
             */
            trigger: "manual" | "schedule";
        };
        /** LdapSourceIn */
        LdapSourceIn: {
            /**
             * Attributes
             * @description Our field -> the directory's attribute (username, email, name, employee_id, phone); absent: the default.
             */
            attributes?: {
                [key: string]: string;
            };
            /**
             * Bind Dn
             * @default
             */
            bind_dn: string;
            /**
             * Bind Password
             * @description Write-only: stored encrypted, never returned.
             * @default
             */
            bind_password: string;
            /**
             * Ca Certificate
             * @description PEM certificates of the CA that signed the server's; empty: the system's.
             * @default
             */
            ca_certificate: string;
            /**
             * Department Attribute
             * @default
             */
            department_attribute: string;
            /**
             * Department Source
             * @default ou
             * @enum {string}
             */
            department_source: "ou" | "attribute";
            /**
             * Enabled
             * @default true
             */
            enabled: boolean;
            /**
             * Group Base Dn
             * @default
             */
            group_base_dn: string;
            /**
             * Group Filter
             * @default (objectClass=groupOfNames)
             */
            group_filter: string;
            /**
             * Group Member Attribute
             * @default member
             */
            group_member_attribute: string;
            /**
             * Interval Minutes
             * @default 60
             */
            interval_minutes: number;
            /** Name */
            name: string;
            /**
             * Role Map
             * @description Group DN or cn -> role code.
             */
            role_map?: {
                [key: string]: string;
            };
            /**
             * Server Url
             * @description ldap://host[:port] or ldaps://host[:port].
             */
            server_url: string;
            /**
             * Start Tls
             * @default false
             */
            start_tls: boolean;
            /** User Base Dn */
            user_base_dn: string;
            /**
             * User Filter
             * @default (objectClass=inetOrgPerson)
             */
            user_filter: string;
        };
        /** LdapSourceOut */
        LdapSourceOut: {
            /** Attributes */
            attributes: {
                [key: string]: string;
            };
            /** Bind Dn */
            bind_dn: string;
            /** Ca Certificate */
            ca_certificate: string;
            /**
             * Created At
             * Format: date-time
             */
            created_at: string;
            /** Department Attribute */
            department_attribute: string;
            /**
             * Department Source
             * @enum {string}
             */
            department_source: "ou" | "attribute";
            /** Enabled */
            enabled: boolean;
            /** Group Base Dn */
            group_base_dn: string;
            /** Group Filter */
            group_filter: string;
            /** Group Member Attribute */
            group_member_attribute: string;
            /** Has Bind Password */
            has_bind_password: boolean;
            /** Id */
            id: number;
            /** Interval Minutes */
            interval_minutes: number;
            last_run: components["schemas"]["LdapRunOut"] | null;
            /** Name */
            name: string;
            /**
             * People
             * @description People this source owns (active or not).
             */
            people: number;
            /** Role Map */
            role_map: {
                [key: string]: string;
            };
            /** Server Url */
            server_url: string;
            /** Start Tls */
            start_tls: boolean;
            /**
             * Updated At
             * Format: date-time
             */
            updated_at: string;
            /** User Base Dn */
            user_base_dn: string;
            /** User Filter */
            user_filter: string;
        };
        /** LdapSourcePatchIn */
        LdapSourcePatchIn: {
            /** Attributes */
            attributes?: {
                [key: string]: string;
            } | null;
            /** Bind Dn */
            bind_dn?: string | null;
            /**
             * Bind Password
             * @description Absent or null: keep the stored one; "": no password.
             */
            bind_password?: string | null;
            /** Ca Certificate */
            ca_certificate?: string | null;
            /** Department Attribute */
            department_attribute?: string | null;
            /** Department Source */
            department_source?: ("ou" | "attribute") | null;
            /** Enabled */
            enabled?: boolean;
            /** Group Base Dn */
            group_base_dn?: string | null;
            /** Group Filter */
            group_filter?: string | null;
            /** Group Member Attribute */
            group_member_attribute?: string | null;
            /** Interval Minutes */
            interval_minutes?: number;
            /** Name */
            name?: string;
            /** Role Map */
            role_map?: {
                [key: string]: string;
            } | null;
            /** Server Url */
            server_url?: string;
            /** Start Tls */
            start_tls?: boolean;
            /** User Base Dn */
            user_base_dn?: string;
            /** User Filter */
            user_filter?: string;
        };
        /** LinkDoneOut */
        LinkDoneOut: {
            /**
             * State Name
             * @description The state the ticket is in now
             */
            state_name: string;
            /** Status */
            status: string;
            ticket: components["schemas"]["LinkTicketOut"];
            transition: components["schemas"]["LinkTransitionOut"];
        };
        /** LinkIn */
        LinkIn: {
            /**
             * Token
             * @description The token from the link (`/act/<token>`)
             */
            token: string;
        };
        /** LinkOut */
        LinkOut: {
            /**
             * Expires At
             * Format: date-time
             */
            expires_at: string;
            /** @description Whom the link acts as */
            person: components["schemas"]["LinkPersonOut"];
            /**
             * Requires Session
             * @description Only in this person's signed-in session (chat links)
             */
            requires_session: boolean;
            /** State Name */
            state_name: string;
            ticket: components["schemas"]["LinkTicketOut"];
            transition: components["schemas"]["LinkTransitionOut"];
        };
        /** LinkPersonOut */
        LinkPersonOut: {
            /** Display Name */
            display_name: string;
            /** Username */
            username: string;
        };
        /** LinkTicketOut */
        LinkTicketOut: {
            /** Id */
            id: number;
            /** Serial */
            serial: string;
            /** Title */
            title: string;
        };
        /** LinkTransitionOut */
        LinkTransitionOut: {
            /**
             * Attribute
             * @enum {string}
             */
            attribute: "agree" | "reject" | "other";
            /** Key */
            key: string;
            /** Name */
            name: string;
        };
        /** LinkUseIn */
        LinkUseIn: {
            /**
             * Comment
             * @default
             */
            comment: string;
            /**
             * Token
             * @description The token from the link (`/act/<token>`)
             */
            token: string;
        };
        /** LoginIn */
        LoginIn: {
            /** Password */
            password: string;
            /** Username */
            username: string;
        };
        /** LoginOptionsOut */
        LoginOptionsOut: {
            /**
             * Passwords Enabled
             * @description False: only break-glass admins may use a password.
             */
            passwords_enabled: boolean;
            /** Providers */
            providers: components["schemas"]["LoginProviderOut"][];
        };
        /** LoginProviderOut */
        LoginProviderOut: {
            /** Key */
            key: string;
            /** Label */
            label: string;
            /** Start Url */
            start_url: string;
        };
        /** LogoutOut */
        LogoutOut: {
            /**
             * Redirect To
             * @description Where the browser goes next: the provider's logout, or /login.
             */
            redirect_to: string;
        };
        /** MarkedOut */
        MarkedOut: {
            /**
             * Marked
             * @description How many notifications were unread and are now read
             */
            marked: number;
        };
        /** MeOut */
        MeOut: {
            /** App */
            app?: string | null;
            /** Departments */
            departments: components["schemas"]["RefOut"][];
            /** Is Tenant Admin */
            is_tenant_admin: boolean;
            /** Roles */
            roles: components["schemas"]["RefOut"][];
            /** Tenant */
            tenant: string;
            user: components["schemas"]["UserOut"] | null;
        };
        /**
         * MePatchIn
         * @description What a person changes of their own entry (the rest is the directory's, set by admins or HR).
         */
        MePatchIn: {
            /** Display Name */
            display_name?: string | null;
            /** Email */
            email?: string | "" | null;
            /** Language */
            language?: ("" | "en" | "zh-hans") | null;
        };
        /** MyStepOut */
        MyStepOut: {
            /**
             * Branch
             * @description The branch ("": the ticket's own path).
             */
            branch: string;
            /** @description Whose turn this is, when a delegation gave it to you (null: your own). */
            on_behalf_of?: components["schemas"]["PersonOut"] | null;
            /**
             * Quick
             * @description The transitions you may take from a list (they need no field filled in): for `POST /tickets/bulk-handle` or a row's approve and reject buttons.
             */
            quick?: components["schemas"]["QuickTransitionOut"][];
            /**
             * Role
             * @description handler, candidate (claim first) or consulted.
             */
            role: string;
            state: components["schemas"]["StateRefOut"];
        };
        /** NotificationChannelIn */
        NotificationChannelIn: {
            /** Code */
            code: string;
            /**
             * Config
             * @description email: host, port, username, from_email, use_tls, use_ssl, timeout; robots: url.
             */
            config?: {
                [key: string]: unknown;
            };
            /**
             * Is Active
             * @default true
             */
            is_active: boolean;
            /**
             * Is Default
             * @default false
             */
            is_default: boolean;
            /**
             * Kind
             * @enum {string}
             */
            kind: "email" | "webhook" | "wecom" | "dingtalk" | "feishu" | "slack";
            /** Name */
            name: string;
            /**
             * Secret
             * @description SMTP password, or the robot's signing secret (DingTalk, Feishu). Write-only.
             */
            secret?: string | null;
        };
        /** NotificationChannelOut */
        NotificationChannelOut: {
            /** Code */
            code: string;
            /** Config */
            config: {
                [key: string]: unknown;
            };
            /**
             * Created At
             * Format: date-time
             */
            created_at: string;
            /**
             * Has Secret
             * @description Whether an SMTP password / robot secret is set (never shown).
             */
            has_secret: boolean;
            /** Id */
            id: number;
            /** Is Active */
            is_active: boolean;
            /** Is Default */
            is_default: boolean;
            /** Kind */
            kind: string;
            /** Name */
            name: string;
            /**
             * Updated At
             * Format: date-time
             */
            updated_at: string;
        };
        /** NotificationChannelPatchIn */
        NotificationChannelPatchIn: {
            /** Code */
            code?: string | null;
            /**
             * Config
             * @description Replaces the whole config.
             */
            config?: {
                [key: string]: unknown;
            } | null;
            /** Is Active */
            is_active?: boolean | null;
            /** Is Default */
            is_default?: boolean | null;
            /** Kind */
            kind?: ("email" | "webhook" | "wecom" | "dingtalk" | "feishu" | "slack") | null;
            /** Name */
            name?: string | null;
            /**
             * Secret
             * @description Absent or null keeps it; "" removes it.
             */
            secret?: string | null;
        };
        /** NotificationListParams */
        NotificationListParams: {
            /** Channel Id */
            channel_id?: number | null;
            /** Cursor */
            cursor?: string | null;
            /**
             * Limit
             * @default 50
             */
            limit: number;
            /** Status */
            status?: ("pending" | "running" | "waiting" | "succeeded" | "failed") | null;
            /** Ticket Id */
            ticket_id?: number | null;
            /**
             * Ticket Serial
             * @description Only this ticket (its serial).
             */
            ticket_serial?: string | null;
            /**
             * Workflow Key
             * @description Only this workflow's tickets.
             */
            workflow_key?: string | null;
        };
        /** NotificationOut */
        NotificationOut: {
            /** Attempts */
            attempts: number;
            /** Body */
            body: string;
            /** Channel Code */
            channel_code: string;
            /** Channel Id */
            channel_id: number;
            /**
             * Created At
             * Format: date-time
             */
            created_at: string;
            /** Event */
            event: string | null;
            /** Finished At */
            finished_at: string | null;
            /** Id */
            id: number;
            /** Key */
            key: string;
            /** Last Error */
            last_error: string;
            /**
             * Last Error Code
             * @description The machine code of the text beside it (null: a plain text, such as a remote's own words, or a row written before codes existed); the text is in the reader's language.
             */
            last_error_code: string | null;
            /** Next Attempt At */
            next_attempt_at: string | null;
            /** Recipients */
            recipients: string[];
            /** Rule Index */
            rule_index: number;
            /** Status */
            status: string;
            /** Subject */
            subject: string;
            /** Ticket Id */
            ticket_id: number | null;
            /** Ticket Serial */
            ticket_serial: string | null;
            /** Ticket Title */
            ticket_title: string | null;
            /** Workflow Key */
            workflow_key: string | null;
            /** Workflow Name */
            workflow_name: string | null;
        };
        /** NotificationPageOut */
        NotificationPageOut: {
            /** Items */
            items: components["schemas"]["NotificationOut"][];
            /** Next Cursor */
            next_cursor: string | null;
        };
        /** NotificationRule */
        NotificationRule: {
            /** Channel */
            channel: string;
            /** Events */
            events: components["schemas"]["WorkflowEvent"][];
            /** Recipients */
            recipients?: components["schemas"]["Recipient"][];
            /** States */
            states?: string[];
            /**
             * Template
             * @default
             */
            template: string;
        };
        /** OptionalCommentIn */
        OptionalCommentIn: {
            /**
             * Comment
             * @default
             */
            comment: string;
        };
        /** Participant */
        Participant: {
            /** @default members */
            department_scope: components["schemas"]["DepartmentScope"];
            /** Departments */
            departments?: string[];
            /** Field */
            field?: string | null;
            hook?: components["schemas"]["HookCall"] | null;
            /** @default none */
            kind: components["schemas"]["ParticipantKind"];
            /** Roles */
            roles?: string[];
            /** Script */
            script?: string | null;
            /** Users */
            users?: string[];
            variable?: components["schemas"]["Variable"] | null;
        };
        /**
         * ParticipantKind
         * @enum {string}
         */
        ParticipantKind: "none" | "users" | "departments" | "roles" | "variable" | "field" | "parent_field" | "hook" | "script";
        /** PassOnIn */
        PassOnIn: {
            /**
             * Branch
             * @description Which of the ticket's parallel branches you act on; needed only when you are on several at once (else 409 branch_required lists them).
             */
            branch?: string | null;
            /**
             * Comment
             * @default
             */
            comment: string;
            /**
             * To
             * @description The username to pass the ticket to / to ask.
             */
            to: string;
        };
        /** PasswordChangeIn */
        PasswordChangeIn: {
            /** Current Password */
            current_password: string;
            /** New Password */
            new_password: string;
        };
        /** PasswordRuleOut */
        PasswordRuleOut: {
            /**
             * Code
             * @description The rule, as a machine name: min_length, not_common, not_numeric…
             */
            code: string;
            /**
             * Text
             * @description The rule in words, as the validator states it.
             */
            text: string;
            /**
             * Value
             * @description Its number, when it has one (the minimum length).
             */
            value?: number | null;
        };
        /** PasswordRulesOut */
        PasswordRulesOut: {
            /**
             * Max Length
             * @description The longest password the API takes.
             */
            max_length: number;
            /**
             * Min Length
             * @description The shortest password the rules allow.
             */
            min_length: number;
            /** Rules */
            rules: components["schemas"]["PasswordRuleOut"][];
        };
        /** PersonOut */
        PersonOut: {
            /** Display Name */
            display_name: string;
            /** Id */
            id: number;
            /** Username */
            username: string;
        };
        /** PersonalTokenAdminOut */
        PersonalTokenAdminOut: {
            /**
             * Created At
             * Format: date-time
             */
            created_at: string;
            /**
             * Expires At
             * Format: date-time
             */
            expires_at: string;
            /** Id */
            id: number;
            /** Last Used At */
            last_used_at: string | null;
            /** Name */
            name: string;
            /** Prefix */
            prefix: string;
            /** Revoked At */
            revoked_at: string | null;
            /** Scopes */
            scopes: string[];
            /** Username */
            username: string;
        };
        /** PersonalTokenCreateIn */
        PersonalTokenCreateIn: {
            /**
             * Expires In Days
             * @description Days until it stops working.
             * @default 90
             */
            expires_in_days: number;
            /**
             * Name
             * @description What the token is for (the agent or script), so it can be told apart later.
             */
            name: string;
            /**
             * Scopes
             * @description What the token may do, on top of what its person may: `workflows` (tickets, to-do, inbox), `directory:read`, `directory:write`, `admin` (all a tenant admin may).
             */
            scopes: string[];
        };
        /** PersonalTokenFilters */
        PersonalTokenFilters: {
            /**
             * Live
             * @default false
             */
            live: boolean;
            /** Username */
            username?: string | null;
        };
        /** PersonalTokenIssuedOut */
        PersonalTokenIssuedOut: {
            /**
             * Created At
             * Format: date-time
             */
            created_at: string;
            /**
             * Expires At
             * Format: date-time
             */
            expires_at: string;
            /** Id */
            id: number;
            /** Last Used At */
            last_used_at: string | null;
            /** Name */
            name: string;
            /** Prefix */
            prefix: string;
            /** Revoked At */
            revoked_at: string | null;
            /** Scopes */
            scopes: string[];
            /**
             * Token
             * @description The token itself. Shown only in this answer; store it now.
             */
            token: string;
        };
        /** PersonalTokenOut */
        PersonalTokenOut: {
            /**
             * Created At
             * Format: date-time
             */
            created_at: string;
            /**
             * Expires At
             * Format: date-time
             */
            expires_at: string;
            /** Id */
            id: number;
            /** Last Used At */
            last_used_at: string | null;
            /** Name */
            name: string;
            /** Prefix */
            prefix: string;
            /** Revoked At */
            revoked_at: string | null;
            /** Scopes */
            scopes: string[];
        };
        /** Position */
        Position: {
            /**
             * X
             * @default 0
             */
            x: number;
            /**
             * Y
             * @default 0
             */
            y: number;
        };
        /** PositionOut */
        PositionOut: {
            /** X */
            x: number;
            /** Y */
            y: number;
        };
        /** PreferencesIn */
        PreferencesIn: {
            /**
             * Channels
             * @description Kinds left out keep every channel
             */
            channels?: {
                [key: string]: ("in_app" | "email" | "chat")[];
            };
            /**
             * Digest
             * @default false
             */
            digest: boolean;
        };
        /** PreferencesOut */
        PreferencesOut: {
            /**
             * Channels
             * @description Per kind of event, the channels it reaches (in_app: the inbox; email; chat robots)
             */
            channels: {
                [key: string]: ("in_app" | "email" | "chat")[];
            };
            /**
             * Digest
             * @description Email comes once a day as a digest instead of one mail per event
             */
            digest: boolean;
        };
        /** ProblemOut */
        ProblemOut: {
            /** Code */
            code: string;
            /** Message */
            message: string;
            /** Path */
            path: string;
            /**
             * Severity
             * @description An error blocks publishing; a warning only informs.
             * @default error
             * @enum {string}
             */
            severity: "error" | "warning";
        };
        /** ProviderIn */
        ProviderIn: {
            /** Client Id */
            client_id: string;
            /**
             * Client Secret
             * @description Write-only: stored encrypted, never returned.
             * @default
             */
            client_secret: string;
            /**
             * Create Users
             * @default false
             */
            create_users: boolean;
            /**
             * Department Claim
             * @default
             */
            department_claim: string;
            /**
             * Department Map
             * @description Claim value → department code.
             */
            department_map?: {
                [key: string]: string;
            };
            /**
             * Is Enabled
             * @default true
             */
            is_enabled: boolean;
            /**
             * Issuer
             * @description The issuer URL; its /.well-known/openid-configuration is fetched.
             */
            issuer: string;
            /**
             * Key
             * @description Lower-case letters, digits, dashes; part of the login URL.
             */
            key: string;
            /**
             * Label
             * @description Shown on the login page as "Sign in with <label>".
             */
            label: string;
            /**
             * Match Claim
             * @default email
             * @enum {string}
             */
            match_claim: "email" | "preferred_username" | "sub";
            /**
             * Role Claim
             * @default groups
             */
            role_claim: string;
            /**
             * Role Map
             * @description Group (claim value) → role code.
             */
            role_map?: {
                [key: string]: string;
            };
            /**
             * Scopes
             * @default openid email profile
             */
            scopes: string;
        };
        /** ProviderOut */
        ProviderOut: {
            /** Client Id */
            client_id: string;
            /** Create Users */
            create_users: boolean;
            /**
             * Created At
             * Format: date-time
             */
            created_at: string;
            /** Department Claim */
            department_claim: string;
            /** Department Map */
            department_map: {
                [key: string]: string;
            };
            /** Discovered At */
            discovered_at: string | null;
            /** Discovery Error */
            discovery_error: string;
            /**
             * Discovery Status
             * @enum {string}
             */
            discovery_status: "pending" | "ok" | "failed";
            /** End Session Supported */
            end_session_supported: boolean;
            /** Has Client Secret */
            has_client_secret: boolean;
            /** Id */
            id: number;
            /** Is Enabled */
            is_enabled: boolean;
            /** Issuer */
            issuer: string;
            /** Key */
            key: string;
            /** Label */
            label: string;
            /** Match Claim */
            match_claim: string;
            /**
             * Redirect Path
             * @description Register <your tenant's URL> + this path at the provider.
             */
            redirect_path: string;
            /** Role Claim */
            role_claim: string;
            /** Role Map */
            role_map: {
                [key: string]: string;
            };
            /** Scopes */
            scopes: string;
            /**
             * Updated At
             * Format: date-time
             */
            updated_at: string;
        };
        /** ProviderPatchIn */
        ProviderPatchIn: {
            /** Client Id */
            client_id?: string;
            /**
             * Client Secret
             * @description Absent: keep the stored secret.
             */
            client_secret?: string;
            /** Create Users */
            create_users?: boolean;
            /** Department Claim */
            department_claim?: string;
            /** Department Map */
            department_map?: {
                [key: string]: string;
            };
            /** Is Enabled */
            is_enabled?: boolean;
            /** Issuer */
            issuer?: string;
            /** Label */
            label?: string;
            /**
             * Match Claim
             * @enum {string}
             */
            match_claim?: "email" | "preferred_username" | "sub";
            /** Role Claim */
            role_claim?: string;
            /** Role Map */
            role_map?: {
                [key: string]: string;
            };
            /** Scopes */
            scopes?: string;
        };
        /** PublishIn */
        PublishIn: {
            /**
             * Comment
             * @default
             */
            comment: string;
        };
        /** QuickTransitionOut */
        QuickTransitionOut: {
            /**
             * Attribute
             * @description agree, reject or other.
             */
            attribute: string;
            /** Key */
            key: string;
            /** Name */
            name: string;
        };
        /**
         * Recipient
         * @enum {string}
         */
        Recipient: "handlers" | "creator" | "participants";
        /** RefOut */
        RefOut: {
            /** Code */
            code: string;
            /** Id */
            id: number;
            /** Name */
            name: string;
        };
        /** RetryOut */
        RetryOut: {
            /**
             * Hook Calls
             * @description Ids of the hook calls sent again.
             */
            hook_calls: number[];
            /**
             * Script Runs
             * @description Ids of the script runs sent again.
             */
            script_runs: number[];
        };
        /** RoleCreateIn */
        RoleCreateIn: {
            /** Code */
            code: string;
            /**
             * Description
             * @default
             */
            description: string;
            /** Name */
            name: string;
        };
        /** RoleOut */
        RoleOut: {
            /** Code */
            code: string;
            /** Description */
            description: string;
            /** Id */
            id: number;
            /** Member Count */
            member_count: number;
            /** Name */
            name: string;
        };
        /** RolePatchIn */
        RolePatchIn: {
            /** Description */
            description?: string | null;
            /** Name */
            name?: string | null;
        };
        /** SavedQueryIn */
        SavedQueryIn: {
            /** Created After */
            created_after?: string | null;
            /** Created Before */
            created_before?: string | null;
            /**
             * Creator
             * @description Created by this user id
             */
            creator?: number | null;
            /**
             * Field
             * @description `<key>:<value>` (repeatable): values contain it
             */
            field?: string[];
            /**
             * Handler
             * @description Waiting for this user id
             */
            handler?: number | null;
            /**
             * Q
             * @description Search the serial, title and text fields (every word, any language)
             */
            q?: string | null;
            /**
             * Serial
             * @description An exact serial or a prefix
             */
            serial?: string | null;
            /**
             * Sort
             * @description The column to sort by, `-` first for descending (default: newest first)
             */
            sort?: string | null;
            /**
             * State
             * @description State key
             */
            state?: string | null;
            /** Status */
            status?: string | null;
            /**
             * Title
             * @description Part of the title (any case)
             */
            title?: string | null;
            /**
             * Workflow
             * @description Workflow id
             */
            workflow?: number | null;
        };
        /** SavedViewIn */
        SavedViewIn: {
            /** Name */
            name: string;
            query?: components["schemas"]["SavedQueryIn"];
            /**
             * View
             * @default related
             */
            view: string;
        };
        /** SavedViewOut */
        SavedViewOut: {
            /**
             * Created At
             * Format: date-time
             */
            created_at: string;
            /** Id */
            id: number;
            /** Name */
            name: string;
            query: components["schemas"]["TicketQuery"];
            /**
             * Updated At
             * Format: date-time
             */
            updated_at: string;
            /** View */
            view: string;
        };
        /** SavedViewPatchIn */
        SavedViewPatchIn: {
            /** Name */
            name?: string | null;
            query?: components["schemas"]["SavedQueryIn"] | null;
            /** View */
            view?: string | null;
        };
        /** ScimTokenCreatedOut */
        ScimTokenCreatedOut: {
            /**
             * Created At
             * Format: date-time
             */
            created_at: string;
            /** Created By */
            created_by: string;
            /**
             * Endpoint
             * @description The SCIM base URL to give the identity provider.
             */
            endpoint: string;
            /** Id */
            id: number;
            /** Last Used At */
            last_used_at: string | null;
            /** Name */
            name: string;
            /** Prefix */
            prefix: string;
            /** Revoked At */
            revoked_at: string | null;
            /**
             * Token
             * @description The bearer token: shown this once, never again.
             */
            token: string;
        };
        /** ScimTokenIn */
        ScimTokenIn: {
            /** Name */
            name: string;
        };
        /** ScimTokenOut */
        ScimTokenOut: {
            /**
             * Created At
             * Format: date-time
             */
            created_at: string;
            /** Created By */
            created_by: string;
            /** Id */
            id: number;
            /** Last Used At */
            last_used_at: string | null;
            /** Name */
            name: string;
            /** Prefix */
            prefix: string;
            /** Revoked At */
            revoked_at: string | null;
        };
        /** ScriptIn */
        ScriptIn: {
            /** Code */
            code: string;
            /**
             * Description
             * @default
             */
            description: string;
            /**
             * Is Active
             * @default true
             */
            is_active: boolean;
            /** Name */
            name: string;
            /**
             * Source
             * @description Python 3: reads the ticket (JSON) on stdin, prints {"fields": {…}, "transition": key}.
             */
            source: string;
        };
        /** ScriptOut */
        ScriptOut: {
            /** Code */
            code: string;
            /**
             * Created At
             * Format: date-time
             */
            created_at: string;
            /** Description */
            description: string;
            /** Id */
            id: number;
            /** Is Active */
            is_active: boolean;
            /** Name */
            name: string;
            /** Source */
            source: string;
            /**
             * Updated At
             * Format: date-time
             */
            updated_at: string;
        };
        /** ScriptPatchIn */
        ScriptPatchIn: {
            /** Code */
            code?: string | null;
            /** Description */
            description?: string | null;
            /** Is Active */
            is_active?: boolean | null;
            /** Name */
            name?: string | null;
            /** Source */
            source?: string | null;
        };
        /** ScriptRunListParams */
        ScriptRunListParams: {
            /** Cursor */
            cursor?: string | null;
            /**
             * Limit
             * @default 50
             */
            limit: number;
        };
        /** ScriptRunOut */
        ScriptRunOut: {
            /** Attempts */
            attempts: number;
            /**
             * Created At
             * Format: date-time
             */
            created_at: string;
            /** Duration Ms */
            duration_ms: number;
            /** Finished At */
            finished_at: string | null;
            /** Id */
            id: number;
            /** Last Error */
            last_error: string;
            /**
             * Last Error Code
             * @description The machine code of the text beside it (null: a plain text, such as a remote's own words, or a row written before codes existed); the text is in the reader's language.
             */
            last_error_code: string | null;
            /** Outcome */
            outcome: string;
            /** Result */
            result: {
                [key: string]: unknown;
            };
            /**
             * Robot
             * @description The run of a state's script participant (its result moves the ticket on).
             */
            robot: boolean;
            /** Script Id */
            script_id: number;
            /** State Entry */
            state_entry: number;
            /** State Key */
            state_key: string;
            /** Status */
            status: string;
            /** Ticket Id */
            ticket_id: number;
            /** Ticket Serial */
            ticket_serial: string;
        };
        /** ScriptRunPageOut */
        ScriptRunPageOut: {
            /** Items */
            items: components["schemas"]["ScriptRunOut"][];
            /** Next Cursor */
            next_cursor: string | null;
        };
        /** ScriptSummaryOut */
        ScriptSummaryOut: {
            /** Code */
            code: string;
            /**
             * Created At
             * Format: date-time
             */
            created_at: string;
            /** Description */
            description: string;
            /** Id */
            id: number;
            /** Is Active */
            is_active: boolean;
            /** Name */
            name: string;
            /**
             * Updated At
             * Format: date-time
             */
            updated_at: string;
        };
        /** SettingsSecretOut */
        SettingsSecretOut: {
            /**
             * Secret
             * @description The tenant's new signing secret. Shown only in this answer; store it now.
             */
            secret: string;
        };
        /** SigningSecretOut */
        SigningSecretOut: {
            /**
             * Signing Secret
             * @description Shown only in this answer; store it now.
             */
            signing_secret: string;
        };
        /** SimulateIn */
        SimulateIn: {
            /**
             * Choices
             * @description The transition to take in a state (by key), where the default would not do.
             */
            choices?: {
                [key: string]: string;
            };
            /**
             * Creator
             * @description The creator's user id (default: you).
             */
            creator?: number | null;
            /** @description Simulate this document instead (the designer's unsaved edits); `version` is ignored. */
            document?: components["schemas"]["WorkflowDocument"] | null;
            /**
             * Max Steps
             * @description Stop after this many states.
             * @default 200
             */
            max_steps: number;
            /**
             * Values
             * @description Field values by key, checked as a create would.
             */
            values?: {
                [key: string]: unknown;
            };
            /**
             * Version
             * @description Simulate this version (default: the draft).
             */
            version?: number | null;
        };
        /** SimulatedDistributionOut */
        SimulatedDistributionOut: {
            /** Kind */
            kind: string;
            /**
             * Required
             * @description Countersign: the agreements that carry the vote.
             */
            required: number | null;
        };
        /** SimulatedHookOut */
        SimulatedHookOut: {
            /** Host */
            host: string;
            /** Returns Handlers */
            returns_handlers: boolean;
            /** Wait */
            wait: boolean;
        };
        /** SimulatedSlaOut */
        SimulatedSlaOut: {
            /** Action */
            action: string;
            /**
             * Clock
             * @description What `seconds` counts; null: wall.
             */
            clock?: ("wall" | "working" | "working_days") | null;
            /** Seconds */
            seconds: number;
            /** Transition */
            transition: string | null;
            /**
             * Warn Before Seconds
             * @description Handlers are warned this long before the SLA runs out (same clock); null: none.
             */
            warn_before_seconds?: number | null;
        };
        /** SimulatedStepOut */
        SimulatedStepOut: {
            /**
             * Branch
             * @description The branch the state is visited on (empty: the ticket's own path).
             */
            branch: string;
            distribution: components["schemas"]["SimulatedDistributionOut"] | null;
            /**
             * Handlers
             * @description Who would be asked (the first 50).
             */
            handlers: components["schemas"]["PersonOut"][];
            /** Handlers Total */
            handlers_total: number;
            /** Hooks */
            hooks: components["schemas"]["SimulatedHookOut"][];
            /** Scripts */
            scripts: string[];
            sla: components["schemas"]["SimulatedSlaOut"] | null;
            /** State */
            state: string;
            /** State Name */
            state_name: string;
            /** State Type */
            state_type: string;
            subtickets: components["schemas"]["SimulatedSubticketsOut"] | null;
            /** Timers */
            timers: components["schemas"]["SimulatedTimerOut"][];
            /** Transition Taken */
            transition_taken: string | null;
        };
        /** SimulatedSubticketsOut */
        SimulatedSubticketsOut: {
            /** Count */
            count: number | null;
            /** Rows */
            rows: string | null;
            /** Workflow */
            workflow: string | null;
        };
        /** SimulatedTimerOut */
        SimulatedTimerOut: {
            /**
             * Clock
             * @description What `seconds` counts; null: wall.
             */
            clock?: ("wall" | "working" | "working_days") | null;
            /** Seconds */
            seconds: number;
            /** Transition */
            transition: string;
        };
        /** SimulationOut */
        SimulationOut: {
            /**
             * Branches
             * @description The branch keys each split would start together.
             */
            branches: string[][];
            /** End State */
            end_state: string | null;
            /** Message */
            message: string;
            /**
             * Outcome
             * @enum {string}
             */
            outcome: "finished" | "waits" | "no_handlers" | "no_branch" | "too_many_steps";
            /** Steps */
            steps: components["schemas"]["SimulatedStepOut"][];
            /**
             * Stopped At
             * @description Where the walk stopped short of an end state.
             */
            stopped_at: string | null;
        };
        /** Sla */
        Sla: {
            /** @default remind */
            action: components["schemas"]["SlaAction"];
            /**
             * Clock
             * @description What it counts (docs/workflows.md "SLA clock"); null: wall.
             */
            clock?: ("wall" | "working" | "working_days") | null;
            /** Duration Seconds */
            duration_seconds: number;
            escalate_to?: components["schemas"]["Participant"] | null;
            /** Transition */
            transition?: string | null;
            /**
             * Warn Before Seconds
             * @description Warn the handlers this long before the SLA runs out, counted on the SLA's clock (working_days: whole days, N x 86400); null: no warning.
             */
            warn_before_seconds?: number | null;
        };
        /**
         * SlaAction
         * @enum {string}
         */
        SlaAction: "remind" | "escalate" | "auto_transition";
        /** SlaDueOut */
        SlaDueOut: {
            /**
             * Clock
             * @description wall, working or working_days: what the SLA counts.
             */
            clock: string;
            /**
             * Due At
             * Format: date-time
             */
            due_at: string;
            /** Overdue */
            overdue: boolean;
            /**
             * Remaining Seconds
             * @description Left until due_at on that clock (working seconds for a working clock); negative: overdue.
             */
            remaining_seconds: number;
            /**
             * Warn At
             * @description When the warning falls due (`warn_before_seconds` before due_at); null: none.
             */
            warn_at?: string | null;
            /**
             * Warning
             * @description The warning time has passed and the SLA has not run out yet.
             * @default false
             */
            warning: boolean;
        };
        /** SlowStateOut */
        SlowStateOut: {
            /** Median Seconds */
            median_seconds: number;
            /** P90 Seconds */
            p90_seconds: number;
            /** State */
            state: string;
            /** State Name */
            state_name: string;
            /** Visits */
            visits: number;
            /** Workflow */
            workflow: string;
            /** Workflow Id */
            workflow_id: number;
        };
        /** SsoSettingsIn */
        SsoSettingsIn: {
            /**
             * Break Glass Usernames
             * @description Tenant admins who keep password sign-in when passwords are off (at least one then).
             */
            break_glass_usernames?: string[];
            /** Passwords Enabled */
            passwords_enabled: boolean;
        };
        /** SsoSettingsOut */
        SsoSettingsOut: {
            /** Break Glass Usernames */
            break_glass_usernames: string[];
            /** Passwords Enabled */
            passwords_enabled: boolean;
            /** Updated At */
            updated_at: string | null;
        };
        /** StateBreachesOut */
        StateBreachesOut: {
            /** Count */
            count: number;
            /** State */
            state: string;
        };
        /** StateDef */
        StateDef: {
            /**
             * Can Withdraw
             * @default false
             */
            can_withdraw: boolean;
            distribution?: components["schemas"]["Distribution"];
            /** Field Permissions */
            field_permissions?: {
                [key: string]: components["schemas"]["FieldPermission"];
            };
            /** Join */
            join?: string | null;
            /** Key */
            key: string;
            /** Name */
            name: string;
            participant?: components["schemas"]["Participant"];
            position?: components["schemas"]["Position"] | null;
            /**
             * Reuse Last Handler
             * @default false
             */
            reuse_last_handler: boolean;
            /** Scripts */
            scripts?: string[];
            sla?: components["schemas"]["Sla"] | null;
            subprocess?: components["schemas"]["Subprocess"] | null;
            /** @default normal */
            type: components["schemas"]["StateType"];
        };
        /** StateRefOut */
        StateRefOut: {
            /** Key */
            key: string;
            /** Name */
            name: string;
        };
        /** StateTimeOut */
        StateTimeOut: {
            /** Mean Seconds */
            mean_seconds: number;
            /** P90 Seconds */
            p90_seconds: number;
            /** State */
            state: string;
            /** Visits */
            visits: number;
        };
        /**
         * StateType
         * @enum {string}
         */
        StateType: "start" | "normal" | "end" | "parallel_split" | "parallel_join" | "inclusive_split" | "inclusive_join";
        /** StatisticsOut */
        StatisticsOut: {
            /** By Status */
            by_status: {
                [key: string]: number;
            };
            /** Days */
            days: number;
            /** Per Day */
            per_day: components["schemas"]["DayCountOut"][];
            /** Per State */
            per_state: components["schemas"]["StateTimeOut"][];
            /** Sla Breaches By State */
            sla_breaches_by_state: components["schemas"]["StateBreachesOut"][];
            /** Sla Breaches Per Day */
            sla_breaches_per_day: components["schemas"]["DayBreachesOut"][];
        };
        /** StepBranchOut */
        StepBranchOut: {
            /** Key */
            key: string;
            /** State */
            state: string;
            /** Status */
            status: string;
        };
        /** StepOut */
        StepOut: {
            /** Current */
            current: boolean;
            /** Key */
            key: string;
            /** Name */
            name: string;
            position?: components["schemas"]["PositionOut"] | null;
            /** Type */
            type: string;
            /** Visited */
            visited: boolean;
        };
        /** StepsOut */
        StepsOut: {
            /**
             * Branches
             * @description The parallel branches running now; their states are current.
             */
            branches?: components["schemas"]["StepBranchOut"][];
            /** Path */
            path: string[];
            /** States */
            states: components["schemas"]["StepOut"][];
            /** Transitions */
            transitions: components["schemas"]["TransitionRefOut"][];
        };
        /** SubmitLimit */
        SubmitLimit: {
            /** Count */
            count: number;
            /** Period Seconds */
            period_seconds: number;
        };
        /**
         * Subprocess
         * @description A state that waits for sub-tickets (it has a `subtickets` transition); see docs/workflows.md.
         *
         *     With `workflow` (a published workflow's key) the engine files the sub-tickets when the ticket
         *     enters the state: one per row of the table field `rows`, or `count` of them, each value of
         *     `values` (child field → parent field or `row.<column>`) copied from the parent. Without it the
         *     state only accepts sub-tickets its handlers file. The state moves on when every sub-ticket has
         *     settled (`all_finished`), or at the first rejected one (`first_rejection`); with none at all it
         *     moves on at once (`when_none: continue`) or waits for the first (`wait`).
         */
        Subprocess: {
            /**
             * Continue On
             * @default all_finished
             * @enum {string}
             */
            continue_on: "all_finished" | "first_rejection";
            /** Count */
            count?: number | null;
            /** Rows */
            rows?: string | null;
            /** Values */
            values?: {
                [key: string]: string;
            };
            /**
             * When None
             * @default continue
             * @enum {string}
             */
            when_none: "continue" | "wait";
            /** Workflow */
            workflow?: string | null;
        };
        /** SyncCounts */
        SyncCounts: {
            /**
             * Created
             * @default 0
             */
            created: number;
            /**
             * Deactivated
             * @default 0
             */
            deactivated: number;
            /**
             * Unchanged
             * @default 0
             */
            unchanged: number;
            /**
             * Updated
             * @default 0
             */
            updated: number;
        };
        /** SyncDepartmentIn */
        SyncDepartmentIn: {
            /** Approver */
            approver?: string | null;
            /** Code */
            code: string;
            /** Leader */
            leader?: string | null;
            /** Name */
            name: string;
            /** Parent */
            parent?: string | null;
        };
        /** SyncRoleIn */
        SyncRoleIn: {
            /** Code */
            code: string;
            /**
             * Description
             * @default
             */
            description: string;
            /** Name */
            name: string;
        };
        /** SyncUserIn */
        SyncUserIn: {
            /** Departments */
            departments?: string[];
            /**
             * Display Name
             * @default
             */
            display_name: string;
            /** Email */
            email?: string | null;
            /**
             * Is Active
             * @default true
             */
            is_active: boolean;
            /**
             * Phone
             * @default
             */
            phone: string;
            /** Roles */
            roles?: string[];
            /** Username */
            username: string;
        };
        /** TemplateOut */
        TemplateOut: {
            /** Category */
            category: string;
            /** Description */
            description: string;
            /** Key */
            key: string;
            /** Name */
            name: string;
            preview: components["schemas"]["TemplatePreviewOut"];
        };
        /** TemplatePreviewOut */
        TemplatePreviewOut: {
            /**
             * Fields
             * @description The form's field labels, in order.
             */
            fields: string[];
            /** States */
            states: components["schemas"]["TemplateStateOut"][];
            /** Transitions */
            transitions: components["schemas"]["TemplateTransitionOut"][];
        };
        /** TemplateStateOut */
        TemplateStateOut: {
            /** Key */
            key: string;
            /** Name */
            name: string;
            /** Position */
            position?: {
                [key: string]: number;
            } | null;
            /** Type */
            type?: string | null;
        };
        /** TemplateTransitionOut */
        TemplateTransitionOut: {
            /** Key */
            key: string;
            /** Name */
            name: string;
            /** Source */
            source: string;
            /** Target */
            target: string;
        };
        /** TemplateUseIn */
        TemplateUseIn: {
            /**
             * Key
             * @description The new workflow's key (default: the template's, made unique).
             */
            key?: string | null;
            /** Name */
            name?: string | null;
        };
        /** TicketCountsOut */
        TicketCountsOut: {
            /**
             * Can List All
             * @description Whether I may list all tickets (view=all answers, not 403).
             */
            can_list_all: boolean;
            /**
             * Created
             * @description Open tickets I created.
             */
            created: number;
            /**
             * Handled
             * @description Open tickets I acted on.
             */
            handled: number;
            /**
             * Related
             * @description Open tickets I created, handle or handled.
             */
            related: number;
            /**
             * Todo
             * @description Open tickets waiting for me (my turn, to claim, or asked for an opinion).
             */
            todo: number;
        };
        /** TicketCreateIn */
        TicketCreateIn: {
            /**
             * Comment
             * @default
             */
            comment: string;
            /**
             * Fields
             * @description Field values by key.
             */
            fields?: {
                [key: string]: unknown;
            };
            /**
             * Parent Id
             * @description File it as a sub-ticket of this ticket: you must handle that ticket's current state (or be an admin of its workflow); otherwise 404.
             */
            parent_id?: number | null;
            /**
             * Transition
             * @description Submit at once with this transition of the start state; omit to save a draft.
             */
            transition?: string | null;
            /** Workflow Id */
            workflow_id: number;
        };
        /** TicketDetailOut */
        TicketDetailOut: {
            /**
             * Branches
             * @description The parallel branches running now (none on a single path).
             */
            branches?: components["schemas"]["BranchOut"][];
            /**
             * Created At
             * Format: date-time
             */
            created_at: string;
            creator: components["schemas"]["PersonOut"];
            /**
             * Due At
             * @description When the SLA of the current state falls due (null: none; branches have their own).
             */
            due_at?: string | null;
            /** Fields */
            fields: components["schemas"]["FieldValueOut"][];
            /** Handlers */
            handlers: components["schemas"]["HandlerOut"][];
            /** Id */
            id: number;
            /** My Role */
            my_role?: string | null;
            /**
             * My Steps
             * @description Where you are asked to act: one entry per branch of the ticket you handle (a ticket is listed once, with all of them).
             */
            my_steps?: components["schemas"]["MyStepOut"][];
            /** Parent Id */
            parent_id?: number | null;
            /** Row Version */
            row_version: number;
            /** Serial */
            serial: string;
            sla?: components["schemas"]["SlaDueOut"] | null;
            state: components["schemas"]["StateRefOut"];
            /** Status */
            status: string;
            /** Title */
            title: string;
            /**
             * Updated At
             * Format: date-time
             */
            updated_at: string;
            /** Version */
            version: number;
            /**
             * Waiting Count
             * @default 0
             */
            waiting_count: number;
            /**
             * Waiting For
             * @description In lists: whom the ticket waits on (its first handlers; `waiting_count` says how many).
             */
            waiting_for?: components["schemas"]["WaitingOut"][];
            workflow: components["schemas"]["WorkflowRefOut"];
        };
        /** TicketHandleIn */
        TicketHandleIn: {
            /**
             * Branch
             * @description Which of the ticket's parallel branches you act on; needed only when you are on several at once (else 409 branch_required lists them).
             */
            branch?: string | null;
            /**
             * Comment
             * @default
             */
            comment: string;
            /** Fields */
            fields?: {
                [key: string]: unknown;
            };
            /** Transition */
            transition: string;
        };
        /** TicketListParams */
        TicketListParams: {
            /** Created After */
            created_after?: string | null;
            /** Created Before */
            created_before?: string | null;
            /**
             * Creator
             * @description Created by this user id
             */
            creator?: number | null;
            /** Cursor */
            cursor?: string | null;
            /**
             * Field
             * @description `<key>:<value>` (repeatable): values contain it
             */
            field?: string[];
            /**
             * Handler
             * @description Waiting for this user id
             */
            handler?: number | null;
            /**
             * Limit
             * @default 50
             */
            limit: number;
            /**
             * Q
             * @description Search the serial, title and text fields (every word, any language)
             */
            q?: string | null;
            /**
             * Serial
             * @description An exact serial or a prefix
             */
            serial?: string | null;
            /**
             * Sort
             * @description The column to sort by, `-` first for descending (default: newest first)
             */
            sort?: string | null;
            /**
             * State
             * @description State key
             */
            state?: string | null;
            /** Status */
            status?: string | null;
            /**
             * Title
             * @description Part of the title (any case)
             */
            title?: string | null;
            /**
             * View
             * @default related
             */
            view: string;
            /**
             * Workflow
             * @description Workflow id
             */
            workflow?: number | null;
        };
        /** TicketPageOut */
        TicketPageOut: {
            /** Items */
            items: components["schemas"]["TicketSummaryOut"][];
            /** Next Cursor */
            next_cursor: string | null;
        };
        /**
         * TicketQuery
         * @description A ticket list's filters and sort (what a saved view keeps).
         */
        TicketQuery: {
            /** Created After */
            created_after?: string | null;
            /** Created Before */
            created_before?: string | null;
            /**
             * Creator
             * @description Created by this user id
             */
            creator?: number | null;
            /**
             * Field
             * @description `<key>:<value>` (repeatable): values contain it
             */
            field?: string[];
            /**
             * Handler
             * @description Waiting for this user id
             */
            handler?: number | null;
            /**
             * Q
             * @description Search the serial, title and text fields (every word, any language)
             */
            q?: string | null;
            /**
             * Serial
             * @description An exact serial or a prefix
             */
            serial?: string | null;
            /**
             * Sort
             * @description The column to sort by, `-` first for descending (default: newest first)
             */
            sort?: string | null;
            /**
             * State
             * @description State key
             */
            state?: string | null;
            /** Status */
            status?: string | null;
            /**
             * Title
             * @description Part of the title (any case)
             */
            title?: string | null;
            /**
             * Workflow
             * @description Workflow id
             */
            workflow?: number | null;
        };
        /** TicketStateOut */
        TicketStateOut: {
            /** Id */
            id: number;
            /** Row Version */
            row_version: number;
            /** Serial */
            serial: string;
            /** State */
            state: string;
            /** Status */
            status: string;
            /** Title */
            title: string;
        };
        /** TicketSummaryOut */
        TicketSummaryOut: {
            /**
             * Created At
             * Format: date-time
             */
            created_at: string;
            creator: components["schemas"]["PersonOut"];
            /** Id */
            id: number;
            /** My Role */
            my_role?: string | null;
            /**
             * My Steps
             * @description Where you are asked to act: one entry per branch of the ticket you handle (a ticket is listed once, with all of them).
             */
            my_steps?: components["schemas"]["MyStepOut"][];
            /** Row Version */
            row_version: number;
            /** Serial */
            serial: string;
            state: components["schemas"]["StateRefOut"];
            /** Status */
            status: string;
            /** Title */
            title: string;
            /**
             * Updated At
             * Format: date-time
             */
            updated_at: string;
            /**
             * Waiting Count
             * @default 0
             */
            waiting_count: number;
            /**
             * Waiting For
             * @description In lists: whom the ticket waits on (its first handlers; `waiting_count` says how many).
             */
            waiting_for?: components["schemas"]["WaitingOut"][];
            workflow: components["schemas"]["WorkflowRefOut"];
        };
        /** TokenCreateIn */
        TokenCreateIn: {
            /** Expires In Days */
            expires_in_days?: number | null;
            /**
             * Name
             * @default
             */
            name: string;
        };
        /** TokenIssuedOut */
        TokenIssuedOut: {
            /**
             * Created At
             * Format: date-time
             */
            created_at: string;
            /** Expires At */
            expires_at: string | null;
            /** Id */
            id: number;
            /** Last Used At */
            last_used_at: string | null;
            /** Name */
            name: string;
            /** Prefix */
            prefix: string;
            /** Revoked At */
            revoked_at: string | null;
            /**
             * Token
             * @description The token itself. Shown only in this answer; store it now.
             */
            token: string;
        };
        /** TokenOut */
        TokenOut: {
            /**
             * Created At
             * Format: date-time
             */
            created_at: string;
            /** Expires At */
            expires_at: string | null;
            /** Id */
            id: number;
            /** Last Used At */
            last_used_at: string | null;
            /** Name */
            name: string;
            /** Prefix */
            prefix: string;
            /** Revoked At */
            revoked_at: string | null;
        };
        /**
         * TransitionAttribute
         * @enum {string}
         */
        TransitionAttribute: "agree" | "reject" | "other";
        /** TransitionDef */
        TransitionDef: {
            /** @default agree */
            attribute: components["schemas"]["TransitionAttribute"];
            /** Branches */
            branches?: components["schemas"]["Branch"][];
            /**
             * Check Required Fields
             * @default true
             */
            check_required_fields: boolean;
            /** Condition */
            condition?: {
                [key: string]: unknown;
            } | null;
            /**
             * Confirm Text
             * @default
             */
            confirm_text: string;
            /** Expression */
            expression?: string | null;
            /** Key */
            key: string;
            /** @default manual */
            kind: components["schemas"]["TransitionKind"];
            /** Name */
            name: string;
            /** Scripts */
            scripts?: string[];
            /** Source */
            source: string;
            /** Target */
            target: string;
            /**
             * Timer Clock
             * @description What `timer_seconds` counts; null: wall.
             */
            timer_clock?: ("wall" | "working" | "working_days") | null;
            /** Timer Seconds */
            timer_seconds?: number | null;
        };
        /**
         * TransitionKind
         * @enum {string}
         */
        TransitionKind: "manual" | "timer" | "hook" | "subtickets" | "auto";
        /** TransitionRefOut */
        TransitionRefOut: {
            /** Key */
            key: string;
            /** Name */
            name: string;
            /** Source */
            source: string;
            /** Target */
            target: string;
        };
        /** UnreadCountOut */
        UnreadCountOut: {
            /** Unread */
            unread: number;
        };
        /** UserCreateIn */
        UserCreateIn: {
            /** Department Ids */
            department_ids?: number[];
            /**
             * Display Name
             * @default
             */
            display_name: string;
            /** Email */
            email?: string | null;
            /**
             * Is Active
             * @default true
             */
            is_active: boolean;
            /**
             * Is Tenant Admin
             * @default false
             */
            is_tenant_admin: boolean;
            /** Password */
            password?: string | null;
            /**
             * Phone
             * @default
             */
            phone: string;
            /** Role Ids */
            role_ids?: number[];
            /** Username */
            username: string;
        };
        /** UserOut */
        UserOut: {
            /**
             * Date Joined
             * Format: date-time
             */
            date_joined: string;
            /** Department Ids */
            department_ids: number[];
            /** Display Name */
            display_name: string;
            /** Email */
            email: string;
            /** Id */
            id: number;
            /** Is Active */
            is_active: boolean;
            /** Is Tenant Admin */
            is_tenant_admin: boolean;
            /** Language */
            language: string;
            /** Phone */
            phone: string;
            /** Role Ids */
            role_ids: number[];
            /**
             * Updated At
             * Format: date-time
             */
            updated_at: string;
            /** Username */
            username: string;
        };
        /** UserPageOut */
        UserPageOut: {
            /** Items */
            items: components["schemas"]["UserOut"][];
            /** Next Cursor */
            next_cursor: string | null;
        };
        /** UserPatchIn */
        UserPatchIn: {
            /** Department Ids */
            department_ids?: number[] | null;
            /** Display Name */
            display_name?: string | null;
            /** Email */
            email?: string | null;
            /** Is Active */
            is_active?: boolean | null;
            /** Is Tenant Admin */
            is_tenant_admin?: boolean | null;
            /** Password */
            password?: string | null;
            /** Phone */
            phone?: string | null;
            /** Role Ids */
            role_ids?: number[] | null;
        };
        /** ValidateIn */
        ValidateIn: {
            /** @description Validate this document instead of the saved draft (unsaved edits). */
            document?: components["schemas"]["WorkflowDocument"] | null;
        };
        /** ValidationOut */
        ValidationOut: {
            /**
             * Problems
             * @description The errors: publishing is refused while there are any.
             */
            problems: components["schemas"]["ProblemOut"][];
            /**
             * Valid
             * @description No errors (warnings do not block publishing).
             */
            valid: boolean;
            /**
             * Warnings
             * @description What may go wrong at run time, e.g. a state whose participants may resolve to nobody.
             */
            warnings?: components["schemas"]["ProblemOut"][];
        };
        /**
         * Variable
         * @enum {string}
         */
        Variable: "creator" | "creator_department_leader" | "creator_department_approver";
        /** VersionOut */
        VersionOut: {
            /** Comment */
            comment: string;
            /**
             * Created At
             * Format: date-time
             */
            created_at: string;
            document: components["schemas"]["WorkflowDocument"];
            /** Etag */
            etag: string;
            /** Number */
            number: number;
            /** Published At */
            published_at: string | null;
            /** Published By */
            published_by: string | null;
            /** Revision */
            revision: number;
            /** Status */
            status: string;
            /**
             * Updated At
             * Format: date-time
             */
            updated_at: string;
        };
        /** VersionSummaryOut */
        VersionSummaryOut: {
            /** Comment */
            comment: string;
            /**
             * Created At
             * Format: date-time
             */
            created_at: string;
            /** Etag */
            etag: string;
            /** Number */
            number: number;
            /** Published At */
            published_at: string | null;
            /** Published By */
            published_by: string | null;
            /** Revision */
            revision: number;
            /** Status */
            status: string;
            /**
             * Updated At
             * Format: date-time
             */
            updated_at: string;
        };
        /** WaitingOut */
        WaitingOut: {
            /** Display Name */
            display_name: string;
            /** Id */
            id: number;
            /**
             * Kind
             * @description handler, candidate (may claim) or consulted.
             */
            kind: string;
            /** Username */
            username: string;
        };
        /** WebhookCreatedOut */
        WebhookCreatedOut: {
            /**
             * Created At
             * Format: date-time
             */
            created_at: string;
            /** Events */
            events: string[];
            /** Id */
            id: number;
            /** Is Active */
            is_active: boolean;
            /** Name */
            name: string;
            /**
             * Secret
             * @description The signing secret. Shown only in this answer; store it now.
             */
            secret: string;
            /**
             * Updated At
             * Format: date-time
             */
            updated_at: string;
            /** Url */
            url: string;
            /** Workflow Id */
            workflow_id: number | null;
        };
        /** WebhookIn */
        WebhookIn: {
            /** Events */
            events: components["schemas"]["WorkflowEvent"][];
            /**
             * Is Active
             * @default true
             */
            is_active: boolean;
            /** Name */
            name: string;
            /**
             * Url
             * @description http(s) URL; private addresses only if the allow-list covers them.
             */
            url: string;
            /**
             * Workflow Id
             * @description Only this workflow's tickets; null: every workflow.
             */
            workflow_id?: number | null;
        };
        /** WebhookOut */
        WebhookOut: {
            /**
             * Created At
             * Format: date-time
             */
            created_at: string;
            /** Events */
            events: string[];
            /** Id */
            id: number;
            /** Is Active */
            is_active: boolean;
            /** Name */
            name: string;
            /**
             * Updated At
             * Format: date-time
             */
            updated_at: string;
            /** Url */
            url: string;
            /** Workflow Id */
            workflow_id: number | null;
        };
        /** WebhookPatchIn */
        WebhookPatchIn: {
            /** Events */
            events?: components["schemas"]["WorkflowEvent"][];
            /** Is Active */
            is_active?: boolean;
            /** Name */
            name?: string;
            /** Url */
            url?: string;
            /**
             * Workflow Id
             * @description null: every workflow.
             */
            workflow_id?: number | null;
        };
        /** WebhookSecretOut */
        WebhookSecretOut: {
            /**
             * Secret
             * @description The new signing secret. Shown only in this answer; store it now.
             */
            secret: string;
        };
        /** WebhookSubscription */
        WebhookSubscription: {
            /**
             * Active
             * @default true
             */
            active: boolean;
            /** Events */
            events: components["schemas"]["WorkflowEvent"][];
            /** Url */
            url: string;
        };
        /** WorkdayIn */
        WorkdayIn: {
            /**
             * Date
             * Format: date
             */
            date: string;
            /**
             * Hours
             * @description The working hours of that date.
             */
            hours: components["schemas"]["IntervalIn"][];
            /**
             * Name
             * @default
             */
            name: string;
        };
        /** WorkdayOut */
        WorkdayOut: {
            /**
             * Date
             * Format: date
             */
            date: string;
            /** Hours */
            hours: components["schemas"]["IntervalOut"][];
            /** Name */
            name: string;
            /**
             * Source
             * @description "" added by hand, else the imported country (and subdivision).
             */
            source: string;
        };
        /** WorkflowBreachesOut */
        WorkflowBreachesOut: {
            /** Count */
            count: number;
            /** Workflow */
            workflow: string;
            /** Workflow Id */
            workflow_id: number;
        };
        /** WorkflowCreateIn */
        WorkflowCreateIn: {
            /** Admin Ids */
            admin_ids?: number[];
            /**
             * Category
             * @default
             */
            category: string;
            /**
             * Description
             * @default
             */
            description: string;
            /** Key */
            key: string;
            /** Name */
            name: string;
        };
        /** WorkflowDocument */
        WorkflowDocument: {
            creators?: components["schemas"]["Audience"];
            /** Fields */
            fields?: components["schemas"]["FieldDef"][];
            intervenors?: components["schemas"]["Audience"];
            /** Notifications */
            notifications?: components["schemas"]["NotificationRule"][];
            /**
             * Serial Prefix
             * @default TK
             */
            serial_prefix: string;
            /** States */
            states?: components["schemas"]["StateDef"][];
            submit_limit?: components["schemas"]["SubmitLimit"] | null;
            /**
             * Title Template
             * @default {workflow} {serial}
             */
            title_template: string;
            /** Transitions */
            transitions?: components["schemas"]["TransitionDef"][];
            viewers?: components["schemas"]["Audience"];
            /** Webhooks */
            webhooks?: components["schemas"]["WebhookSubscription"][];
        };
        /**
         * WorkflowEvent
         * @enum {string}
         */
        WorkflowEvent: "created" | "state_entered" | "transition" | "finished" | "closed" | "withdrawn" | "sla_breached" | "sla_warning";
        /** WorkflowOut */
        WorkflowOut: {
            /** Admin Ids */
            admin_ids: number[];
            /** Can Manage */
            can_manage: boolean;
            /** Category */
            category: string;
            /**
             * Created At
             * Format: date-time
             */
            created_at: string;
            /**
             * Current Version
             * @description The published version new tickets start in.
             */
            current_version: number | null;
            /** Description */
            description: string;
            /** Draft Etag */
            draft_etag: string | null;
            /** Draft Version */
            draft_version: number | null;
            /** Id */
            id: number;
            /** Key */
            key: string;
            /** Name */
            name: string;
            /**
             * Updated At
             * Format: date-time
             */
            updated_at: string;
        };
        /** WorkflowPatchIn */
        WorkflowPatchIn: {
            /** Admin Ids */
            admin_ids?: number[] | null;
            /** Category */
            category?: string | null;
            /** Description */
            description?: string | null;
            /** Name */
            name?: string | null;
        };
        /** WorkflowRefOut */
        WorkflowRefOut: {
            /** Id */
            id: number;
            /** Key */
            key: string;
            /** Name */
            name: string;
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
    integrations_actionlinks_api_preview_action_link: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["LinkIn"];
            };
        };
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["LinkOut"];
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
            /** @description Not Found */
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
    integrations_actionlinks_api_use_action_link: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["LinkUseIn"];
            };
        };
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["LinkDoneOut"];
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
            /** @description Not Found */
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
    core_api_apps_list_apps: {
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
                    "application/json": components["schemas"]["AppOut"][];
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
    core_api_apps_create_app: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["AppCreateIn"];
            };
        };
        responses: {
            /** @description Created */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AppOut"];
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
    core_api_apps_get_app: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                app_id: number;
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
                    "application/json": components["schemas"]["AppOut"];
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
    core_api_apps_delete_app: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                app_id: number;
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
    core_api_apps_patch_app: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                app_id: number;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["AppPatchIn"];
            };
        };
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AppOut"];
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
    core_api_apps_list_grants: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                app_id: number;
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
                    "application/json": components["schemas"]["GrantOut"][];
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
    core_api_apps_set_grants: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                app_id: number;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["GrantsIn"];
            };
        };
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["GrantOut"][];
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
    core_api_apps_rotate_signing_secret: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                app_id: number;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Created */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SigningSecretOut"];
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
    core_api_apps_list_tokens: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                app_id: number;
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
                    "application/json": components["schemas"]["TokenOut"][];
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
    core_api_apps_issue_token: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                app_id: number;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["TokenCreateIn"];
            };
        };
        responses: {
            /** @description Created */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["TokenIssuedOut"];
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
    core_api_apps_revoke_token: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                app_id: number;
                token_id: number;
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
                    "application/json": components["schemas"]["TokenOut"];
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
        };
    };
    engine_tickets_attachments_api_upload_attachment: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "multipart/form-data": {
                    /**
                     * File
                     * Format: binary
                     */
                    file: string;
                };
            };
        };
        responses: {
            /** @description Created */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AttachmentOut"];
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
    engine_tickets_attachments_api_download_attachment: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                attachment_id: string;
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
    engine_tickets_attachments_api_delete_attachment: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                attachment_id: string;
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
    core_api_auth_csrf: {
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
                    "application/json": components["schemas"]["CsrfOut"];
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
    core_api_auth_auth_login: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["LoginIn"];
            };
        };
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["MeOut"];
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
    core_api_auth_auth_logout: {
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
    core_directory_api_password_rules: {
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
                    "application/json": components["schemas"]["PasswordRulesOut"];
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
    engine_calendars_api_get_calendar: {
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
                    "application/json": components["schemas"]["CalendarOut"];
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
    engine_calendars_api_put_calendar: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CalendarIn"];
            };
        };
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CalendarOut"];
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
        };
    };
    engine_calendars_api_calendar_due: {
        parameters: {
            query?: {
                /** @description Default: now. */
                from?: string | null;
                clock?: "wall" | "working" | "working_days";
                /** @description For the wall and working clocks. */
                hours?: number | null;
                /** @description For the working_days clock. */
                days?: number | null;
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
                    "application/json": components["schemas"]["DueOut"];
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
    engine_calendars_api_add_holiday: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["HolidayIn"];
            };
        };
        responses: {
            /** @description Created */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["HolidayOut"];
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
    engine_calendars_api_import_holidays: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["HolidayImportIn"];
            };
        };
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["HolidayImportOut"];
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
    engine_calendars_api_remove_holiday: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                day: string;
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
    engine_calendars_api_add_workday: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["WorkdayIn"];
            };
        };
        responses: {
            /** @description Created */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["WorkdayOut"];
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
    engine_calendars_api_remove_workday: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                day: string;
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
    integrations_v2compat_api_list_compat_apps: {
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
                    "application/json": components["schemas"]["CompatAppOut"][];
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
    integrations_v2compat_api_create_compat_app: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CompatAppCreateIn"];
            };
        };
        responses: {
            /** @description Created */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CompatAppIssuedOut"];
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
    integrations_v2compat_api_delete_compat_app: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                app_id: number;
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
    integrations_v2compat_api_patch_compat_app: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                app_id: number;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CompatAppPatchIn"];
            };
        };
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CompatAppOut"];
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
    integrations_v2compat_api_rotate_compat_app_token: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                app_id: number;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Created */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CompatTokenOut"];
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
    integrations_v2compat_api_get_compat_settings: {
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
                    "application/json": components["schemas"]["CompatSettingsOut"];
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
    integrations_v2compat_api_put_compat_settings: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CompatSettingsIn"];
            };
        };
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CompatSettingsOut"];
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
        };
    };
    engine_delegations_api_list_delegations: {
        parameters: {
            query?: {
                /** @description mine: given or received; all: everyone's (admins). */
                scope?: string;
                /** @description Only those of this person (with scope=all). */
                delegator?: string | null;
                /** @description Only those to this person (with scope=all). */
                delegate?: string | null;
                /** @description Also the ended and cancelled ones. */
                include_past?: boolean;
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
                    "application/json": components["schemas"]["DelegationPageOut"];
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
    engine_delegations_api_create_delegation: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["DelegationIn"];
            };
        };
        responses: {
            /** @description Created */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["DelegationOut"];
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
    engine_delegations_api_cancel_delegation: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                delegation_id: number;
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
                    "application/json": components["schemas"]["DelegationOut"];
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
        };
    };
    core_api_directory_list_departments: {
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
                    "application/json": components["schemas"]["DepartmentOut"][];
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
    core_api_directory_create_department: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["DepartmentCreateIn"];
            };
        };
        responses: {
            /** @description Created */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["DepartmentOut"];
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
    core_api_directory_get_department: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                department_id: number;
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
                    "application/json": components["schemas"]["DepartmentOut"];
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
    core_api_directory_delete_department: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                department_id: number;
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
    core_api_directory_patch_department: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                department_id: number;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["DepartmentPatchIn"];
            };
        };
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["DepartmentOut"];
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
    integrations_ldapsync_api_list_ldap_sources: {
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
                    "application/json": components["schemas"]["LdapSourceOut"][];
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
    integrations_ldapsync_api_create_ldap_source: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["LdapSourceIn"];
            };
        };
        responses: {
            /** @description Created */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["LdapSourceOut"];
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
    integrations_ldapsync_api_get_ldap_source: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                source_id: number;
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
                    "application/json": components["schemas"]["LdapSourceOut"];
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
    integrations_ldapsync_api_delete_ldap_source: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                source_id: number;
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
    integrations_ldapsync_api_patch_ldap_source: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                source_id: number;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["LdapSourcePatchIn"];
            };
        };
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["LdapSourceOut"];
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
    integrations_ldapsync_api_list_ldap_runs: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                source_id: number;
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
                    "application/json": components["schemas"]["LdapRunOut"][];
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
    integrations_ldapsync_api_sync_ldap_source: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                source_id: number;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Accepted */
            202: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["LdapRunOut"];
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
    integrations_scim_api_list_scim_tokens: {
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
                    "application/json": components["schemas"]["ScimTokenOut"][];
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
    integrations_scim_api_create_scim_token: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ScimTokenIn"];
            };
        };
        responses: {
            /** @description Created */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ScimTokenCreatedOut"];
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
    integrations_scim_api_revoke_scim_token: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                token_id: number;
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
                    "application/json": components["schemas"]["ScimTokenOut"];
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
    core_api_directory_sync_directory: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["DirectorySyncIn"];
            };
        };
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["DirectorySyncOut"];
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
    core_api_directory_last_sync: {
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
                    "application/json": components["schemas"]["DirectorySyncLastOut"];
                };
            };
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
    integrations_getting_started_api_get_checklist: {
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
                    "application/json": components["schemas"]["ChecklistOut"];
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
    integrations_getting_started_api_put_checklist: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ChecklistDismissIn"];
            };
        };
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ChecklistOut"];
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
        };
    };
    integrations_inbox_api_list_inbox: {
        parameters: {
            query?: {
                /** @description Only the unread notifications */
                unread?: boolean;
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
                    "application/json": components["schemas"]["InboxPageOut"];
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
    integrations_inbox_api_get_inbox_preferences: {
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
                    "application/json": components["schemas"]["PreferencesOut"];
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
    integrations_inbox_api_put_inbox_preferences: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["PreferencesIn"];
            };
        };
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PreferencesOut"];
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
        };
    };
    integrations_inbox_api_mark_inbox_all_read: {
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
                    "application/json": components["schemas"]["MarkedOut"];
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
    integrations_inbox_api_inbox_unread_count: {
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
                    "application/json": components["schemas"]["UnreadCountOut"];
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
    integrations_inbox_api_mark_inbox_read: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                item_id: number;
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
                    "application/json": components["schemas"]["InboxItemOut"];
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
    integrations_api_webhooks_get_settings: {
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
                    "application/json": components["schemas"]["IntegrationSettingsOut"];
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
    integrations_api_webhooks_put_settings: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["IntegrationSettingsIn"];
            };
        };
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["IntegrationSettingsOut"];
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
        };
    };
    integrations_api_webhooks_rotate_settings_secret: {
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
                    "application/json": components["schemas"]["SettingsSecretOut"];
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
    core_api_auth_me: {
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
                    "application/json": components["schemas"]["MeOut"];
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
    core_directory_api_patch_me: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["MePatchIn"];
            };
        };
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["MeOut"];
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
        };
    };
    core_directory_api_change_my_password: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["PasswordChangeIn"];
            };
        };
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
    core_access_api_list_my_tokens: {
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
                    "application/json": components["schemas"]["PersonalTokenOut"][];
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
    core_access_api_issue_my_token: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["PersonalTokenCreateIn"];
            };
        };
        responses: {
            /** @description Created */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PersonalTokenIssuedOut"];
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
    core_access_api_revoke_my_token: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                token_id: number;
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
                    "application/json": components["schemas"]["PersonalTokenOut"];
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
        };
    };
    integrations_api_notifications_list_channels: {
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
                    "application/json": components["schemas"]["NotificationChannelOut"][];
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
    integrations_api_notifications_create_channel: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["NotificationChannelIn"];
            };
        };
        responses: {
            /** @description Created */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["NotificationChannelOut"];
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
    integrations_api_notifications_get_channel: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                channel_id: number;
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
                    "application/json": components["schemas"]["NotificationChannelOut"];
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
    integrations_api_notifications_delete_channel: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                channel_id: number;
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
    integrations_api_notifications_patch_channel: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                channel_id: number;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["NotificationChannelPatchIn"];
            };
        };
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["NotificationChannelOut"];
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
    integrations_api_notifications_test_channel: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                channel_id: number;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ChannelTestIn"];
            };
        };
        responses: {
            /** @description Accepted */
            202: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ChannelTestOut"];
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
    integrations_api_notifications_get_channel_test: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                channel_id: number;
                test_id: number;
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
                    "application/json": components["schemas"]["ChannelTestOut"];
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
    integrations_api_notifications_list_notifications: {
        parameters: {
            query?: {
                /** @description Only this ticket (its serial). */
                ticket_serial?: string | null;
                /** @description Only this workflow's tickets. */
                workflow_key?: string | null;
                status?: ("pending" | "running" | "waiting" | "succeeded" | "failed") | null;
                channel_id?: number | null;
                ticket_id?: number | null;
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
                    "application/json": components["schemas"]["NotificationPageOut"];
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
    core_access_api_list_personal_tokens: {
        parameters: {
            query?: {
                username?: string | null;
                live?: boolean;
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
                    "application/json": components["schemas"]["PersonalTokenAdminOut"][];
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
    core_access_api_revoke_personal_token: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                token_id: number;
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
                    "application/json": components["schemas"]["PersonalTokenAdminOut"];
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
        };
    };
    core_api_directory_list_roles: {
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
                    "application/json": components["schemas"]["RoleOut"][];
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
    core_api_directory_create_role: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["RoleCreateIn"];
            };
        };
        responses: {
            /** @description Created */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RoleOut"];
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
    core_api_directory_get_role: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                role_id: number;
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
                    "application/json": components["schemas"]["RoleOut"];
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
    core_api_directory_delete_role: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                role_id: number;
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
    core_api_directory_patch_role: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                role_id: number;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["RolePatchIn"];
            };
        };
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RoleOut"];
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
    integrations_api_scripts_list_scripts: {
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
                    "application/json": components["schemas"]["ScriptSummaryOut"][];
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
    integrations_api_scripts_create_script: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ScriptIn"];
            };
        };
        responses: {
            /** @description Created */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ScriptOut"];
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
    integrations_api_scripts_get_script: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                script_id: number;
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
                    "application/json": components["schemas"]["ScriptOut"];
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
    integrations_api_scripts_delete_script: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                script_id: number;
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
    integrations_api_scripts_patch_script: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                script_id: number;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ScriptPatchIn"];
            };
        };
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ScriptOut"];
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
    integrations_api_scripts_list_script_runs: {
        parameters: {
            query?: {
                cursor?: string | null;
                limit?: number;
            };
            header?: never;
            path: {
                script_id: number;
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
                    "application/json": components["schemas"]["ScriptRunPageOut"];
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
    integrations_sso_api_callback: {
        parameters: {
            query?: {
                state?: string;
                code?: string;
                error?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Found */
            302: {
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
    integrations_sso_api_login_options: {
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
                    "application/json": components["schemas"]["LoginOptionsOut"];
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
    integrations_sso_api_sso_logout: {
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
                    "application/json": components["schemas"]["LogoutOut"];
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
    integrations_sso_api_list_providers: {
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
                    "application/json": components["schemas"]["ProviderOut"][];
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
    integrations_sso_api_create_provider: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ProviderIn"];
            };
        };
        responses: {
            /** @description Created */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProviderOut"];
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
    integrations_sso_api_get_provider: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                provider_id: number;
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
                    "application/json": components["schemas"]["ProviderOut"];
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
    integrations_sso_api_delete_provider: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                provider_id: number;
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
    integrations_sso_api_patch_provider: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                provider_id: number;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ProviderPatchIn"];
            };
        };
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProviderOut"];
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
    integrations_sso_api_discover_provider: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                provider_id: number;
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
                    "application/json": components["schemas"]["ProviderOut"];
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
    integrations_sso_api_get_settings: {
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
                    "application/json": components["schemas"]["SsoSettingsOut"];
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
    integrations_sso_api_put_settings: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["SsoSettingsIn"];
            };
        };
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SsoSettingsOut"];
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
        };
    };
    integrations_sso_api_start: {
        parameters: {
            query?: {
                next?: string;
            };
            header?: never;
            path: {
                key: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Found */
            302: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
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
    engine_tickets_api_tenant_statistics: {
        parameters: {
            query?: {
                /** @description The first day (default: 29 days before `to`). */
                from?: string | null;
                to?: string | null;
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
                    "application/json": components["schemas"]["DashboardOut"];
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
    engine_tickets_api_tenant_statistics_csv: {
        parameters: {
            query?: {
                /** @description The first day (default: 29 days before `to`). */
                from?: string | null;
                to?: string | null;
            };
            header?: never;
            path: {
                chart: "per_day" | "backlog_by_state" | "backlog_by_person" | "sla_breaches" | "slowest_states";
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
    engine_ticketlists_api_list_views: {
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
                    "application/json": components["schemas"]["SavedViewOut"][];
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
    engine_ticketlists_api_create_view: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["SavedViewIn"];
            };
        };
        responses: {
            /** @description Created */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SavedViewOut"];
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
    engine_ticketlists_api_delete_view: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                view_id: number;
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
    engine_ticketlists_api_patch_view: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                view_id: number;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["SavedViewPatchIn"];
            };
        };
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SavedViewOut"];
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
    engine_tickets_reads_list_tickets: {
        parameters: {
            query?: {
                /** @description Workflow id */
                workflow?: number | null;
                /** @description State key */
                state?: string | null;
                status?: string | null;
                /** @description An exact serial or a prefix */
                serial?: string | null;
                /** @description Part of the title (any case) */
                title?: string | null;
                created_after?: string | null;
                created_before?: string | null;
                /** @description `<key>:<value>` (repeatable): values contain it */
                field?: string[];
                /** @description Search the serial, title and text fields (every word, any language) */
                q?: string | null;
                /** @description Created by this user id */
                creator?: number | null;
                /** @description Waiting for this user id */
                handler?: number | null;
                /** @description The column to sort by, `-` first for descending (default: newest first) */
                sort?: string | null;
                view?: string;
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
                    "application/json": components["schemas"]["TicketPageOut"];
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
    engine_tickets_actions_create_ticket: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["TicketCreateIn"];
            };
        };
        responses: {
            /** @description Created */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["TicketStateOut"];
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
    engine_tickets_bulk_bulk_handle: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["BulkHandleIn"];
            };
        };
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["BulkHandleOut"];
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
    engine_tickets_reads_ticket_counts: {
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
                    "application/json": components["schemas"]["TicketCountsOut"];
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
    engine_ticketlists_api_export_tickets: {
        parameters: {
            query?: {
                /** @description Workflow id */
                workflow?: number | null;
                /** @description State key */
                state?: string | null;
                status?: string | null;
                /** @description An exact serial or a prefix */
                serial?: string | null;
                /** @description Part of the title (any case) */
                title?: string | null;
                created_after?: string | null;
                created_before?: string | null;
                /** @description `<key>:<value>` (repeatable): values contain it */
                field?: string[];
                /** @description Search the serial, title and text fields (every word, any language) */
                q?: string | null;
                /** @description Created by this user id */
                creator?: number | null;
                /** @description Waiting for this user id */
                handler?: number | null;
                /** @description The column to sort by, `-` first for descending (default: newest first) */
                sort?: string | null;
                view?: string;
                /** @description csv (streamed as read) or xlsx */
                format?: "csv" | "xlsx";
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
    engine_tickets_reads_ticket_detail: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                ticket_id: number;
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
                    "application/json": components["schemas"]["TicketDetailOut"];
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
    engine_tickets_actions_accept_ticket: {
        parameters: {
            query?: {
                branch?: string | null;
            };
            header?: {
                /** @description The ETag (row version) you last read; 412 when it is stale. */
                "If-Match"?: string;
            };
            path: {
                ticket_id: number;
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
                    "application/json": components["schemas"]["TicketStateOut"];
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
            /** @description If-Match is stale */
            412: {
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
    engine_tickets_reads_ticket_actions: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                ticket_id: number;
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
                    "application/json": components["schemas"]["ActionOut"][];
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
    engine_tickets_actions_close_ticket: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                ticket_id: number;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["OptionalCommentIn"];
            };
        };
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["TicketStateOut"];
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
    engine_tickets_actions_comment_ticket: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                ticket_id: number;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CommentIn"];
            };
        };
        responses: {
            /** @description Created */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["TicketStateOut"];
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
    engine_tickets_actions_consult_ticket: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                ticket_id: number;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["PassOnIn"];
            };
        };
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["TicketStateOut"];
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
    engine_tickets_actions_consult_reply: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                ticket_id: number;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ConsultReplyIn"];
            };
        };
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["TicketStateOut"];
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
    engine_tickets_actions_deliver_ticket: {
        parameters: {
            query?: never;
            header?: {
                /** @description The ETag (row version) you last read; 412 when it is stale. */
                "If-Match"?: string;
            };
            path: {
                ticket_id: number;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["PassOnIn"];
            };
        };
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["TicketStateOut"];
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
            /** @description If-Match is stale */
            412: {
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
    engine_tickets_actions_patch_fields: {
        parameters: {
            query?: never;
            header?: {
                /** @description The ETag (row version) you last read; 412 when it is stale. */
                "If-Match"?: string;
            };
            path: {
                ticket_id: number;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["FieldsIn"];
            };
        };
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["TicketStateOut"];
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
            /** @description If-Match is stale */
            412: {
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
    engine_tickets_reads_ticket_flow_log: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                ticket_id: number;
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
                    "application/json": components["schemas"]["FlowLogOut"][];
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
    engine_tickets_actions_force_state: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                ticket_id: number;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ForceStateIn"];
            };
        };
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["TicketStateOut"];
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
    engine_tickets_actions_handle_ticket: {
        parameters: {
            query?: never;
            header?: {
                /** @description The ETag (row version) you last read; 412 when it is stale. */
                "If-Match"?: string;
            };
            path: {
                ticket_id: number;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["TicketHandleIn"];
            };
        };
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["TicketStateOut"];
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
            /** @description If-Match is stale */
            412: {
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
    integrations_api_hooks_hook_callback: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                ticket_id: number;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /**
                     * Call
                     * @description The `call` key of the hook request (also sent as X-Loonflow-Delivery).
                     */
                    call: string;
                    /**
                     * Comment
                     * @default
                     */
                    comment?: string;
                    /**
                     * Decision
                     * @description Take the state's agree or reject transition (hook transitions first).
                     * @default null
                     */
                    decision?: ("agree" | "reject") | null;
                    /**
                     * Fields
                     * @description Field values to set first, by key.
                     */
                    fields?: {
                        [key: string]: unknown;
                    };
                    /**
                     * Transition
                     * @description Or take this transition out of the state, by key (instead of a `decision`).
                     * @default null
                     */
                    transition?: string | null;
                };
            };
        };
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["HookTicketOut"];
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
    integrations_api_hooks_retry_hook: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                ticket_id: number;
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
                    "application/json": components["schemas"]["RetryOut"];
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
    engine_tickets_reads_ticket_steps: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                ticket_id: number;
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
                    "application/json": components["schemas"]["StepsOut"];
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
    engine_tickets_actions_withdraw_ticket: {
        parameters: {
            query?: never;
            header?: {
                /** @description The ETag (row version) you last read; 412 when it is stale. */
                "If-Match"?: string;
            };
            path: {
                ticket_id: number;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["OptionalCommentIn"];
            };
        };
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["TicketStateOut"];
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
            /** @description If-Match is stale */
            412: {
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
    core_api_directory_list_users: {
        parameters: {
            query?: {
                cursor?: string | null;
                limit?: number;
                q?: string | null;
                department_id?: number | null;
                role_id?: number | null;
                is_active?: boolean | null;
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
                    "application/json": components["schemas"]["UserPageOut"];
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
    core_api_directory_create_user: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["UserCreateIn"];
            };
        };
        responses: {
            /** @description Created */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["UserOut"];
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
    core_api_directory_get_user: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                user_id: number;
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
                    "application/json": components["schemas"]["UserOut"];
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
    core_api_directory_delete_user: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                user_id: number;
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
                    "application/json": components["schemas"]["UserOut"];
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
        };
    };
    core_api_directory_patch_user: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                user_id: number;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["UserPatchIn"];
            };
        };
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["UserOut"];
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
    integrations_api_webhooks_list_webhooks: {
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
                    "application/json": components["schemas"]["WebhookOut"][];
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
    integrations_api_webhooks_create_webhook: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["WebhookIn"];
            };
        };
        responses: {
            /** @description Created */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["WebhookCreatedOut"];
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
    integrations_api_webhooks_list_deliveries: {
        parameters: {
            query?: {
                /** @description Only this ticket (its serial). */
                ticket_serial?: string | null;
                /** @description Only this workflow's tickets. */
                workflow_key?: string | null;
                webhook_id?: number | null;
                status?: ("pending" | "running" | "succeeded" | "failed") | null;
                ticket_id?: number | null;
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
                    "application/json": components["schemas"]["DeliveryPageOut"];
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
    integrations_api_webhooks_get_delivery: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                delivery_id: number;
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
                    "application/json": components["schemas"]["DeliveryDetailOut"];
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
    integrations_api_webhooks_redeliver: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                delivery_id: number;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Accepted */
            202: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["DeliveryOut"];
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
    integrations_api_webhooks_get_webhook: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                webhook_id: number;
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
                    "application/json": components["schemas"]["WebhookOut"];
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
    integrations_api_webhooks_delete_webhook: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                webhook_id: number;
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
    integrations_api_webhooks_patch_webhook: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                webhook_id: number;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["WebhookPatchIn"];
            };
        };
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["WebhookOut"];
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
    integrations_api_webhooks_rotate_webhook_secret: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                webhook_id: number;
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
                    "application/json": components["schemas"]["WebhookSecretOut"];
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
    engine_workflows_api_list_workflow_templates: {
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
                    "application/json": components["schemas"]["TemplateOut"][];
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
    engine_workflows_api_use_workflow_template: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                template_key: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["TemplateUseIn"];
            };
        };
        responses: {
            /** @description Created */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["WorkflowOut"];
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
    engine_api_list_workflows: {
        parameters: {
            query?: {
                category?: string | null;
                q?: string | null;
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
                    "application/json": components["schemas"]["WorkflowOut"][];
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
    engine_api_create_workflow: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["WorkflowCreateIn"];
            };
        };
        responses: {
            /** @description Created */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["WorkflowOut"];
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
    engine_api_import_workflow: {
        parameters: {
            query?: {
                replace_draft?: boolean;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": Record<string, never>;
                "application/yaml": string;
            };
        };
        responses: {
            /** @description Created */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["WorkflowOut"];
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
    engine_api_get_workflow: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                workflow_id: number;
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
                    "application/json": components["schemas"]["WorkflowOut"];
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
    engine_api_delete_workflow: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                workflow_id: number;
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
    engine_api_patch_workflow: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                workflow_id: number;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["WorkflowPatchIn"];
            };
        };
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["WorkflowOut"];
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
    engine_api_clone_workflow: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                workflow_id: number;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CloneIn"];
            };
        };
        responses: {
            /** @description Created */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["WorkflowOut"];
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
    engine_api_diff_versions: {
        parameters: {
            query: {
                from: number;
                to: number;
            };
            header?: never;
            path: {
                workflow_id: number;
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
                    "application/json": components["schemas"]["DiffOut"];
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
    engine_api_get_draft: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                workflow_id: number;
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
                    "application/json": components["schemas"]["VersionOut"];
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
    engine_api_put_draft: {
        parameters: {
            query?: never;
            header: {
                /** @description The ETag (row version) you last read; 412 when it is stale. */
                "If-Match": string;
            };
            path: {
                workflow_id: number;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["DraftIn"];
            };
        };
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["VersionOut"];
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
            /** @description If-Match is stale */
            412: {
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
            /** @description If-Match is required */
            428: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorOut"];
                };
            };
        };
    };
    engine_api_export_workflow: {
        parameters: {
            query?: {
                format?: "json" | "yaml";
                version?: number | null;
            };
            header?: never;
            path: {
                workflow_id: number;
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
    engine_api_init_workflow: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                workflow_id: number;
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
                    "application/json": components["schemas"]["InitOut"];
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
    engine_api_publish_workflow: {
        parameters: {
            query?: never;
            header?: {
                /** @description The ETag (row version) you last read; 412 when it is stale. */
                "If-Match"?: string;
            };
            path: {
                workflow_id: number;
            };
            cookie?: never;
        };
        requestBody?: {
            content: {
                "application/json": components["schemas"]["PublishIn"];
            };
        };
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["VersionOut"];
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
            /** @description If-Match is stale */
            412: {
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
    engine_tickets_api_simulate_workflow: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                workflow_id: number;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["SimulateIn"];
            };
        };
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SimulationOut"];
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
    engine_api_workflow_statistics: {
        parameters: {
            query?: {
                days?: number;
            };
            header?: never;
            path: {
                workflow_id: number;
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
                    "application/json": components["schemas"]["StatisticsOut"];
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
    engine_api_validate_workflow: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                workflow_id: number;
            };
            cookie?: never;
        };
        requestBody?: {
            content: {
                "application/json": components["schemas"]["ValidateIn"];
            };
        };
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ValidationOut"];
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
    engine_api_list_versions: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                workflow_id: number;
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
                    "application/json": components["schemas"]["VersionSummaryOut"][];
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
    engine_api_get_version: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                workflow_id: number;
                number: number;
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
                    "application/json": components["schemas"]["VersionOut"];
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
    engine_api_archive_version: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                workflow_id: number;
                number: number;
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
                    "application/json": components["schemas"]["VersionOut"];
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
}
