from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from typing import cast
import datetime






T = TypeVar("T", bound="DeliveryAttemptOut")



@_attrs_define
class DeliveryAttemptOut:
    """ 
        Attributes:
            created_at (datetime.datetime):
            error (str):
            error_code (None | str): The machine code of the text beside it (null: a plain text, such as a remote's own
                words, or a row written before codes existed); the text is in the reader's language.
            latency_ms (int):
            number (int):
            response_excerpt (str):
            status_code (int | None):
     """

    created_at: datetime.datetime
    error: str
    error_code: None | str
    latency_ms: int
    number: int
    response_excerpt: str
    status_code: int | None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)





    def to_dict(self) -> dict[str, Any]:
        created_at = self.created_at.isoformat()

        error = self.error

        error_code: None | str
        error_code = self.error_code

        latency_ms = self.latency_ms

        number = self.number

        response_excerpt = self.response_excerpt

        status_code: int | None
        status_code = self.status_code


        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({
            "created_at": created_at,
            "error": error,
            "error_code": error_code,
            "latency_ms": latency_ms,
            "number": number,
            "response_excerpt": response_excerpt,
            "status_code": status_code,
        })

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        created_at = datetime.datetime.fromisoformat(d.pop("created_at"))




        error = d.pop("error")

        def _parse_error_code(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        error_code = _parse_error_code(d.pop("error_code"))


        latency_ms = d.pop("latency_ms")

        number = d.pop("number")

        response_excerpt = d.pop("response_excerpt")

        def _parse_status_code(data: object) -> int | None:
            if data is None:
                return data
            return cast(int | None, data)

        status_code = _parse_status_code(d.pop("status_code"))


        delivery_attempt_out = cls(
            created_at=created_at,
            error=error,
            error_code=error_code,
            latency_ms=latency_ms,
            number=number,
            response_excerpt=response_excerpt,
            status_code=status_code,
        )


        delivery_attempt_out.additional_properties = d
        return delivery_attempt_out

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
