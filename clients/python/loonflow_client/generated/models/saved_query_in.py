from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from ..types import UNSET, Unset
from typing import cast
import datetime






T = TypeVar("T", bound="SavedQueryIn")



@_attrs_define
class SavedQueryIn:
    """ 
        Attributes:
            created_after (datetime.datetime | None | Unset):
            created_before (datetime.datetime | None | Unset):
            creator (int | None | Unset): Created by this user id
            field (list[str] | Unset): `<key>:<value>` (repeatable): values contain it
            handler (int | None | Unset): Waiting for this user id
            q (None | str | Unset): Search the serial, title and text fields (every word, any language)
            serial (None | str | Unset): An exact serial or a prefix
            sort (None | str | Unset): The column to sort by, `-` first for descending (default: newest first)
            state (None | str | Unset): State key
            status (None | str | Unset):
            title (None | str | Unset): Part of the title (any case)
            workflow (int | None | Unset): Workflow id
     """

    created_after: datetime.datetime | None | Unset = UNSET
    created_before: datetime.datetime | None | Unset = UNSET
    creator: int | None | Unset = UNSET
    field: list[str] | Unset = UNSET
    handler: int | None | Unset = UNSET
    q: None | str | Unset = UNSET
    serial: None | str | Unset = UNSET
    sort: None | str | Unset = UNSET
    state: None | str | Unset = UNSET
    status: None | str | Unset = UNSET
    title: None | str | Unset = UNSET
    workflow: int | None | Unset = UNSET





    def to_dict(self) -> dict[str, Any]:
        created_after: None | str | Unset
        if isinstance(self.created_after, Unset):
            created_after = UNSET
        elif isinstance(self.created_after, datetime.datetime):
            created_after = self.created_after.isoformat()
        else:
            created_after = self.created_after

        created_before: None | str | Unset
        if isinstance(self.created_before, Unset):
            created_before = UNSET
        elif isinstance(self.created_before, datetime.datetime):
            created_before = self.created_before.isoformat()
        else:
            created_before = self.created_before

        creator: int | None | Unset
        if isinstance(self.creator, Unset):
            creator = UNSET
        else:
            creator = self.creator

        field: list[str] | Unset = UNSET
        if not isinstance(self.field, Unset):
            field = self.field



        handler: int | None | Unset
        if isinstance(self.handler, Unset):
            handler = UNSET
        else:
            handler = self.handler

        q: None | str | Unset
        if isinstance(self.q, Unset):
            q = UNSET
        else:
            q = self.q

        serial: None | str | Unset
        if isinstance(self.serial, Unset):
            serial = UNSET
        else:
            serial = self.serial

        sort: None | str | Unset
        if isinstance(self.sort, Unset):
            sort = UNSET
        else:
            sort = self.sort

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

        title: None | str | Unset
        if isinstance(self.title, Unset):
            title = UNSET
        else:
            title = self.title

        workflow: int | None | Unset
        if isinstance(self.workflow, Unset):
            workflow = UNSET
        else:
            workflow = self.workflow


        field_dict: dict[str, Any] = {}

        field_dict.update({
        })
        if created_after is not UNSET:
            field_dict["created_after"] = created_after
        if created_before is not UNSET:
            field_dict["created_before"] = created_before
        if creator is not UNSET:
            field_dict["creator"] = creator
        if field is not UNSET:
            field_dict["field"] = field
        if handler is not UNSET:
            field_dict["handler"] = handler
        if q is not UNSET:
            field_dict["q"] = q
        if serial is not UNSET:
            field_dict["serial"] = serial
        if sort is not UNSET:
            field_dict["sort"] = sort
        if state is not UNSET:
            field_dict["state"] = state
        if status is not UNSET:
            field_dict["status"] = status
        if title is not UNSET:
            field_dict["title"] = title
        if workflow is not UNSET:
            field_dict["workflow"] = workflow

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        def _parse_created_after(data: object) -> datetime.datetime | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                created_after_type_0 = datetime.datetime.fromisoformat(data)



                return created_after_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None | Unset, data)

        created_after = _parse_created_after(d.pop("created_after", UNSET))


        def _parse_created_before(data: object) -> datetime.datetime | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                created_before_type_0 = datetime.datetime.fromisoformat(data)



                return created_before_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None | Unset, data)

        created_before = _parse_created_before(d.pop("created_before", UNSET))


        def _parse_creator(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        creator = _parse_creator(d.pop("creator", UNSET))


        field = cast(list[str], d.pop("field", UNSET))


        def _parse_handler(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        handler = _parse_handler(d.pop("handler", UNSET))


        def _parse_q(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        q = _parse_q(d.pop("q", UNSET))


        def _parse_serial(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        serial = _parse_serial(d.pop("serial", UNSET))


        def _parse_sort(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        sort = _parse_sort(d.pop("sort", UNSET))


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


        def _parse_title(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        title = _parse_title(d.pop("title", UNSET))


        def _parse_workflow(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        workflow = _parse_workflow(d.pop("workflow", UNSET))


        saved_query_in = cls(
            created_after=created_after,
            created_before=created_before,
            creator=creator,
            field=field,
            handler=handler,
            q=q,
            serial=serial,
            sort=sort,
            state=state,
            status=status,
            title=title,
            workflow=workflow,
        )

        return saved_query_in

