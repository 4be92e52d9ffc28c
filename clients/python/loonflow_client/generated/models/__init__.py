""" Contains all the data models used in inputs/outputs """

from .action_out import ActionOut
from .app_create_in import AppCreateIn
from .app_out import AppOut
from .app_patch_in import AppPatchIn
from .attachment_out import AttachmentOut
from .audience import Audience
from .audit_broken_out import AuditBrokenOut
from .audit_export_query import AuditExportQuery
from .audit_export_query_format import AuditExportQueryFormat
from .audit_list_query import AuditListQuery
from .audit_page_out import AuditPageOut
from .audit_record_out import AuditRecordOut
from .audit_record_out_after_type_0 import AuditRecordOutAfterType0
from .audit_record_out_before_type_0 import AuditRecordOutBeforeType0
from .audit_verify_out import AuditVerifyOut
from .backlog_person_out import BacklogPersonOut
from .backlog_state_out import BacklogStateOut
from .branch import Branch
from .branch_condition_type_0 import BranchConditionType0
from .branch_out import BranchOut
from .bulk_error_out import BulkErrorOut
from .bulk_handle_in import BulkHandleIn
from .bulk_handle_in_attribute_type_0 import BulkHandleInAttributeType0
from .bulk_handle_out import BulkHandleOut
from .bulk_result_out import BulkResultOut
from .bulk_ticket_in import BulkTicketIn
from .calendar_in import CalendarIn
from .calendar_out import CalendarOut
from .change_out import ChangeOut
from .change_out_op import ChangeOutOp
from .channel_test_in import ChannelTestIn
from .channel_test_out import ChannelTestOut
from .channel_test_out_status import ChannelTestOutStatus
from .checklist_dismiss_in import ChecklistDismissIn
from .checklist_item_out import ChecklistItemOut
from .checklist_item_out_key import ChecklistItemOutKey
from .checklist_out import ChecklistOut
from .choice import Choice
from .clone_in import CloneIn
from .comment_in import CommentIn
from .compat_app_create_in import CompatAppCreateIn
from .compat_app_issued_out import CompatAppIssuedOut
from .compat_app_out import CompatAppOut
from .compat_app_patch_in import CompatAppPatchIn
from .compat_settings_in import CompatSettingsIn
from .compat_settings_out import CompatSettingsOut
from .compat_token_out import CompatTokenOut
from .consult_reply_in import ConsultReplyIn
from .core_audit_api_export_audit_format import CoreAuditApiExportAuditFormat
from .countersign import Countersign
from .countersign_mode import CountersignMode
from .csrf_out import CsrfOut
from .dashboard_day_out import DashboardDayOut
from .dashboard_out import DashboardOut
from .dashboard_summary_out import DashboardSummaryOut
from .day_breaches_out import DayBreachesOut
from .day_count_out import DayCountOut
from .delegation_in import DelegationIn
from .delegation_list_params import DelegationListParams
from .delegation_out import DelegationOut
from .delegation_page_out import DelegationPageOut
from .delegation_person_out import DelegationPersonOut
from .delivery_attempt_out import DeliveryAttemptOut
from .delivery_detail_out import DeliveryDetailOut
from .delivery_detail_out_payload import DeliveryDetailOutPayload
from .delivery_list_params import DeliveryListParams
from .delivery_list_params_status_type_0 import DeliveryListParamsStatusType0
from .delivery_out import DeliveryOut
from .delivery_page_out import DeliveryPageOut
from .department_create_in import DepartmentCreateIn
from .department_out import DepartmentOut
from .department_patch_in import DepartmentPatchIn
from .department_scope import DepartmentScope
from .diff_out import DiffOut
from .directory_sync_in import DirectorySyncIn
from .directory_sync_last_out import DirectorySyncLastOut
from .directory_sync_out import DirectorySyncOut
from .distribution import Distribution
from .distribution_kind import DistributionKind
from .draft_in import DraftIn
from .due_out import DueOut
from .due_out_clock import DueOutClock
from .due_params import DueParams
from .due_params_clock import DueParamsClock
from .engine_api_export_workflow_format import EngineApiExportWorkflowFormat
from .engine_api_import_workflow_json_body import EngineApiImportWorkflowJsonBody
from .engine_calendars_api_calendar_due_clock import EngineCalendarsApiCalendarDueClock
from .engine_ticketlists_api_export_tickets_format import EngineTicketlistsApiExportTicketsFormat
from .engine_tickets_api_tenant_statistics_csv_chart import EngineTicketsApiTenantStatisticsCsvChart
from .engine_tickets_attachments_api_upload_attachment_file_params import EngineTicketsAttachmentsApiUploadAttachmentFileParams
from .error_body import ErrorBody
from .error_out import ErrorOut
from .export_params import ExportParams
from .export_params_format import ExportParamsFormat
from .field_change_out import FieldChangeOut
from .field_def import FieldDef
from .field_permission import FieldPermission
from .field_type import FieldType
from .field_validation import FieldValidation
from .field_value_out import FieldValueOut
from .fields_in import FieldsIn
from .fields_in_fields import FieldsInFields
from .flow_log_out import FlowLogOut
from .flow_log_out_changed_fields import FlowLogOutChangedFields
from .force_state_in import ForceStateIn
from .grant_in import GrantIn
from .grant_out import GrantOut
from .grants_in import GrantsIn
from .handler_out import HandlerOut
from .holiday_import_in import HolidayImportIn
from .holiday_import_out import HolidayImportOut
from .holiday_in import HolidayIn
from .holiday_out import HolidayOut
from .hook_call import HookCall
from .hook_ticket_out import HookTicketOut
from .inbox_item_out import InboxItemOut
from .inbox_item_out_kind import InboxItemOutKind
from .inbox_page_out import InboxPageOut
from .inbox_query import InboxQuery
from .inbox_ticket_out import InboxTicketOut
from .init_field_out import InitFieldOut
from .init_out import InitOut
from .init_state_out import InitStateOut
from .init_transition_out import InitTransitionOut
from .integration_settings_in import IntegrationSettingsIn
from .integration_settings_out import IntegrationSettingsOut
from .integrations_api_hooks_hook_callback_hook_callback_in import IntegrationsApiHooksHookCallbackHookCallbackIn
from .integrations_api_hooks_hook_callback_hook_callback_in_decision_type_0 import IntegrationsApiHooksHookCallbackHookCallbackInDecisionType0
from .integrations_api_hooks_hook_callback_hook_callback_in_fields import IntegrationsApiHooksHookCallbackHookCallbackInFields
from .integrations_api_notifications_list_notifications_status_type_0 import IntegrationsApiNotificationsListNotificationsStatusType0
from .integrations_api_webhooks_list_deliveries_status_type_0 import IntegrationsApiWebhooksListDeliveriesStatusType0
from .interval_in import IntervalIn
from .interval_out import IntervalOut
from .ldap_run_out import LdapRunOut
from .ldap_run_out_skipped_item import LdapRunOutSkippedItem
from .ldap_run_out_status import LdapRunOutStatus
from .ldap_run_out_summary import LdapRunOutSummary
from .ldap_run_out_trigger import LdapRunOutTrigger
from .ldap_source_in import LdapSourceIn
from .ldap_source_in_attributes import LdapSourceInAttributes
from .ldap_source_in_department_source import LdapSourceInDepartmentSource
from .ldap_source_in_role_map import LdapSourceInRoleMap
from .ldap_source_out import LdapSourceOut
from .ldap_source_out_attributes import LdapSourceOutAttributes
from .ldap_source_out_department_source import LdapSourceOutDepartmentSource
from .ldap_source_out_role_map import LdapSourceOutRoleMap
from .ldap_source_patch_in import LdapSourcePatchIn
from .ldap_source_patch_in_attributes_type_0 import LdapSourcePatchInAttributesType0
from .ldap_source_patch_in_department_source_type_0 import LdapSourcePatchInDepartmentSourceType0
from .ldap_source_patch_in_role_map_type_0 import LdapSourcePatchInRoleMapType0
from .link_done_out import LinkDoneOut
from .link_in import LinkIn
from .link_out import LinkOut
from .link_person_out import LinkPersonOut
from .link_ticket_out import LinkTicketOut
from .link_transition_out import LinkTransitionOut
from .link_transition_out_attribute import LinkTransitionOutAttribute
from .link_use_in import LinkUseIn
from .login_in import LoginIn
from .login_options_out import LoginOptionsOut
from .login_provider_out import LoginProviderOut
from .logout_out import LogoutOut
from .marked_out import MarkedOut
from .me_out import MeOut
from .me_patch_in import MePatchIn
from .me_patch_in_language_type_0 import MePatchInLanguageType0
from .my_step_out import MyStepOut
from .notification_channel_in import NotificationChannelIn
from .notification_channel_in_config import NotificationChannelInConfig
from .notification_channel_in_kind import NotificationChannelInKind
from .notification_channel_out import NotificationChannelOut
from .notification_channel_out_config import NotificationChannelOutConfig
from .notification_channel_patch_in import NotificationChannelPatchIn
from .notification_channel_patch_in_config_type_0 import NotificationChannelPatchInConfigType0
from .notification_channel_patch_in_kind_type_0 import NotificationChannelPatchInKindType0
from .notification_list_params import NotificationListParams
from .notification_list_params_status_type_0 import NotificationListParamsStatusType0
from .notification_out import NotificationOut
from .notification_page_out import NotificationPageOut
from .notification_rule import NotificationRule
from .optional_comment_in import OptionalCommentIn
from .participant import Participant
from .participant_kind import ParticipantKind
from .pass_on_in import PassOnIn
from .password_change_in import PasswordChangeIn
from .password_rule_out import PasswordRuleOut
from .password_rules_out import PasswordRulesOut
from .person_out import PersonOut
from .personal_token_admin_out import PersonalTokenAdminOut
from .personal_token_create_in import PersonalTokenCreateIn
from .personal_token_filters import PersonalTokenFilters
from .personal_token_issued_out import PersonalTokenIssuedOut
from .personal_token_out import PersonalTokenOut
from .position import Position
from .position_out import PositionOut
from .preferences_in import PreferencesIn
from .preferences_in_channels import PreferencesInChannels
from .preferences_in_channels_additional_property_item import PreferencesInChannelsAdditionalPropertyItem
from .preferences_out import PreferencesOut
from .preferences_out_channels import PreferencesOutChannels
from .preferences_out_channels_additional_property_item import PreferencesOutChannelsAdditionalPropertyItem
from .problem_out import ProblemOut
from .problem_out_severity import ProblemOutSeverity
from .provider_in import ProviderIn
from .provider_in_department_map import ProviderInDepartmentMap
from .provider_in_match_claim import ProviderInMatchClaim
from .provider_in_role_map import ProviderInRoleMap
from .provider_out import ProviderOut
from .provider_out_department_map import ProviderOutDepartmentMap
from .provider_out_discovery_status import ProviderOutDiscoveryStatus
from .provider_out_role_map import ProviderOutRoleMap
from .provider_patch_in import ProviderPatchIn
from .provider_patch_in_department_map import ProviderPatchInDepartmentMap
from .provider_patch_in_match_claim import ProviderPatchInMatchClaim
from .provider_patch_in_role_map import ProviderPatchInRoleMap
from .publish_in import PublishIn
from .quick_transition_out import QuickTransitionOut
from .recipient import Recipient
from .ref_out import RefOut
from .retry_out import RetryOut
from .role_create_in import RoleCreateIn
from .role_out import RoleOut
from .role_patch_in import RolePatchIn
from .saved_query_in import SavedQueryIn
from .saved_view_in import SavedViewIn
from .saved_view_out import SavedViewOut
from .saved_view_patch_in import SavedViewPatchIn
from .scim_token_created_out import ScimTokenCreatedOut
from .scim_token_in import ScimTokenIn
from .scim_token_out import ScimTokenOut
from .script_in import ScriptIn
from .script_out import ScriptOut
from .script_patch_in import ScriptPatchIn
from .script_run_list_params import ScriptRunListParams
from .script_run_out import ScriptRunOut
from .script_run_out_result import ScriptRunOutResult
from .script_run_page_out import ScriptRunPageOut
from .script_summary_out import ScriptSummaryOut
from .settings_secret_out import SettingsSecretOut
from .signing_secret_out import SigningSecretOut
from .simulate_in import SimulateIn
from .simulate_in_choices import SimulateInChoices
from .simulate_in_values import SimulateInValues
from .simulated_distribution_out import SimulatedDistributionOut
from .simulated_hook_out import SimulatedHookOut
from .simulated_sla_out import SimulatedSlaOut
from .simulated_sla_out_clock_type_0 import SimulatedSlaOutClockType0
from .simulated_step_out import SimulatedStepOut
from .simulated_subtickets_out import SimulatedSubticketsOut
from .simulated_timer_out import SimulatedTimerOut
from .simulated_timer_out_clock_type_0 import SimulatedTimerOutClockType0
from .simulation_out import SimulationOut
from .simulation_out_outcome import SimulationOutOutcome
from .sla import Sla
from .sla_action import SlaAction
from .sla_clock_type_0 import SlaClockType0
from .sla_due_out import SlaDueOut
from .slow_state_out import SlowStateOut
from .sso_settings_in import SsoSettingsIn
from .sso_settings_out import SsoSettingsOut
from .state_breaches_out import StateBreachesOut
from .state_def import StateDef
from .state_def_field_permissions import StateDefFieldPermissions
from .state_ref_out import StateRefOut
from .state_time_out import StateTimeOut
from .state_type import StateType
from .statistics_out import StatisticsOut
from .statistics_out_by_status import StatisticsOutByStatus
from .step_branch_out import StepBranchOut
from .step_out import StepOut
from .steps_out import StepsOut
from .submit_limit import SubmitLimit
from .subprocess import Subprocess
from .subprocess_continue_on import SubprocessContinueOn
from .subprocess_values import SubprocessValues
from .subprocess_when_none import SubprocessWhenNone
from .sync_counts import SyncCounts
from .sync_department_in import SyncDepartmentIn
from .sync_role_in import SyncRoleIn
from .sync_user_in import SyncUserIn
from .template_out import TemplateOut
from .template_preview_out import TemplatePreviewOut
from .template_state_out import TemplateStateOut
from .template_state_out_position_type_0 import TemplateStateOutPositionType0
from .template_transition_out import TemplateTransitionOut
from .template_use_in import TemplateUseIn
from .ticket_counts_out import TicketCountsOut
from .ticket_create_in import TicketCreateIn
from .ticket_create_in_fields import TicketCreateInFields
from .ticket_detail_out import TicketDetailOut
from .ticket_handle_in import TicketHandleIn
from .ticket_handle_in_fields import TicketHandleInFields
from .ticket_list_params import TicketListParams
from .ticket_page_out import TicketPageOut
from .ticket_query import TicketQuery
from .ticket_state_out import TicketStateOut
from .ticket_summary_out import TicketSummaryOut
from .token_create_in import TokenCreateIn
from .token_issued_out import TokenIssuedOut
from .token_out import TokenOut
from .transition_attribute import TransitionAttribute
from .transition_def import TransitionDef
from .transition_def_condition_type_0 import TransitionDefConditionType0
from .transition_def_timer_clock_type_0 import TransitionDefTimerClockType0
from .transition_kind import TransitionKind
from .transition_ref_out import TransitionRefOut
from .unread_count_out import UnreadCountOut
from .user_create_in import UserCreateIn
from .user_out import UserOut
from .user_page_out import UserPageOut
from .user_patch_in import UserPatchIn
from .validate_in import ValidateIn
from .validation_out import ValidationOut
from .variable import Variable
from .version_out import VersionOut
from .version_summary_out import VersionSummaryOut
from .waiting_out import WaitingOut
from .webhook_created_out import WebhookCreatedOut
from .webhook_in import WebhookIn
from .webhook_out import WebhookOut
from .webhook_patch_in import WebhookPatchIn
from .webhook_secret_out import WebhookSecretOut
from .webhook_subscription import WebhookSubscription
from .workday_in import WorkdayIn
from .workday_out import WorkdayOut
from .workflow_breaches_out import WorkflowBreachesOut
from .workflow_create_in import WorkflowCreateIn
from .workflow_document import WorkflowDocument
from .workflow_event import WorkflowEvent
from .workflow_out import WorkflowOut
from .workflow_patch_in import WorkflowPatchIn
from .workflow_ref_out import WorkflowRefOut

__all__ = (
    "ActionOut",
    "AppCreateIn",
    "AppOut",
    "AppPatchIn",
    "AttachmentOut",
    "Audience",
    "AuditBrokenOut",
    "AuditExportQuery",
    "AuditExportQueryFormat",
    "AuditListQuery",
    "AuditPageOut",
    "AuditRecordOut",
    "AuditRecordOutAfterType0",
    "AuditRecordOutBeforeType0",
    "AuditVerifyOut",
    "BacklogPersonOut",
    "BacklogStateOut",
    "Branch",
    "BranchConditionType0",
    "BranchOut",
    "BulkErrorOut",
    "BulkHandleIn",
    "BulkHandleInAttributeType0",
    "BulkHandleOut",
    "BulkResultOut",
    "BulkTicketIn",
    "CalendarIn",
    "CalendarOut",
    "ChangeOut",
    "ChangeOutOp",
    "ChannelTestIn",
    "ChannelTestOut",
    "ChannelTestOutStatus",
    "ChecklistDismissIn",
    "ChecklistItemOut",
    "ChecklistItemOutKey",
    "ChecklistOut",
    "Choice",
    "CloneIn",
    "CommentIn",
    "CompatAppCreateIn",
    "CompatAppIssuedOut",
    "CompatAppOut",
    "CompatAppPatchIn",
    "CompatSettingsIn",
    "CompatSettingsOut",
    "CompatTokenOut",
    "ConsultReplyIn",
    "CoreAuditApiExportAuditFormat",
    "Countersign",
    "CountersignMode",
    "CsrfOut",
    "DashboardDayOut",
    "DashboardOut",
    "DashboardSummaryOut",
    "DayBreachesOut",
    "DayCountOut",
    "DelegationIn",
    "DelegationListParams",
    "DelegationOut",
    "DelegationPageOut",
    "DelegationPersonOut",
    "DeliveryAttemptOut",
    "DeliveryDetailOut",
    "DeliveryDetailOutPayload",
    "DeliveryListParams",
    "DeliveryListParamsStatusType0",
    "DeliveryOut",
    "DeliveryPageOut",
    "DepartmentCreateIn",
    "DepartmentOut",
    "DepartmentPatchIn",
    "DepartmentScope",
    "DiffOut",
    "DirectorySyncIn",
    "DirectorySyncLastOut",
    "DirectorySyncOut",
    "Distribution",
    "DistributionKind",
    "DraftIn",
    "DueOut",
    "DueOutClock",
    "DueParams",
    "DueParamsClock",
    "EngineApiExportWorkflowFormat",
    "EngineApiImportWorkflowJsonBody",
    "EngineCalendarsApiCalendarDueClock",
    "EngineTicketlistsApiExportTicketsFormat",
    "EngineTicketsApiTenantStatisticsCsvChart",
    "EngineTicketsAttachmentsApiUploadAttachmentFileParams",
    "ErrorBody",
    "ErrorOut",
    "ExportParams",
    "ExportParamsFormat",
    "FieldChangeOut",
    "FieldDef",
    "FieldPermission",
    "FieldsIn",
    "FieldsInFields",
    "FieldType",
    "FieldValidation",
    "FieldValueOut",
    "FlowLogOut",
    "FlowLogOutChangedFields",
    "ForceStateIn",
    "GrantIn",
    "GrantOut",
    "GrantsIn",
    "HandlerOut",
    "HolidayImportIn",
    "HolidayImportOut",
    "HolidayIn",
    "HolidayOut",
    "HookCall",
    "HookTicketOut",
    "InboxItemOut",
    "InboxItemOutKind",
    "InboxPageOut",
    "InboxQuery",
    "InboxTicketOut",
    "InitFieldOut",
    "InitOut",
    "InitStateOut",
    "InitTransitionOut",
    "IntegrationsApiHooksHookCallbackHookCallbackIn",
    "IntegrationsApiHooksHookCallbackHookCallbackInDecisionType0",
    "IntegrationsApiHooksHookCallbackHookCallbackInFields",
    "IntegrationsApiNotificationsListNotificationsStatusType0",
    "IntegrationsApiWebhooksListDeliveriesStatusType0",
    "IntegrationSettingsIn",
    "IntegrationSettingsOut",
    "IntervalIn",
    "IntervalOut",
    "LdapRunOut",
    "LdapRunOutSkippedItem",
    "LdapRunOutStatus",
    "LdapRunOutSummary",
    "LdapRunOutTrigger",
    "LdapSourceIn",
    "LdapSourceInAttributes",
    "LdapSourceInDepartmentSource",
    "LdapSourceInRoleMap",
    "LdapSourceOut",
    "LdapSourceOutAttributes",
    "LdapSourceOutDepartmentSource",
    "LdapSourceOutRoleMap",
    "LdapSourcePatchIn",
    "LdapSourcePatchInAttributesType0",
    "LdapSourcePatchInDepartmentSourceType0",
    "LdapSourcePatchInRoleMapType0",
    "LinkDoneOut",
    "LinkIn",
    "LinkOut",
    "LinkPersonOut",
    "LinkTicketOut",
    "LinkTransitionOut",
    "LinkTransitionOutAttribute",
    "LinkUseIn",
    "LoginIn",
    "LoginOptionsOut",
    "LoginProviderOut",
    "LogoutOut",
    "MarkedOut",
    "MeOut",
    "MePatchIn",
    "MePatchInLanguageType0",
    "MyStepOut",
    "NotificationChannelIn",
    "NotificationChannelInConfig",
    "NotificationChannelInKind",
    "NotificationChannelOut",
    "NotificationChannelOutConfig",
    "NotificationChannelPatchIn",
    "NotificationChannelPatchInConfigType0",
    "NotificationChannelPatchInKindType0",
    "NotificationListParams",
    "NotificationListParamsStatusType0",
    "NotificationOut",
    "NotificationPageOut",
    "NotificationRule",
    "OptionalCommentIn",
    "Participant",
    "ParticipantKind",
    "PassOnIn",
    "PasswordChangeIn",
    "PasswordRuleOut",
    "PasswordRulesOut",
    "PersonalTokenAdminOut",
    "PersonalTokenCreateIn",
    "PersonalTokenFilters",
    "PersonalTokenIssuedOut",
    "PersonalTokenOut",
    "PersonOut",
    "Position",
    "PositionOut",
    "PreferencesIn",
    "PreferencesInChannels",
    "PreferencesInChannelsAdditionalPropertyItem",
    "PreferencesOut",
    "PreferencesOutChannels",
    "PreferencesOutChannelsAdditionalPropertyItem",
    "ProblemOut",
    "ProblemOutSeverity",
    "ProviderIn",
    "ProviderInDepartmentMap",
    "ProviderInMatchClaim",
    "ProviderInRoleMap",
    "ProviderOut",
    "ProviderOutDepartmentMap",
    "ProviderOutDiscoveryStatus",
    "ProviderOutRoleMap",
    "ProviderPatchIn",
    "ProviderPatchInDepartmentMap",
    "ProviderPatchInMatchClaim",
    "ProviderPatchInRoleMap",
    "PublishIn",
    "QuickTransitionOut",
    "Recipient",
    "RefOut",
    "RetryOut",
    "RoleCreateIn",
    "RoleOut",
    "RolePatchIn",
    "SavedQueryIn",
    "SavedViewIn",
    "SavedViewOut",
    "SavedViewPatchIn",
    "ScimTokenCreatedOut",
    "ScimTokenIn",
    "ScimTokenOut",
    "ScriptIn",
    "ScriptOut",
    "ScriptPatchIn",
    "ScriptRunListParams",
    "ScriptRunOut",
    "ScriptRunOutResult",
    "ScriptRunPageOut",
    "ScriptSummaryOut",
    "SettingsSecretOut",
    "SigningSecretOut",
    "SimulatedDistributionOut",
    "SimulatedHookOut",
    "SimulatedSlaOut",
    "SimulatedSlaOutClockType0",
    "SimulatedStepOut",
    "SimulatedSubticketsOut",
    "SimulatedTimerOut",
    "SimulatedTimerOutClockType0",
    "SimulateIn",
    "SimulateInChoices",
    "SimulateInValues",
    "SimulationOut",
    "SimulationOutOutcome",
    "Sla",
    "SlaAction",
    "SlaClockType0",
    "SlaDueOut",
    "SlowStateOut",
    "SsoSettingsIn",
    "SsoSettingsOut",
    "StateBreachesOut",
    "StateDef",
    "StateDefFieldPermissions",
    "StateRefOut",
    "StateTimeOut",
    "StateType",
    "StatisticsOut",
    "StatisticsOutByStatus",
    "StepBranchOut",
    "StepOut",
    "StepsOut",
    "SubmitLimit",
    "Subprocess",
    "SubprocessContinueOn",
    "SubprocessValues",
    "SubprocessWhenNone",
    "SyncCounts",
    "SyncDepartmentIn",
    "SyncRoleIn",
    "SyncUserIn",
    "TemplateOut",
    "TemplatePreviewOut",
    "TemplateStateOut",
    "TemplateStateOutPositionType0",
    "TemplateTransitionOut",
    "TemplateUseIn",
    "TicketCountsOut",
    "TicketCreateIn",
    "TicketCreateInFields",
    "TicketDetailOut",
    "TicketHandleIn",
    "TicketHandleInFields",
    "TicketListParams",
    "TicketPageOut",
    "TicketQuery",
    "TicketStateOut",
    "TicketSummaryOut",
    "TokenCreateIn",
    "TokenIssuedOut",
    "TokenOut",
    "TransitionAttribute",
    "TransitionDef",
    "TransitionDefConditionType0",
    "TransitionDefTimerClockType0",
    "TransitionKind",
    "TransitionRefOut",
    "UnreadCountOut",
    "UserCreateIn",
    "UserOut",
    "UserPageOut",
    "UserPatchIn",
    "ValidateIn",
    "ValidationOut",
    "Variable",
    "VersionOut",
    "VersionSummaryOut",
    "WaitingOut",
    "WebhookCreatedOut",
    "WebhookIn",
    "WebhookOut",
    "WebhookPatchIn",
    "WebhookSecretOut",
    "WebhookSubscription",
    "WorkdayIn",
    "WorkdayOut",
    "WorkflowBreachesOut",
    "WorkflowCreateIn",
    "WorkflowDocument",
    "WorkflowEvent",
    "WorkflowOut",
    "WorkflowPatchIn",
    "WorkflowRefOut",
)
