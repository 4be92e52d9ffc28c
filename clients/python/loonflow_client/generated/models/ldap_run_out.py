from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from ..models.ldap_run_out_status import LdapRunOutStatus
from ..models.ldap_run_out_trigger import LdapRunOutTrigger
from typing import cast
import datetime

if TYPE_CHECKING:
  from ..models.ldap_run_out_skipped_item import LdapRunOutSkippedItem
  from ..models.ldap_run_out_summary import LdapRunOutSummary





T = TypeVar("T", bound="LdapRunOut")



@_attrs_define
class LdapRunOut:
    """ 
        Attributes:
            created_at (datetime.datetime):
            entries (int):
            error (str):
            finished_at (datetime.datetime | None):
            id (int):
            requested_by (str):
            skipped (list[LdapRunOutSkippedItem]):
            source_id (int):
            started_at (datetime.datetime | None):
            status (LdapRunOutStatus):
            summary (LdapRunOutSummary):
            trigger (LdapRunOutTrigger):
     """

    created_at: datetime.datetime
    entries: int
    error: str
    finished_at: datetime.datetime | None
    id: int
    requested_by: str
    skipped: list[LdapRunOutSkippedItem]
    source_id: int
    started_at: datetime.datetime | None
    status: LdapRunOutStatus
    summary: LdapRunOutSummary
    trigger: LdapRunOutTrigger
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)





    def to_dict(self) -> dict[str, Any]:
        from ..models.ldap_run_out_skipped_item import LdapRunOutSkippedItem # noqa: PLC0415
        from ..models.ldap_run_out_summary import LdapRunOutSummary # noqa: PLC0415
        created_at = self.created_at.isoformat()

        entries = self.entries

        error = self.error

        finished_at: None | str
        if isinstance(self.finished_at, datetime.datetime):
            finished_at = self.finished_at.isoformat()
        else:
            finished_at = self.finished_at

        id = self.id

        requested_by = self.requested_by

        skipped = []
        for skipped_item_data in self.skipped:
            skipped_item = skipped_item_data.to_dict()
            skipped.append(skipped_item)



        source_id = self.source_id

        started_at: None | str
        if isinstance(self.started_at, datetime.datetime):
            started_at = self.started_at.isoformat()
        else:
            started_at = self.started_at

        status = self.status.value

        summary = self.summary.to_dict()

        trigger = self.trigger.value


        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({
            "created_at": created_at,
            "entries": entries,
            "error": error,
            "finished_at": finished_at,
            "id": id,
            "requested_by": requested_by,
            "skipped": skipped,
            "source_id": source_id,
            "started_at": started_at,
            "status": status,
            "summary": summary,
            "trigger": trigger,
        })

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.ldap_run_out_skipped_item import LdapRunOutSkippedItem # noqa: PLC0415
        from ..models.ldap_run_out_summary import LdapRunOutSummary # noqa: PLC0415
        d = dict(src_dict)
        created_at = datetime.datetime.fromisoformat(d.pop("created_at"))




        entries = d.pop("entries")

        error = d.pop("error")

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

        requested_by = d.pop("requested_by")

        skipped = []
        _skipped = d.pop("skipped")
        for skipped_item_data in (_skipped):
            skipped_item = LdapRunOutSkippedItem.from_dict(skipped_item_data)



            skipped.append(skipped_item)


        source_id = d.pop("source_id")

        def _parse_started_at(data: object) -> datetime.datetime | None:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                started_at_type_0 = datetime.datetime.fromisoformat(data)



                return started_at_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None, data)

        started_at = _parse_started_at(d.pop("started_at"))


        status = LdapRunOutStatus(d.pop("status"))




        summary = LdapRunOutSummary.from_dict(d.pop("summary"))




        trigger = LdapRunOutTrigger(d.pop("trigger"))




        ldap_run_out = cls(
            created_at=created_at,
            entries=entries,
            error=error,
            finished_at=finished_at,
            id=id,
            requested_by=requested_by,
            skipped=skipped,
            source_id=source_id,
            started_at=started_at,
            status=status,
            summary=summary,
            trigger=trigger,
        )


        ldap_run_out.additional_properties = d
        return ldap_run_out

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
