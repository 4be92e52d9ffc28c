from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from ..types import UNSET, Unset
from typing import cast
import datetime

if TYPE_CHECKING:
  from ..models.field_change_out import FieldChangeOut
  from ..models.flow_log_out_changed_fields import FlowLogOutChangedFields
  from ..models.person_out import PersonOut





T = TypeVar("T", bound="FlowLogOut")



@_attrs_define
class FlowLogOut:
    """ 
        Attributes:
            action (str):
            actor (None | PersonOut):
            changed_fields (FlowLogOutChangedFields): The new values of the fields the action changed, by key (deliver and
                consult: `{"to": username}`; other actions may note other data). Fields hidden from you are left out.
            comment (str): As written; an engine's or worker's note in the reader's language.
            created_at (datetime.datetime):
            field_changes (list[FieldChangeOut]): Old and new value of each field the action changed, in the fields' order
                (on create, every first value, old null). Fields hidden from you are left out; rows written before this existed
                have none.
            from_state (str):
            id (int):
            to_state (str):
            transition (str):
            via_app (str):
            branch (str | Unset): The branch the row happened on ("": the ticket's own path). Default: ''.
            comment_code (None | str | Unset): The note's machine code (null: a person's comment).
            on_behalf_of (None | PersonOut | Unset): Whose turn the actor took, when a delegation gave it to them (Y on
                behalf of X).
     """

    action: str
    actor: None | PersonOut
    changed_fields: FlowLogOutChangedFields
    comment: str
    created_at: datetime.datetime
    field_changes: list[FieldChangeOut]
    from_state: str
    id: int
    to_state: str
    transition: str
    via_app: str
    branch: str | Unset = ''
    comment_code: None | str | Unset = UNSET
    on_behalf_of: None | PersonOut | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)





    def to_dict(self) -> dict[str, Any]:
        from ..models.field_change_out import FieldChangeOut # noqa: PLC0415
        from ..models.flow_log_out_changed_fields import FlowLogOutChangedFields # noqa: PLC0415
        from ..models.person_out import PersonOut # noqa: PLC0415
        action = self.action

        actor: dict[str, Any] | None
        if isinstance(self.actor, PersonOut):
            actor = self.actor.to_dict()
        else:
            actor = self.actor

        changed_fields = self.changed_fields.to_dict()

        comment = self.comment

        created_at = self.created_at.isoformat()

        field_changes = []
        for field_changes_item_data in self.field_changes:
            field_changes_item = field_changes_item_data.to_dict()
            field_changes.append(field_changes_item)



        from_state = self.from_state

        id = self.id

        to_state = self.to_state

        transition = self.transition

        via_app = self.via_app

        branch = self.branch

        comment_code: None | str | Unset
        if isinstance(self.comment_code, Unset):
            comment_code = UNSET
        else:
            comment_code = self.comment_code

        on_behalf_of: dict[str, Any] | None | Unset
        if isinstance(self.on_behalf_of, Unset):
            on_behalf_of = UNSET
        elif isinstance(self.on_behalf_of, PersonOut):
            on_behalf_of = self.on_behalf_of.to_dict()
        else:
            on_behalf_of = self.on_behalf_of


        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({
            "action": action,
            "actor": actor,
            "changed_fields": changed_fields,
            "comment": comment,
            "created_at": created_at,
            "field_changes": field_changes,
            "from_state": from_state,
            "id": id,
            "to_state": to_state,
            "transition": transition,
            "via_app": via_app,
        })
        if branch is not UNSET:
            field_dict["branch"] = branch
        if comment_code is not UNSET:
            field_dict["comment_code"] = comment_code
        if on_behalf_of is not UNSET:
            field_dict["on_behalf_of"] = on_behalf_of

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.field_change_out import FieldChangeOut # noqa: PLC0415
        from ..models.flow_log_out_changed_fields import FlowLogOutChangedFields # noqa: PLC0415
        from ..models.person_out import PersonOut # noqa: PLC0415
        d = dict(src_dict)
        action = d.pop("action")

        def _parse_actor(data: object) -> None | PersonOut:
            if data is None:
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                actor_type_0 = PersonOut.from_dict(data)



                return actor_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | PersonOut, data)

        actor = _parse_actor(d.pop("actor"))


        changed_fields = FlowLogOutChangedFields.from_dict(d.pop("changed_fields"))




        comment = d.pop("comment")

        created_at = datetime.datetime.fromisoformat(d.pop("created_at"))




        field_changes = []
        _field_changes = d.pop("field_changes")
        for field_changes_item_data in (_field_changes):
            field_changes_item = FieldChangeOut.from_dict(field_changes_item_data)



            field_changes.append(field_changes_item)


        from_state = d.pop("from_state")

        id = d.pop("id")

        to_state = d.pop("to_state")

        transition = d.pop("transition")

        via_app = d.pop("via_app")

        branch = d.pop("branch", UNSET)

        def _parse_comment_code(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        comment_code = _parse_comment_code(d.pop("comment_code", UNSET))


        def _parse_on_behalf_of(data: object) -> None | PersonOut | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                on_behalf_of_type_0 = PersonOut.from_dict(data)



                return on_behalf_of_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | PersonOut | Unset, data)

        on_behalf_of = _parse_on_behalf_of(d.pop("on_behalf_of", UNSET))


        flow_log_out = cls(
            action=action,
            actor=actor,
            changed_fields=changed_fields,
            comment=comment,
            created_at=created_at,
            field_changes=field_changes,
            from_state=from_state,
            id=id,
            to_state=to_state,
            transition=transition,
            via_app=via_app,
            branch=branch,
            comment_code=comment_code,
            on_behalf_of=on_behalf_of,
        )


        flow_log_out.additional_properties = d
        return flow_log_out

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
