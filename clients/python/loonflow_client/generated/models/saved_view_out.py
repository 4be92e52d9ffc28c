from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from typing import cast
import datetime

if TYPE_CHECKING:
  from ..models.ticket_query import TicketQuery





T = TypeVar("T", bound="SavedViewOut")



@_attrs_define
class SavedViewOut:
    """ 
        Attributes:
            created_at (datetime.datetime):
            id (int):
            name (str):
            query (TicketQuery): A ticket list's filters and sort (what a saved view keeps).
            updated_at (datetime.datetime):
            view (str):
     """

    created_at: datetime.datetime
    id: int
    name: str
    query: TicketQuery
    updated_at: datetime.datetime
    view: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)





    def to_dict(self) -> dict[str, Any]:
        from ..models.ticket_query import TicketQuery # noqa: PLC0415
        created_at = self.created_at.isoformat()

        id = self.id

        name = self.name

        query = self.query.to_dict()

        updated_at = self.updated_at.isoformat()

        view = self.view


        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({
            "created_at": created_at,
            "id": id,
            "name": name,
            "query": query,
            "updated_at": updated_at,
            "view": view,
        })

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.ticket_query import TicketQuery # noqa: PLC0415
        d = dict(src_dict)
        created_at = datetime.datetime.fromisoformat(d.pop("created_at"))




        id = d.pop("id")

        name = d.pop("name")

        query = TicketQuery.from_dict(d.pop("query"))




        updated_at = datetime.datetime.fromisoformat(d.pop("updated_at"))




        view = d.pop("view")

        saved_view_out = cls(
            created_at=created_at,
            id=id,
            name=name,
            query=query,
            updated_at=updated_at,
            view=view,
        )


        saved_view_out.additional_properties = d
        return saved_view_out

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
