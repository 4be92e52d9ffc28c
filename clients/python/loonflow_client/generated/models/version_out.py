from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from typing import cast
import datetime

if TYPE_CHECKING:
  from ..models.workflow_document import WorkflowDocument





T = TypeVar("T", bound="VersionOut")



@_attrs_define
class VersionOut:
    """ 
        Attributes:
            comment (str):
            created_at (datetime.datetime):
            document (WorkflowDocument):
            etag (str):
            number (int):
            published_at (datetime.datetime | None):
            published_by (None | str):
            revision (int):
            status (str):
            updated_at (datetime.datetime):
     """

    comment: str
    created_at: datetime.datetime
    document: WorkflowDocument
    etag: str
    number: int
    published_at: datetime.datetime | None
    published_by: None | str
    revision: int
    status: str
    updated_at: datetime.datetime
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)





    def to_dict(self) -> dict[str, Any]:
        from ..models.workflow_document import WorkflowDocument # noqa: PLC0415
        comment = self.comment

        created_at = self.created_at.isoformat()

        document = self.document.to_dict()

        etag = self.etag

        number = self.number

        published_at: None | str
        if isinstance(self.published_at, datetime.datetime):
            published_at = self.published_at.isoformat()
        else:
            published_at = self.published_at

        published_by: None | str
        published_by = self.published_by

        revision = self.revision

        status = self.status

        updated_at = self.updated_at.isoformat()


        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({
            "comment": comment,
            "created_at": created_at,
            "document": document,
            "etag": etag,
            "number": number,
            "published_at": published_at,
            "published_by": published_by,
            "revision": revision,
            "status": status,
            "updated_at": updated_at,
        })

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.workflow_document import WorkflowDocument # noqa: PLC0415
        d = dict(src_dict)
        comment = d.pop("comment")

        created_at = datetime.datetime.fromisoformat(d.pop("created_at"))




        document = WorkflowDocument.from_dict(d.pop("document"))




        etag = d.pop("etag")

        number = d.pop("number")

        def _parse_published_at(data: object) -> datetime.datetime | None:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                published_at_type_0 = datetime.datetime.fromisoformat(data)



                return published_at_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None, data)

        published_at = _parse_published_at(d.pop("published_at"))


        def _parse_published_by(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        published_by = _parse_published_by(d.pop("published_by"))


        revision = d.pop("revision")

        status = d.pop("status")

        updated_at = datetime.datetime.fromisoformat(d.pop("updated_at"))




        version_out = cls(
            comment=comment,
            created_at=created_at,
            document=document,
            etag=etag,
            number=number,
            published_at=published_at,
            published_by=published_by,
            revision=revision,
            status=status,
            updated_at=updated_at,
        )


        version_out.additional_properties = d
        return version_out

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
