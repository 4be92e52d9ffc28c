"""Operation ids are part of the v1 contract: generated clients name their methods after them.
ninja derives an id from the view's module path; endpoints that moved when the code was arranged
into areas keep the id they were published with (derived id -> published id). New endpoints need
no entry."""

PINNED_IDS: dict[str, str] = {
    "core_access_api_create_app": "core_api_apps_create_app",
    "core_access_api_delete_app": "core_api_apps_delete_app",
    "core_access_api_get_app": "core_api_apps_get_app",
    "core_access_api_issue_token": "core_api_apps_issue_token",
    "core_access_api_list_apps": "core_api_apps_list_apps",
    "core_access_api_list_grants": "core_api_apps_list_grants",
    "core_access_api_list_tokens": "core_api_apps_list_tokens",
    "core_access_api_patch_app": "core_api_apps_patch_app",
    "core_access_api_revoke_token": "core_api_apps_revoke_token",
    "core_access_api_rotate_signing_secret": "core_api_apps_rotate_signing_secret",
    "core_access_api_set_grants": "core_api_apps_set_grants",
    "core_directory_api_auth_login": "core_api_auth_auth_login",
    "core_directory_api_auth_logout": "core_api_auth_auth_logout",
    "core_directory_api_create_department": "core_api_directory_create_department",
    "core_directory_api_create_role": "core_api_directory_create_role",
    "core_directory_api_create_user": "core_api_directory_create_user",
    "core_directory_api_csrf": "core_api_auth_csrf",
    "core_directory_api_delete_department": "core_api_directory_delete_department",
    "core_directory_api_delete_role": "core_api_directory_delete_role",
    "core_directory_api_delete_user": "core_api_directory_delete_user",
    "core_directory_api_get_department": "core_api_directory_get_department",
    "core_directory_api_get_role": "core_api_directory_get_role",
    "core_directory_api_get_user": "core_api_directory_get_user",
    "core_directory_api_last_sync": "core_api_directory_last_sync",
    "core_directory_api_list_departments": "core_api_directory_list_departments",
    "core_directory_api_list_roles": "core_api_directory_list_roles",
    "core_directory_api_list_users": "core_api_directory_list_users",
    "core_directory_api_me": "core_api_auth_me",
    "core_directory_api_patch_department": "core_api_directory_patch_department",
    "core_directory_api_patch_role": "core_api_directory_patch_role",
    "core_directory_api_patch_user": "core_api_directory_patch_user",
    "core_directory_api_sync_directory": "core_api_directory_sync_directory",
}
