from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset







T = TypeVar("T", bound="StateTimeOut")



@_attrs_define
class StateTimeOut:
    """ 
        Attributes:
            mean_seconds (float):
            p90_seconds (float):
            state (str):
            visits (int):
     """

    mean_seconds: float
    p90_seconds: float
    state: str
    visits: int
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)





    def to_dict(self) -> dict[str, Any]:
        mean_seconds = self.mean_seconds

        p90_seconds = self.p90_seconds

        state = self.state

        visits = self.visits


        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({
            "mean_seconds": mean_seconds,
            "p90_seconds": p90_seconds,
            "state": state,
            "visits": visits,
        })

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        mean_seconds = d.pop("mean_seconds")

        p90_seconds = d.pop("p90_seconds")

        state = d.pop("state")

        visits = d.pop("visits")

        state_time_out = cls(
            mean_seconds=mean_seconds,
            p90_seconds=p90_seconds,
            state=state,
            visits=visits,
        )


        state_time_out.additional_properties = d
        return state_time_out

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
