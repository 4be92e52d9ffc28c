from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from ..types import UNSET, Unset
from typing import cast






T = TypeVar("T", bound="FieldValidation")



@_attrs_define
class FieldValidation:
    """ Bounds: `min`/`max` for numbers (and dates as ISO strings), `min_length`/`max_length` for text
    and for the number of items of multi-valued fields, `regex` for text (a full match, run in linear
    time by RE2: no backreferences or lookaround; see docs/workflows.md).

        Attributes:
            max_ (None | str | Unset):
            max_length (int | None | Unset):
            min_ (None | str | Unset):
            min_length (int | None | Unset):
            regex (None | str | Unset):
     """

    max_: None | str | Unset = UNSET
    max_length: int | None | Unset = UNSET
    min_: None | str | Unset = UNSET
    min_length: int | None | Unset = UNSET
    regex: None | str | Unset = UNSET





    def to_dict(self) -> dict[str, Any]:
        max_: None | str | Unset
        if isinstance(self.max_, Unset):
            max_ = UNSET
        else:
            max_ = self.max_

        max_length: int | None | Unset
        if isinstance(self.max_length, Unset):
            max_length = UNSET
        else:
            max_length = self.max_length

        min_: None | str | Unset
        if isinstance(self.min_, Unset):
            min_ = UNSET
        else:
            min_ = self.min_

        min_length: int | None | Unset
        if isinstance(self.min_length, Unset):
            min_length = UNSET
        else:
            min_length = self.min_length

        regex: None | str | Unset
        if isinstance(self.regex, Unset):
            regex = UNSET
        else:
            regex = self.regex


        field_dict: dict[str, Any] = {}

        field_dict.update({
        })
        if max_ is not UNSET:
            field_dict["max"] = max_
        if max_length is not UNSET:
            field_dict["max_length"] = max_length
        if min_ is not UNSET:
            field_dict["min"] = min_
        if min_length is not UNSET:
            field_dict["min_length"] = min_length
        if regex is not UNSET:
            field_dict["regex"] = regex

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        def _parse_max_(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        max_ = _parse_max_(d.pop("max", UNSET))


        def _parse_max_length(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        max_length = _parse_max_length(d.pop("max_length", UNSET))


        def _parse_min_(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        min_ = _parse_min_(d.pop("min", UNSET))


        def _parse_min_length(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        min_length = _parse_min_length(d.pop("min_length", UNSET))


        def _parse_regex(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        regex = _parse_regex(d.pop("regex", UNSET))


        field_validation = cls(
            max_=max_,
            max_length=max_length,
            min_=min_,
            min_length=min_length,
            regex=regex,
        )

        return field_validation

