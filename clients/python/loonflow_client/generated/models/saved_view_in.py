from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from ..types import UNSET, Unset
from typing import cast

if TYPE_CHECKING:
  from ..models.saved_query_in import SavedQueryIn





T = TypeVar("T", bound="SavedViewIn")



@_attrs_define
class SavedViewIn:
    """ 
        Attributes:
            name (str):
            query (SavedQueryIn | Unset):
            view (str | Unset):  Default: 'related'.
     """

    name: str
    query: SavedQueryIn | Unset = UNSET
    view: str | Unset = 'related'





    def to_dict(self) -> dict[str, Any]:
        from ..models.saved_query_in import SavedQueryIn # noqa: PLC0415
        name = self.name

        query: dict[str, Any] | Unset = UNSET
        if not isinstance(self.query, Unset):
            query = self.query.to_dict()

        view = self.view


        field_dict: dict[str, Any] = {}

        field_dict.update({
            "name": name,
        })
        if query is not UNSET:
            field_dict["query"] = query
        if view is not UNSET:
            field_dict["view"] = view

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.saved_query_in import SavedQueryIn # noqa: PLC0415
        d = dict(src_dict)
        name = d.pop("name")

        _query = d.pop("query", UNSET)
        query: SavedQueryIn | Unset
        if isinstance(_query,  Unset):
            query = UNSET
        else:
            query = SavedQueryIn.from_dict(_query)




        view = d.pop("view", UNSET)

        saved_view_in = cls(
            name=name,
            query=query,
            view=view,
        )

        return saved_view_in

