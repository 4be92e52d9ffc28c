from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from ..types import UNSET, Unset
from typing import cast

if TYPE_CHECKING:
  from ..models.person_out import PersonOut
  from ..models.quick_transition_out import QuickTransitionOut
  from ..models.state_ref_out import StateRefOut





T = TypeVar("T", bound="MyStepOut")



@_attrs_define
class MyStepOut:
    """ 
        Attributes:
            branch (str): The branch ("": the ticket's own path).
            role (str): handler, candidate (claim first) or consulted.
            state (StateRefOut):
            on_behalf_of (None | PersonOut | Unset): Whose turn this is, when a delegation gave it to you (null: your own).
            quick (list[QuickTransitionOut] | Unset): The transitions you may take from a list (they need no field filled
                in): for `POST /tickets/bulk-handle` or a row's approve and reject buttons.
     """

    branch: str
    role: str
    state: StateRefOut
    on_behalf_of: None | PersonOut | Unset = UNSET
    quick: list[QuickTransitionOut] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)





    def to_dict(self) -> dict[str, Any]:
        from ..models.person_out import PersonOut # noqa: PLC0415
        from ..models.quick_transition_out import QuickTransitionOut # noqa: PLC0415
        from ..models.state_ref_out import StateRefOut # noqa: PLC0415
        branch = self.branch

        role = self.role

        state = self.state.to_dict()

        on_behalf_of: dict[str, Any] | None | Unset
        if isinstance(self.on_behalf_of, Unset):
            on_behalf_of = UNSET
        elif isinstance(self.on_behalf_of, PersonOut):
            on_behalf_of = self.on_behalf_of.to_dict()
        else:
            on_behalf_of = self.on_behalf_of

        quick: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.quick, Unset):
            quick = []
            for quick_item_data in self.quick:
                quick_item = quick_item_data.to_dict()
                quick.append(quick_item)




        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({
            "branch": branch,
            "role": role,
            "state": state,
        })
        if on_behalf_of is not UNSET:
            field_dict["on_behalf_of"] = on_behalf_of
        if quick is not UNSET:
            field_dict["quick"] = quick

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.person_out import PersonOut # noqa: PLC0415
        from ..models.quick_transition_out import QuickTransitionOut # noqa: PLC0415
        from ..models.state_ref_out import StateRefOut # noqa: PLC0415
        d = dict(src_dict)
        branch = d.pop("branch")

        role = d.pop("role")

        state = StateRefOut.from_dict(d.pop("state"))




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


        _quick = d.pop("quick", UNSET)
        quick: list[QuickTransitionOut] | Unset = UNSET
        if _quick is not UNSET:
            quick = []
            for quick_item_data in _quick:
                quick_item = QuickTransitionOut.from_dict(quick_item_data)



                quick.append(quick_item)


        my_step_out = cls(
            branch=branch,
            role=role,
            state=state,
            on_behalf_of=on_behalf_of,
            quick=quick,
        )


        my_step_out.additional_properties = d
        return my_step_out

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
