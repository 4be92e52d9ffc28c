from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from ..types import UNSET, Unset
from typing import cast






T = TypeVar("T", bound="HolidayImportIn")



@_attrs_define
class HolidayImportIn:
    """ 
        Attributes:
            country (str): ISO 3166 code, e.g. DE, CN, US.
            year (int):
            subdivision (None | str | Unset): e.g. BY (Bavaria) for DE, NY for US.
     """

    country: str
    year: int
    subdivision: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)





    def to_dict(self) -> dict[str, Any]:
        country = self.country

        year = self.year

        subdivision: None | str | Unset
        if isinstance(self.subdivision, Unset):
            subdivision = UNSET
        else:
            subdivision = self.subdivision


        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({
            "country": country,
            "year": year,
        })
        if subdivision is not UNSET:
            field_dict["subdivision"] = subdivision

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        country = d.pop("country")

        year = d.pop("year")

        def _parse_subdivision(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        subdivision = _parse_subdivision(d.pop("subdivision", UNSET))


        holiday_import_in = cls(
            country=country,
            year=year,
            subdivision=subdivision,
        )


        holiday_import_in.additional_properties = d
        return holiday_import_in

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
