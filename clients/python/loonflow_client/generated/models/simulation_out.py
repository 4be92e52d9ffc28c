from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from ..models.simulation_out_outcome import SimulationOutOutcome
from typing import cast

if TYPE_CHECKING:
  from ..models.simulated_step_out import SimulatedStepOut





T = TypeVar("T", bound="SimulationOut")



@_attrs_define
class SimulationOut:
    """ 
        Attributes:
            branches (list[list[str]]): The branch keys each split would start together.
            end_state (None | str):
            message (str):
            outcome (SimulationOutOutcome):
            steps (list[SimulatedStepOut]):
            stopped_at (None | str): Where the walk stopped short of an end state.
     """

    branches: list[list[str]]
    end_state: None | str
    message: str
    outcome: SimulationOutOutcome
    steps: list[SimulatedStepOut]
    stopped_at: None | str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)





    def to_dict(self) -> dict[str, Any]:
        from ..models.simulated_step_out import SimulatedStepOut # noqa: PLC0415
        branches = []
        for branches_item_data in self.branches:
            branches_item = branches_item_data


            branches.append(branches_item)



        end_state: None | str
        end_state = self.end_state

        message = self.message

        outcome = self.outcome.value

        steps = []
        for steps_item_data in self.steps:
            steps_item = steps_item_data.to_dict()
            steps.append(steps_item)



        stopped_at: None | str
        stopped_at = self.stopped_at


        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({
            "branches": branches,
            "end_state": end_state,
            "message": message,
            "outcome": outcome,
            "steps": steps,
            "stopped_at": stopped_at,
        })

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.simulated_step_out import SimulatedStepOut # noqa: PLC0415
        d = dict(src_dict)
        branches = []
        _branches = d.pop("branches")
        for branches_item_data in (_branches):
            branches_item = cast(list[str], branches_item_data)

            branches.append(branches_item)


        def _parse_end_state(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        end_state = _parse_end_state(d.pop("end_state"))


        message = d.pop("message")

        outcome = SimulationOutOutcome(d.pop("outcome"))




        steps = []
        _steps = d.pop("steps")
        for steps_item_data in (_steps):
            steps_item = SimulatedStepOut.from_dict(steps_item_data)



            steps.append(steps_item)


        def _parse_stopped_at(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        stopped_at = _parse_stopped_at(d.pop("stopped_at"))


        simulation_out = cls(
            branches=branches,
            end_state=end_state,
            message=message,
            outcome=outcome,
            steps=steps,
            stopped_at=stopped_at,
        )


        simulation_out.additional_properties = d
        return simulation_out

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
