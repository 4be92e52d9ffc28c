from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from ..types import UNSET, Unset
from typing import cast

if TYPE_CHECKING:
  from ..models.simulate_in_choices import SimulateInChoices
  from ..models.simulate_in_values import SimulateInValues
  from ..models.workflow_document import WorkflowDocument





T = TypeVar("T", bound="SimulateIn")



@_attrs_define
class SimulateIn:
    """ 
        Attributes:
            choices (SimulateInChoices | Unset): The transition to take in a state (by key), where the default would not do.
            creator (int | None | Unset): The creator's user id (default: you).
            document (None | Unset | WorkflowDocument): Simulate this document instead (the designer's unsaved edits);
                `version` is ignored.
            max_steps (int | Unset): Stop after this many states. Default: 200.
            values (SimulateInValues | Unset): Field values by key, checked as a create would.
            version (int | None | Unset): Simulate this version (default: the draft).
     """

    choices: SimulateInChoices | Unset = UNSET
    creator: int | None | Unset = UNSET
    document: None | Unset | WorkflowDocument = UNSET
    max_steps: int | Unset = 200
    values: SimulateInValues | Unset = UNSET
    version: int | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)





    def to_dict(self) -> dict[str, Any]:
        from ..models.simulate_in_choices import SimulateInChoices # noqa: PLC0415
        from ..models.simulate_in_values import SimulateInValues # noqa: PLC0415
        from ..models.workflow_document import WorkflowDocument # noqa: PLC0415
        choices: dict[str, Any] | Unset = UNSET
        if not isinstance(self.choices, Unset):
            choices = self.choices.to_dict()

        creator: int | None | Unset
        if isinstance(self.creator, Unset):
            creator = UNSET
        else:
            creator = self.creator

        document: dict[str, Any] | None | Unset
        if isinstance(self.document, Unset):
            document = UNSET
        elif isinstance(self.document, WorkflowDocument):
            document = self.document.to_dict()
        else:
            document = self.document

        max_steps = self.max_steps

        values: dict[str, Any] | Unset = UNSET
        if not isinstance(self.values, Unset):
            values = self.values.to_dict()

        version: int | None | Unset
        if isinstance(self.version, Unset):
            version = UNSET
        else:
            version = self.version


        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({
        })
        if choices is not UNSET:
            field_dict["choices"] = choices
        if creator is not UNSET:
            field_dict["creator"] = creator
        if document is not UNSET:
            field_dict["document"] = document
        if max_steps is not UNSET:
            field_dict["max_steps"] = max_steps
        if values is not UNSET:
            field_dict["values"] = values
        if version is not UNSET:
            field_dict["version"] = version

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.simulate_in_choices import SimulateInChoices # noqa: PLC0415
        from ..models.simulate_in_values import SimulateInValues # noqa: PLC0415
        from ..models.workflow_document import WorkflowDocument # noqa: PLC0415
        d = dict(src_dict)
        _choices = d.pop("choices", UNSET)
        choices: SimulateInChoices | Unset
        if isinstance(_choices,  Unset):
            choices = UNSET
        else:
            choices = SimulateInChoices.from_dict(_choices)




        def _parse_creator(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        creator = _parse_creator(d.pop("creator", UNSET))


        def _parse_document(data: object) -> None | Unset | WorkflowDocument:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                document_type_0 = WorkflowDocument.from_dict(data)



                return document_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | Unset | WorkflowDocument, data)

        document = _parse_document(d.pop("document", UNSET))


        max_steps = d.pop("max_steps", UNSET)

        _values = d.pop("values", UNSET)
        values: SimulateInValues | Unset
        if isinstance(_values,  Unset):
            values = UNSET
        else:
            values = SimulateInValues.from_dict(_values)




        def _parse_version(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        version = _parse_version(d.pop("version", UNSET))


        simulate_in = cls(
            choices=choices,
            creator=creator,
            document=document,
            max_steps=max_steps,
            values=values,
            version=version,
        )


        simulate_in.additional_properties = d
        return simulate_in

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
