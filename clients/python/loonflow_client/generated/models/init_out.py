from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from typing import cast

if TYPE_CHECKING:
  from ..models.init_field_out import InitFieldOut
  from ..models.init_state_out import InitStateOut
  from ..models.init_transition_out import InitTransitionOut





T = TypeVar("T", bound="InitOut")



@_attrs_define
class InitOut:
    """ 
        Attributes:
            can_create (bool):
            fields (list[InitFieldOut]):
            key (str):
            name (str):
            start_state (InitStateOut):
            transitions (list[InitTransitionOut]):
            version (int):
            workflow_id (int):
     """

    can_create: bool
    fields: list[InitFieldOut]
    key: str
    name: str
    start_state: InitStateOut
    transitions: list[InitTransitionOut]
    version: int
    workflow_id: int
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)





    def to_dict(self) -> dict[str, Any]:
        from ..models.init_field_out import InitFieldOut # noqa: PLC0415
        from ..models.init_state_out import InitStateOut # noqa: PLC0415
        from ..models.init_transition_out import InitTransitionOut # noqa: PLC0415
        can_create = self.can_create

        fields = []
        for fields_item_data in self.fields:
            fields_item = fields_item_data.to_dict()
            fields.append(fields_item)



        key = self.key

        name = self.name

        start_state = self.start_state.to_dict()

        transitions = []
        for transitions_item_data in self.transitions:
            transitions_item = transitions_item_data.to_dict()
            transitions.append(transitions_item)



        version = self.version

        workflow_id = self.workflow_id


        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({
            "can_create": can_create,
            "fields": fields,
            "key": key,
            "name": name,
            "start_state": start_state,
            "transitions": transitions,
            "version": version,
            "workflow_id": workflow_id,
        })

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.init_field_out import InitFieldOut # noqa: PLC0415
        from ..models.init_state_out import InitStateOut # noqa: PLC0415
        from ..models.init_transition_out import InitTransitionOut # noqa: PLC0415
        d = dict(src_dict)
        can_create = d.pop("can_create")

        fields = []
        _fields = d.pop("fields")
        for fields_item_data in (_fields):
            fields_item = InitFieldOut.from_dict(fields_item_data)



            fields.append(fields_item)


        key = d.pop("key")

        name = d.pop("name")

        start_state = InitStateOut.from_dict(d.pop("start_state"))




        transitions = []
        _transitions = d.pop("transitions")
        for transitions_item_data in (_transitions):
            transitions_item = InitTransitionOut.from_dict(transitions_item_data)



            transitions.append(transitions_item)


        version = d.pop("version")

        workflow_id = d.pop("workflow_id")

        init_out = cls(
            can_create=can_create,
            fields=fields,
            key=key,
            name=name,
            start_state=start_state,
            transitions=transitions,
            version=version,
            workflow_id=workflow_id,
        )


        init_out.additional_properties = d
        return init_out

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
