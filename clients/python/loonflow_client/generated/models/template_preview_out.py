from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from typing import cast

if TYPE_CHECKING:
  from ..models.template_state_out import TemplateStateOut
  from ..models.template_transition_out import TemplateTransitionOut





T = TypeVar("T", bound="TemplatePreviewOut")



@_attrs_define
class TemplatePreviewOut:
    """ 
        Attributes:
            fields (list[str]): The form's field labels, in order.
            states (list[TemplateStateOut]):
            transitions (list[TemplateTransitionOut]):
     """

    fields: list[str]
    states: list[TemplateStateOut]
    transitions: list[TemplateTransitionOut]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)





    def to_dict(self) -> dict[str, Any]:
        from ..models.template_state_out import TemplateStateOut # noqa: PLC0415
        from ..models.template_transition_out import TemplateTransitionOut # noqa: PLC0415
        fields = self.fields



        states = []
        for states_item_data in self.states:
            states_item = states_item_data.to_dict()
            states.append(states_item)



        transitions = []
        for transitions_item_data in self.transitions:
            transitions_item = transitions_item_data.to_dict()
            transitions.append(transitions_item)




        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({
            "fields": fields,
            "states": states,
            "transitions": transitions,
        })

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.template_state_out import TemplateStateOut # noqa: PLC0415
        from ..models.template_transition_out import TemplateTransitionOut # noqa: PLC0415
        d = dict(src_dict)
        fields = cast(list[str], d.pop("fields"))


        states = []
        _states = d.pop("states")
        for states_item_data in (_states):
            states_item = TemplateStateOut.from_dict(states_item_data)



            states.append(states_item)


        transitions = []
        _transitions = d.pop("transitions")
        for transitions_item_data in (_transitions):
            transitions_item = TemplateTransitionOut.from_dict(transitions_item_data)



            transitions.append(transitions_item)


        template_preview_out = cls(
            fields=fields,
            states=states,
            transitions=transitions,
        )


        template_preview_out.additional_properties = d
        return template_preview_out

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
