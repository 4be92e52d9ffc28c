from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from typing import cast
import datetime

if TYPE_CHECKING:
  from ..models.audit_record_out_after_type_0 import AuditRecordOutAfterType0
  from ..models.audit_record_out_before_type_0 import AuditRecordOutBeforeType0





T = TypeVar("T", bound="AuditRecordOut")



@_attrs_define
class AuditRecordOut:
    """ 
        Attributes:
            acting_for (str): The username an app acted for (X-Acting-User)
            action (str): A stable code: "role.update", "workflow.publish", "tenant.suspend"
            actor_kind (str): person, app, system or anonymous
            actor_name (str): The person's username, or the app's name
            actor_user_id (int | None):
            address (str): The client's IP address (behind TRUSTED_PROXIES, the one they saw)
            after (AuditRecordOutAfterType0 | None): The changed keys' new values (secrets: ***)
            app_name (str):
            at (datetime.datetime):
            before (AuditRecordOutBeforeType0 | None): The changed keys' old values (secrets: ***)
            hash_ (str):
            id (int):
            prev_hash (str):
            request_id (str):
            target_id (str):
            target_label (str):
            target_type (str):
     """

    acting_for: str
    action: str
    actor_kind: str
    actor_name: str
    actor_user_id: int | None
    address: str
    after: AuditRecordOutAfterType0 | None
    app_name: str
    at: datetime.datetime
    before: AuditRecordOutBeforeType0 | None
    hash_: str
    id: int
    prev_hash: str
    request_id: str
    target_id: str
    target_label: str
    target_type: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)





    def to_dict(self) -> dict[str, Any]:
        from ..models.audit_record_out_after_type_0 import AuditRecordOutAfterType0 # noqa: PLC0415
        from ..models.audit_record_out_before_type_0 import AuditRecordOutBeforeType0 # noqa: PLC0415
        acting_for = self.acting_for

        action = self.action

        actor_kind = self.actor_kind

        actor_name = self.actor_name

        actor_user_id: int | None
        actor_user_id = self.actor_user_id

        address = self.address

        after: dict[str, Any] | None
        if isinstance(self.after, AuditRecordOutAfterType0):
            after = self.after.to_dict()
        else:
            after = self.after

        app_name = self.app_name

        at = self.at.isoformat()

        before: dict[str, Any] | None
        if isinstance(self.before, AuditRecordOutBeforeType0):
            before = self.before.to_dict()
        else:
            before = self.before

        hash_ = self.hash_

        id = self.id

        prev_hash = self.prev_hash

        request_id = self.request_id

        target_id = self.target_id

        target_label = self.target_label

        target_type = self.target_type


        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({
            "acting_for": acting_for,
            "action": action,
            "actor_kind": actor_kind,
            "actor_name": actor_name,
            "actor_user_id": actor_user_id,
            "address": address,
            "after": after,
            "app_name": app_name,
            "at": at,
            "before": before,
            "hash": hash_,
            "id": id,
            "prev_hash": prev_hash,
            "request_id": request_id,
            "target_id": target_id,
            "target_label": target_label,
            "target_type": target_type,
        })

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.audit_record_out_after_type_0 import AuditRecordOutAfterType0 # noqa: PLC0415
        from ..models.audit_record_out_before_type_0 import AuditRecordOutBeforeType0 # noqa: PLC0415
        d = dict(src_dict)
        acting_for = d.pop("acting_for")

        action = d.pop("action")

        actor_kind = d.pop("actor_kind")

        actor_name = d.pop("actor_name")

        def _parse_actor_user_id(data: object) -> int | None:
            if data is None:
                return data
            return cast(int | None, data)

        actor_user_id = _parse_actor_user_id(d.pop("actor_user_id"))


        address = d.pop("address")

        def _parse_after(data: object) -> AuditRecordOutAfterType0 | None:
            if data is None:
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                after_type_0 = AuditRecordOutAfterType0.from_dict(data)



                return after_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(AuditRecordOutAfterType0 | None, data)

        after = _parse_after(d.pop("after"))


        app_name = d.pop("app_name")

        at = datetime.datetime.fromisoformat(d.pop("at"))




        def _parse_before(data: object) -> AuditRecordOutBeforeType0 | None:
            if data is None:
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                before_type_0 = AuditRecordOutBeforeType0.from_dict(data)



                return before_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(AuditRecordOutBeforeType0 | None, data)

        before = _parse_before(d.pop("before"))


        hash_ = d.pop("hash")

        id = d.pop("id")

        prev_hash = d.pop("prev_hash")

        request_id = d.pop("request_id")

        target_id = d.pop("target_id")

        target_label = d.pop("target_label")

        target_type = d.pop("target_type")

        audit_record_out = cls(
            acting_for=acting_for,
            action=action,
            actor_kind=actor_kind,
            actor_name=actor_name,
            actor_user_id=actor_user_id,
            address=address,
            after=after,
            app_name=app_name,
            at=at,
            before=before,
            hash_=hash_,
            id=id,
            prev_hash=prev_hash,
            request_id=request_id,
            target_id=target_id,
            target_label=target_label,
            target_type=target_type,
        )


        audit_record_out.additional_properties = d
        return audit_record_out

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
