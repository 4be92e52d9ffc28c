from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from ..types import UNSET, Unset
from typing import cast

if TYPE_CHECKING:
  from ..models.step_branch_out import StepBranchOut
  from ..models.step_out import StepOut
  from ..models.transition_ref_out import TransitionRefOut





T = TypeVar("T", bound="StepsOut")



@_attrs_define
class StepsOut:
    """ 
        Attributes:
            path (list[str]):
            states (list[StepOut]):
            transitions (list[TransitionRefOut]):
            branches (list[StepBranchOut] | Unset): The parallel branches running now; their states are current.
     """

    path: list[str]
    states: list[StepOut]
    transitions: list[TransitionRefOut]
    branches: list[StepBranchOut] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)





    def to_dict(self) -> dict[str, Any]:
        from ..models.step_branch_out import StepBranchOut # noqa: PLC0415
        from ..models.step_out import StepOut # noqa: PLC0415
        from ..models.transition_ref_out import TransitionRefOut # noqa: PLC0415
        path = self.path



        states = []
        for states_item_data in self.states:
            states_item = states_item_data.to_dict()
            states.append(states_item)



        transitions = []
        for transitions_item_data in self.transitions:
            transitions_item = transitions_item_data.to_dict()
            transitions.append(transitions_item)



        branches: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.branches, Unset):
            branches = []
            for branches_item_data in self.branches:
                branches_item = branches_item_data.to_dict()
                branches.append(branches_item)




        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({
            "path": path,
            "states": states,
            "transitions": transitions,
        })
        if branches is not UNSET:
            field_dict["branches"] = branches

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.step_branch_out import StepBranchOut # noqa: PLC0415
        from ..models.step_out import StepOut # noqa: PLC0415
        from ..models.transition_ref_out import TransitionRefOut # noqa: PLC0415
        d = dict(src_dict)
        path = cast(list[str], d.pop("path"))


        states = []
        _states = d.pop("states")
        for states_item_data in (_states):
            states_item = StepOut.from_dict(states_item_data)



            states.append(states_item)


        transitions = []
        _transitions = d.pop("transitions")
        for transitions_item_data in (_transitions):
            transitions_item = TransitionRefOut.from_dict(transitions_item_data)



            transitions.append(transitions_item)


        _branches = d.pop("branches", UNSET)
        branches: list[StepBranchOut] | Unset = UNSET
        if _branches is not UNSET:
            branches = []
            for branches_item_data in _branches:
                branches_item = StepBranchOut.from_dict(branches_item_data)



                branches.append(branches_item)


        steps_out = cls(
            path=path,
            states=states,
            transitions=transitions,
            branches=branches,
        )


        steps_out.additional_properties = d
        return steps_out

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
