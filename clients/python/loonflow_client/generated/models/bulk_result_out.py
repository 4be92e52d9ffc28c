from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from ..types import UNSET, Unset
from typing import cast

if TYPE_CHECKING:
  from ..models.bulk_error_out import BulkErrorOut





T = TypeVar("T", bound="BulkResultOut")



@_attrs_define
class BulkResultOut:
    """ 
        Attributes:
            id (int):
            ok (bool):
            error (BulkErrorOut | None | Unset): Why this ticket was left as it was.
            row_version (int | None | Unset):
            state (None | str | Unset): The ticket's state after it (ok).
            status (None | str | Unset):
            transition (None | str | Unset): The transition taken (ok) or chosen.
     """

    id: int
    ok: bool
    error: BulkErrorOut | None | Unset = UNSET
    row_version: int | None | Unset = UNSET
    state: None | str | Unset = UNSET
    status: None | str | Unset = UNSET
    transition: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)





    def to_dict(self) -> dict[str, Any]:
        from ..models.bulk_error_out import BulkErrorOut # noqa: PLC0415
        id = self.id

        ok = self.ok

        error: dict[str, Any] | None | Unset
        if isinstance(self.error, Unset):
            error = UNSET
        elif isinstance(self.error, BulkErrorOut):
            error = self.error.to_dict()
        else:
            error = self.error

        row_version: int | None | Unset
        if isinstance(self.row_version, Unset):
            row_version = UNSET
        else:
            row_version = self.row_version

        state: None | str | Unset
        if isinstance(self.state, Unset):
            state = UNSET
        else:
            state = self.state

        status: None | str | Unset
        if isinstance(self.status, Unset):
            status = UNSET
        else:
            status = self.status

        transition: None | str | Unset
        if isinstance(self.transition, Unset):
            transition = UNSET
        else:
            transition = self.transition


        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({
            "id": id,
            "ok": ok,
        })
        if error is not UNSET:
            field_dict["error"] = error
        if row_version is not UNSET:
            field_dict["row_version"] = row_version
        if state is not UNSET:
            field_dict["state"] = state
        if status is not UNSET:
            field_dict["status"] = status
        if transition is not UNSET:
            field_dict["transition"] = transition

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.bulk_error_out import BulkErrorOut # noqa: PLC0415
        d = dict(src_dict)
        id = d.pop("id")

        ok = d.pop("ok")

        def _parse_error(data: object) -> BulkErrorOut | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                error_type_0 = BulkErrorOut.from_dict(data)



                return error_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(BulkErrorOut | None | Unset, data)

        error = _parse_error(d.pop("error", UNSET))


        def _parse_row_version(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        row_version = _parse_row_version(d.pop("row_version", UNSET))


        def _parse_state(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        state = _parse_state(d.pop("state", UNSET))


        def _parse_status(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        status = _parse_status(d.pop("status", UNSET))


        def _parse_transition(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        transition = _parse_transition(d.pop("transition", UNSET))


        bulk_result_out = cls(
            id=id,
            ok=ok,
            error=error,
            row_version=row_version,
            state=state,
            status=status,
            transition=transition,
        )


        bulk_result_out.additional_properties = d
        return bulk_result_out

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
