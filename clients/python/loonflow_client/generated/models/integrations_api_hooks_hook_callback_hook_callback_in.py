from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from ..models.integrations_api_hooks_hook_callback_hook_callback_in_decision_type_0 import IntegrationsApiHooksHookCallbackHookCallbackInDecisionType0
from ..types import UNSET, Unset
from typing import cast

if TYPE_CHECKING:
  from ..models.integrations_api_hooks_hook_callback_hook_callback_in_fields import IntegrationsApiHooksHookCallbackHookCallbackInFields





T = TypeVar("T", bound="IntegrationsApiHooksHookCallbackHookCallbackIn")



@_attrs_define
class IntegrationsApiHooksHookCallbackHookCallbackIn:
    """ The signed answer to a hook call that waits (`wait: true`).

        Attributes:
            call (str): The `call` key of the hook request (also sent as X-Loonflow-Delivery).
            comment (str | Unset):  Default: ''.
            decision (IntegrationsApiHooksHookCallbackHookCallbackInDecisionType0 | None | Unset): Take the state's agree or
                reject transition (hook transitions first).
            fields (IntegrationsApiHooksHookCallbackHookCallbackInFields | Unset): Field values to set first, by key.
            transition (None | str | Unset): Or take this transition out of the state, by key (instead of a `decision`).
     """

    call: str
    comment: str | Unset = ''
    decision: IntegrationsApiHooksHookCallbackHookCallbackInDecisionType0 | None | Unset = UNSET
    fields: IntegrationsApiHooksHookCallbackHookCallbackInFields | Unset = UNSET
    transition: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)





    def to_dict(self) -> dict[str, Any]:
        from ..models.integrations_api_hooks_hook_callback_hook_callback_in_fields import IntegrationsApiHooksHookCallbackHookCallbackInFields # noqa: PLC0415
        call = self.call

        comment = self.comment

        decision: None | str | Unset
        if isinstance(self.decision, Unset):
            decision = UNSET
        elif isinstance(self.decision, IntegrationsApiHooksHookCallbackHookCallbackInDecisionType0):
            decision = self.decision.value
        else:
            decision = self.decision

        fields: dict[str, Any] | Unset = UNSET
        if not isinstance(self.fields, Unset):
            fields = self.fields.to_dict()

        transition: None | str | Unset
        if isinstance(self.transition, Unset):
            transition = UNSET
        else:
            transition = self.transition


        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({
            "call": call,
        })
        if comment is not UNSET:
            field_dict["comment"] = comment
        if decision is not UNSET:
            field_dict["decision"] = decision
        if fields is not UNSET:
            field_dict["fields"] = fields
        if transition is not UNSET:
            field_dict["transition"] = transition

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.integrations_api_hooks_hook_callback_hook_callback_in_fields import IntegrationsApiHooksHookCallbackHookCallbackInFields # noqa: PLC0415
        d = dict(src_dict)
        call = d.pop("call")

        comment = d.pop("comment", UNSET)

        def _parse_decision(data: object) -> IntegrationsApiHooksHookCallbackHookCallbackInDecisionType0 | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                decision_type_0 = IntegrationsApiHooksHookCallbackHookCallbackInDecisionType0(data)



                return decision_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(IntegrationsApiHooksHookCallbackHookCallbackInDecisionType0 | None | Unset, data)

        decision = _parse_decision(d.pop("decision", UNSET))


        _fields = d.pop("fields", UNSET)
        fields: IntegrationsApiHooksHookCallbackHookCallbackInFields | Unset
        if isinstance(_fields,  Unset):
            fields = UNSET
        else:
            fields = IntegrationsApiHooksHookCallbackHookCallbackInFields.from_dict(_fields)




        def _parse_transition(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        transition = _parse_transition(d.pop("transition", UNSET))


        integrations_api_hooks_hook_callback_hook_callback_in = cls(
            call=call,
            comment=comment,
            decision=decision,
            fields=fields,
            transition=transition,
        )


        integrations_api_hooks_hook_callback_hook_callback_in.additional_properties = d
        return integrations_api_hooks_hook_callback_hook_callback_in

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> Any:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: Any) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties
