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





T = TypeVar("T", bound="SavedViewPatchIn")



@_attrs_define
class SavedViewPatchIn:
    """ 
        Attributes:
            name (None | str | Unset):
            query (None | SavedQueryIn | Unset):
            view (None | str | Unset):
     """

    name: None | str | Unset = UNSET
    query: None | SavedQueryIn | Unset = UNSET
    view: None | str | Unset = UNSET





    def to_dict(self) -> dict[str, Any]:
        from ..models.saved_query_in import SavedQueryIn # noqa: PLC0415
        name: None | str | Unset
        if isinstance(self.name, Unset):
            name = UNSET
        else:
            name = self.name

        query: dict[str, Any] | None | Unset
        if isinstance(self.query, Unset):
            query = UNSET
        elif isinstance(self.query, SavedQueryIn):
            query = self.query.to_dict()
        else:
            query = self.query

        view: None | str | Unset
        if isinstance(self.view, Unset):
            view = UNSET
        else:
            view = self.view


        field_dict: dict[str, Any] = {}

        field_dict.update({
        })
        if name is not UNSET:
            field_dict["name"] = name
        if query is not UNSET:
            field_dict["query"] = query
        if view is not UNSET:
            field_dict["view"] = view

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.saved_query_in import SavedQueryIn # noqa: PLC0415
        d = dict(src_dict)
        def _parse_name(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        name = _parse_name(d.pop("name", UNSET))


        def _parse_query(data: object) -> None | SavedQueryIn | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                query_type_0 = SavedQueryIn.from_dict(data)



                return query_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | SavedQueryIn | Unset, data)

        query = _parse_query(d.pop("query", UNSET))


        def _parse_view(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        view = _parse_view(d.pop("view", UNSET))


        saved_view_patch_in = cls(
            name=name,
            query=query,
            view=view,
        )

        return saved_view_patch_in

