from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from typing import cast

if TYPE_CHECKING:
  from ..models.audit_broken_out import AuditBrokenOut





T = TypeVar("T", bound="AuditVerifyOut")



@_attrs_define
class AuditVerifyOut:
    """ 
        Attributes:
            broken (AuditBrokenOut | None):
            checked (int): How many records were checked before the first broken link
            head (str): The hash of the last good record: note it to detect a cut-off tail
            ok (bool):
     """

    broken: AuditBrokenOut | None
    checked: int
    head: str
    ok: bool
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)





    def to_dict(self) -> dict[str, Any]:
        from ..models.audit_broken_out import AuditBrokenOut # noqa: PLC0415
        broken: dict[str, Any] | None
        if isinstance(self.broken, AuditBrokenOut):
            broken = self.broken.to_dict()
        else:
            broken = self.broken

        checked = self.checked

        head = self.head

        ok = self.ok


        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({
            "broken": broken,
            "checked": checked,
            "head": head,
            "ok": ok,
        })

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.audit_broken_out import AuditBrokenOut # noqa: PLC0415
        d = dict(src_dict)
        def _parse_broken(data: object) -> AuditBrokenOut | None:
            if data is None:
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                broken_type_0 = AuditBrokenOut.from_dict(data)



                return broken_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(AuditBrokenOut | None, data)

        broken = _parse_broken(d.pop("broken"))


        checked = d.pop("checked")

        head = d.pop("head")

        ok = d.pop("ok")

        audit_verify_out = cls(
            broken=broken,
            checked=checked,
            head=head,
            ok=ok,
        )


        audit_verify_out.additional_properties = d
        return audit_verify_out

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
