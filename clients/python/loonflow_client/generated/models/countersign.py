from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from ..models.countersign_mode import CountersignMode
from ..types import UNSET, Unset
from typing import cast






T = TypeVar("T", bound="Countersign")



@_attrs_define
class Countersign:
    """ 
        Attributes:
            count (int | None | Unset):
            mode (CountersignMode | Unset):  Default: CountersignMode.ALL.
            percent (int | None | Unset):
            veto_on_reject (bool | Unset):  Default: True.
     """

    count: int | None | Unset = UNSET
    mode: CountersignMode | Unset = CountersignMode.ALL
    percent: int | None | Unset = UNSET
    veto_on_reject: bool | Unset = True





    def to_dict(self) -> dict[str, Any]:
        count: int | None | Unset
        if isinstance(self.count, Unset):
            count = UNSET
        else:
            count = self.count

        mode: str | Unset = UNSET
        if not isinstance(self.mode, Unset):
            mode = self.mode.value


        percent: int | None | Unset
        if isinstance(self.percent, Unset):
            percent = UNSET
        else:
            percent = self.percent

        veto_on_reject = self.veto_on_reject


        field_dict: dict[str, Any] = {}

        field_dict.update({
        })
        if count is not UNSET:
            field_dict["count"] = count
        if mode is not UNSET:
            field_dict["mode"] = mode
        if percent is not UNSET:
            field_dict["percent"] = percent
        if veto_on_reject is not UNSET:
            field_dict["veto_on_reject"] = veto_on_reject

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        def _parse_count(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        count = _parse_count(d.pop("count", UNSET))


        _mode = d.pop("mode", UNSET)
        mode: CountersignMode | Unset
        if isinstance(_mode,  Unset):
            mode = UNSET
        else:
            mode = CountersignMode(_mode)




        def _parse_percent(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        percent = _parse_percent(d.pop("percent", UNSET))


        veto_on_reject = d.pop("veto_on_reject", UNSET)

        countersign = cls(
            count=count,
            mode=mode,
            percent=percent,
            veto_on_reject=veto_on_reject,
        )

        return countersign

