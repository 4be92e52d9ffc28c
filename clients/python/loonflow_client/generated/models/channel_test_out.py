from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from ..models.channel_test_out_status import ChannelTestOutStatus
from typing import cast
import datetime






T = TypeVar("T", bound="ChannelTestOut")



@_attrs_define
class ChannelTestOut:
    """ 
        Attributes:
            created_at (datetime.datetime):
            error (None | str): Why it failed (one generic message for connection failures).
            error_code (None | str): The machine code of the text beside it (null: a plain text, such as a remote's own
                words, or a row written before codes existed); the text is in the reader's language.
            finished_at (datetime.datetime | None):
            id (int):
            ok (bool | None): null while the test has not run yet.
            recipients (list[str]):
            status (ChannelTestOutStatus): pending/running until the worker reports back.
            status_url (str): GET it for the outcome.
     """

    created_at: datetime.datetime
    error: None | str
    error_code: None | str
    finished_at: datetime.datetime | None
    id: int
    ok: bool | None
    recipients: list[str]
    status: ChannelTestOutStatus
    status_url: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)





    def to_dict(self) -> dict[str, Any]:
        created_at = self.created_at.isoformat()

        error: None | str
        error = self.error

        error_code: None | str
        error_code = self.error_code

        finished_at: None | str
        if isinstance(self.finished_at, datetime.datetime):
            finished_at = self.finished_at.isoformat()
        else:
            finished_at = self.finished_at

        id = self.id

        ok: bool | None
        ok = self.ok

        recipients = self.recipients



        status = self.status.value

        status_url = self.status_url


        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({
            "created_at": created_at,
            "error": error,
            "error_code": error_code,
            "finished_at": finished_at,
            "id": id,
            "ok": ok,
            "recipients": recipients,
            "status": status,
            "status_url": status_url,
        })

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        created_at = datetime.datetime.fromisoformat(d.pop("created_at"))




        def _parse_error(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        error = _parse_error(d.pop("error"))


        def _parse_error_code(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        error_code = _parse_error_code(d.pop("error_code"))


        def _parse_finished_at(data: object) -> datetime.datetime | None:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                finished_at_type_0 = datetime.datetime.fromisoformat(data)



                return finished_at_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None, data)

        finished_at = _parse_finished_at(d.pop("finished_at"))


        id = d.pop("id")

        def _parse_ok(data: object) -> bool | None:
            if data is None:
                return data
            return cast(bool | None, data)

        ok = _parse_ok(d.pop("ok"))


        recipients = cast(list[str], d.pop("recipients"))


        status = ChannelTestOutStatus(d.pop("status"))




        status_url = d.pop("status_url")

        channel_test_out = cls(
            created_at=created_at,
            error=error,
            error_code=error_code,
            finished_at=finished_at,
            id=id,
            ok=ok,
            recipients=recipients,
            status=status,
            status_url=status_url,
        )


        channel_test_out.additional_properties = d
        return channel_test_out

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
