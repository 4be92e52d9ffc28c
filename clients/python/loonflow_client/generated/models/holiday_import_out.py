from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from typing import cast






T = TypeVar("T", bound="HolidayImportOut")



@_attrs_define
class HolidayImportOut:
    """ 
        Attributes:
            added (int): Holidays added (dates already in the calendar are left as they are).
            country (str):
            subdivision (None | str):
            workdays_added (int): Make-up working days added (where the library knows them).
            year (int):
     """

    added: int
    country: str
    subdivision: None | str
    workdays_added: int
    year: int
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)





    def to_dict(self) -> dict[str, Any]:
        added = self.added

        country = self.country

        subdivision: None | str
        subdivision = self.subdivision

        workdays_added = self.workdays_added

        year = self.year


        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({
            "added": added,
            "country": country,
            "subdivision": subdivision,
            "workdays_added": workdays_added,
            "year": year,
        })

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        added = d.pop("added")

        country = d.pop("country")

        def _parse_subdivision(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        subdivision = _parse_subdivision(d.pop("subdivision"))


        workdays_added = d.pop("workdays_added")

        year = d.pop("year")

        holiday_import_out = cls(
            added=added,
            country=country,
            subdivision=subdivision,
            workdays_added=workdays_added,
            year=year,
        )


        holiday_import_out.additional_properties = d
        return holiday_import_out

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
