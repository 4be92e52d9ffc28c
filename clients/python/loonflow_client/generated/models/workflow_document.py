from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from ..types import UNSET, Unset
from typing import cast

if TYPE_CHECKING:
  from ..models.audience import Audience
  from ..models.field_def import FieldDef
  from ..models.notification_rule import NotificationRule
  from ..models.state_def import StateDef
  from ..models.submit_limit import SubmitLimit
  from ..models.transition_def import TransitionDef
  from ..models.webhook_subscription import WebhookSubscription





T = TypeVar("T", bound="WorkflowDocument")



@_attrs_define
class WorkflowDocument:
    """ 
        Attributes:
            creators (Audience | Unset): Everyone in the tenant, or the union of the listed users, departments (members) and
                roles.
            fields (list[FieldDef] | Unset):
            intervenors (Audience | Unset): Everyone in the tenant, or the union of the listed users, departments (members)
                and roles.
            notifications (list[NotificationRule] | Unset):
            serial_prefix (str | Unset):  Default: 'TK'.
            states (list[StateDef] | Unset):
            submit_limit (None | SubmitLimit | Unset):
            title_template (str | Unset):  Default: '{workflow} {serial}'.
            transitions (list[TransitionDef] | Unset):
            viewers (Audience | Unset): Everyone in the tenant, or the union of the listed users, departments (members) and
                roles.
            webhooks (list[WebhookSubscription] | Unset):
     """

    creators: Audience | Unset = UNSET
    fields: list[FieldDef] | Unset = UNSET
    intervenors: Audience | Unset = UNSET
    notifications: list[NotificationRule] | Unset = UNSET
    serial_prefix: str | Unset = 'TK'
    states: list[StateDef] | Unset = UNSET
    submit_limit: None | SubmitLimit | Unset = UNSET
    title_template: str | Unset = '{workflow} {serial}'
    transitions: list[TransitionDef] | Unset = UNSET
    viewers: Audience | Unset = UNSET
    webhooks: list[WebhookSubscription] | Unset = UNSET





    def to_dict(self) -> dict[str, Any]:
        from ..models.audience import Audience # noqa: PLC0415
        from ..models.field_def import FieldDef # noqa: PLC0415
        from ..models.notification_rule import NotificationRule # noqa: PLC0415
        from ..models.state_def import StateDef # noqa: PLC0415
        from ..models.submit_limit import SubmitLimit # noqa: PLC0415
        from ..models.transition_def import TransitionDef # noqa: PLC0415
        from ..models.webhook_subscription import WebhookSubscription # noqa: PLC0415
        creators: dict[str, Any] | Unset = UNSET
        if not isinstance(self.creators, Unset):
            creators = self.creators.to_dict()

        fields: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.fields, Unset):
            fields = []
            for fields_item_data in self.fields:
                fields_item = fields_item_data.to_dict()
                fields.append(fields_item)



        intervenors: dict[str, Any] | Unset = UNSET
        if not isinstance(self.intervenors, Unset):
            intervenors = self.intervenors.to_dict()

        notifications: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.notifications, Unset):
            notifications = []
            for notifications_item_data in self.notifications:
                notifications_item = notifications_item_data.to_dict()
                notifications.append(notifications_item)



        serial_prefix = self.serial_prefix

        states: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.states, Unset):
            states = []
            for states_item_data in self.states:
                states_item = states_item_data.to_dict()
                states.append(states_item)



        submit_limit: dict[str, Any] | None | Unset
        if isinstance(self.submit_limit, Unset):
            submit_limit = UNSET
        elif isinstance(self.submit_limit, SubmitLimit):
            submit_limit = self.submit_limit.to_dict()
        else:
            submit_limit = self.submit_limit

        title_template = self.title_template

        transitions: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.transitions, Unset):
            transitions = []
            for transitions_item_data in self.transitions:
                transitions_item = transitions_item_data.to_dict()
                transitions.append(transitions_item)



        viewers: dict[str, Any] | Unset = UNSET
        if not isinstance(self.viewers, Unset):
            viewers = self.viewers.to_dict()

        webhooks: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.webhooks, Unset):
            webhooks = []
            for webhooks_item_data in self.webhooks:
                webhooks_item = webhooks_item_data.to_dict()
                webhooks.append(webhooks_item)




        field_dict: dict[str, Any] = {}

        field_dict.update({
        })
        if creators is not UNSET:
            field_dict["creators"] = creators
        if fields is not UNSET:
            field_dict["fields"] = fields
        if intervenors is not UNSET:
            field_dict["intervenors"] = intervenors
        if notifications is not UNSET:
            field_dict["notifications"] = notifications
        if serial_prefix is not UNSET:
            field_dict["serial_prefix"] = serial_prefix
        if states is not UNSET:
            field_dict["states"] = states
        if submit_limit is not UNSET:
            field_dict["submit_limit"] = submit_limit
        if title_template is not UNSET:
            field_dict["title_template"] = title_template
        if transitions is not UNSET:
            field_dict["transitions"] = transitions
        if viewers is not UNSET:
            field_dict["viewers"] = viewers
        if webhooks is not UNSET:
            field_dict["webhooks"] = webhooks

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.audience import Audience # noqa: PLC0415
        from ..models.field_def import FieldDef # noqa: PLC0415
        from ..models.notification_rule import NotificationRule # noqa: PLC0415
        from ..models.state_def import StateDef # noqa: PLC0415
        from ..models.submit_limit import SubmitLimit # noqa: PLC0415
        from ..models.transition_def import TransitionDef # noqa: PLC0415
        from ..models.webhook_subscription import WebhookSubscription # noqa: PLC0415
        d = dict(src_dict)
        _creators = d.pop("creators", UNSET)
        creators: Audience | Unset
        if isinstance(_creators,  Unset):
            creators = UNSET
        else:
            creators = Audience.from_dict(_creators)




        _fields = d.pop("fields", UNSET)
        fields: list[FieldDef] | Unset = UNSET
        if _fields is not UNSET:
            fields = []
            for fields_item_data in _fields:
                fields_item = FieldDef.from_dict(fields_item_data)



                fields.append(fields_item)


        _intervenors = d.pop("intervenors", UNSET)
        intervenors: Audience | Unset
        if isinstance(_intervenors,  Unset):
            intervenors = UNSET
        else:
            intervenors = Audience.from_dict(_intervenors)




        _notifications = d.pop("notifications", UNSET)
        notifications: list[NotificationRule] | Unset = UNSET
        if _notifications is not UNSET:
            notifications = []
            for notifications_item_data in _notifications:
                notifications_item = NotificationRule.from_dict(notifications_item_data)



                notifications.append(notifications_item)


        serial_prefix = d.pop("serial_prefix", UNSET)

        _states = d.pop("states", UNSET)
        states: list[StateDef] | Unset = UNSET
        if _states is not UNSET:
            states = []
            for states_item_data in _states:
                states_item = StateDef.from_dict(states_item_data)



                states.append(states_item)


        def _parse_submit_limit(data: object) -> None | SubmitLimit | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                submit_limit_type_0 = SubmitLimit.from_dict(data)



                return submit_limit_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | SubmitLimit | Unset, data)

        submit_limit = _parse_submit_limit(d.pop("submit_limit", UNSET))


        title_template = d.pop("title_template", UNSET)

        _transitions = d.pop("transitions", UNSET)
        transitions: list[TransitionDef] | Unset = UNSET
        if _transitions is not UNSET:
            transitions = []
            for transitions_item_data in _transitions:
                transitions_item = TransitionDef.from_dict(transitions_item_data)



                transitions.append(transitions_item)


        _viewers = d.pop("viewers", UNSET)
        viewers: Audience | Unset
        if isinstance(_viewers,  Unset):
            viewers = UNSET
        else:
            viewers = Audience.from_dict(_viewers)




        _webhooks = d.pop("webhooks", UNSET)
        webhooks: list[WebhookSubscription] | Unset = UNSET
        if _webhooks is not UNSET:
            webhooks = []
            for webhooks_item_data in _webhooks:
                webhooks_item = WebhookSubscription.from_dict(webhooks_item_data)



                webhooks.append(webhooks_item)


        workflow_document = cls(
            creators=creators,
            fields=fields,
            intervenors=intervenors,
            notifications=notifications,
            serial_prefix=serial_prefix,
            states=states,
            submit_limit=submit_limit,
            title_template=title_template,
            transitions=transitions,
            viewers=viewers,
            webhooks=webhooks,
        )

        return workflow_document

