from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from ..types import UNSET, Unset
from typing import cast

if TYPE_CHECKING:
  from ..models.person_out import PersonOut





T = TypeVar("T", bound="HandlerOut")



@_attrs_define
class HandlerOut:
    """ 
        Attributes:
            display_name (str):
            id (int):
            kind (str):
            username (str):
            branch (str | Unset): The branch they handle ("": the ticket's own path). Default: ''.
            on_behalf_of (None | PersonOut | Unset): Whose turn they hold, when a delegation gave it to them.
     """

    display_name: str
    id: int
    kind: str
    username: str
    branch: str | Unset = ''
    on_behalf_of: None | PersonOut | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)





    def to_dict(self) -> dict[str, Any]:
        from ..models.person_out import PersonOut # noqa: PLC0415
        display_name = self.display_name

        id = self.id

        kind = self.kind

        username = self.username

        branch = self.branch

        on_behalf_of: dict[str, Any] | None | Unset
        if isinstance(self.on_behalf_of, Unset):
            on_behalf_of = UNSET
        elif isinstance(self.on_behalf_of, PersonOut):
            on_behalf_of = self.on_behalf_of.to_dict()
        else:
            on_behalf_of = self.on_behalf_of


        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({
            "display_name": display_name,
            "id": id,
            "kind": kind,
            "username": username,
        })
        if branch is not UNSET:
            field_dict["branch"] = branch
        if on_behalf_of is not UNSET:
            field_dict["on_behalf_of"] = on_behalf_of

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.person_out import PersonOut # noqa: PLC0415
        d = dict(src_dict)
        display_name = d.pop("display_name")

        id = d.pop("id")

        kind = d.pop("kind")

        username = d.pop("username")

        branch = d.pop("branch", UNSET)

        def _parse_on_behalf_of(data: object) -> None | PersonOut | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                on_behalf_of_type_0 = PersonOut.from_dict(data)



                return on_behalf_of_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | PersonOut | Unset, data)

        on_behalf_of = _parse_on_behalf_of(d.pop("on_behalf_of", UNSET))


        handler_out = cls(
            display_name=display_name,
            id=id,
            kind=kind,
            username=username,
            branch=branch,
            on_behalf_of=on_behalf_of,
        )


        handler_out.additional_properties = d
        return handler_out

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
