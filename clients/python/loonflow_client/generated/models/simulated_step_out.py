from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from typing import cast

if TYPE_CHECKING:
  from ..models.person_out import PersonOut
  from ..models.simulated_distribution_out import SimulatedDistributionOut
  from ..models.simulated_hook_out import SimulatedHookOut
  from ..models.simulated_sla_out import SimulatedSlaOut
  from ..models.simulated_subtickets_out import SimulatedSubticketsOut
  from ..models.simulated_timer_out import SimulatedTimerOut





T = TypeVar("T", bound="SimulatedStepOut")



@_attrs_define
class SimulatedStepOut:
    """ 
        Attributes:
            branch (str): The branch the state is visited on (empty: the ticket's own path).
            distribution (None | SimulatedDistributionOut):
            handlers (list[PersonOut]): Who would be asked (the first 50).
            handlers_total (int):
            hooks (list[SimulatedHookOut]):
            scripts (list[str]):
            sla (None | SimulatedSlaOut):
            state (str):
            state_name (str):
            state_type (str):
            subtickets (None | SimulatedSubticketsOut):
            timers (list[SimulatedTimerOut]):
            transition_taken (None | str):
     """

    branch: str
    distribution: None | SimulatedDistributionOut
    handlers: list[PersonOut]
    handlers_total: int
    hooks: list[SimulatedHookOut]
    scripts: list[str]
    sla: None | SimulatedSlaOut
    state: str
    state_name: str
    state_type: str
    subtickets: None | SimulatedSubticketsOut
    timers: list[SimulatedTimerOut]
    transition_taken: None | str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)





    def to_dict(self) -> dict[str, Any]:
        from ..models.person_out import PersonOut # noqa: PLC0415
        from ..models.simulated_distribution_out import SimulatedDistributionOut # noqa: PLC0415
        from ..models.simulated_hook_out import SimulatedHookOut # noqa: PLC0415
        from ..models.simulated_sla_out import SimulatedSlaOut # noqa: PLC0415
        from ..models.simulated_subtickets_out import SimulatedSubticketsOut # noqa: PLC0415
        from ..models.simulated_timer_out import SimulatedTimerOut # noqa: PLC0415
        branch = self.branch

        distribution: dict[str, Any] | None
        if isinstance(self.distribution, SimulatedDistributionOut):
            distribution = self.distribution.to_dict()
        else:
            distribution = self.distribution

        handlers = []
        for handlers_item_data in self.handlers:
            handlers_item = handlers_item_data.to_dict()
            handlers.append(handlers_item)



        handlers_total = self.handlers_total

        hooks = []
        for hooks_item_data in self.hooks:
            hooks_item = hooks_item_data.to_dict()
            hooks.append(hooks_item)



        scripts = self.scripts



        sla: dict[str, Any] | None
        if isinstance(self.sla, SimulatedSlaOut):
            sla = self.sla.to_dict()
        else:
            sla = self.sla

        state = self.state

        state_name = self.state_name

        state_type = self.state_type

        subtickets: dict[str, Any] | None
        if isinstance(self.subtickets, SimulatedSubticketsOut):
            subtickets = self.subtickets.to_dict()
        else:
            subtickets = self.subtickets

        timers = []
        for timers_item_data in self.timers:
            timers_item = timers_item_data.to_dict()
            timers.append(timers_item)



        transition_taken: None | str
        transition_taken = self.transition_taken


        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({
            "branch": branch,
            "distribution": distribution,
            "handlers": handlers,
            "handlers_total": handlers_total,
            "hooks": hooks,
            "scripts": scripts,
            "sla": sla,
            "state": state,
            "state_name": state_name,
            "state_type": state_type,
            "subtickets": subtickets,
            "timers": timers,
            "transition_taken": transition_taken,
        })

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.person_out import PersonOut # noqa: PLC0415
        from ..models.simulated_distribution_out import SimulatedDistributionOut # noqa: PLC0415
        from ..models.simulated_hook_out import SimulatedHookOut # noqa: PLC0415
        from ..models.simulated_sla_out import SimulatedSlaOut # noqa: PLC0415
        from ..models.simulated_subtickets_out import SimulatedSubticketsOut # noqa: PLC0415
        from ..models.simulated_timer_out import SimulatedTimerOut # noqa: PLC0415
        d = dict(src_dict)
        branch = d.pop("branch")

        def _parse_distribution(data: object) -> None | SimulatedDistributionOut:
            if data is None:
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                distribution_type_0 = SimulatedDistributionOut.from_dict(data)



                return distribution_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | SimulatedDistributionOut, data)

        distribution = _parse_distribution(d.pop("distribution"))


        handlers = []
        _handlers = d.pop("handlers")
        for handlers_item_data in (_handlers):
            handlers_item = PersonOut.from_dict(handlers_item_data)



            handlers.append(handlers_item)


        handlers_total = d.pop("handlers_total")

        hooks = []
        _hooks = d.pop("hooks")
        for hooks_item_data in (_hooks):
            hooks_item = SimulatedHookOut.from_dict(hooks_item_data)



            hooks.append(hooks_item)


        scripts = cast(list[str], d.pop("scripts"))


        def _parse_sla(data: object) -> None | SimulatedSlaOut:
            if data is None:
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                sla_type_0 = SimulatedSlaOut.from_dict(data)



                return sla_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | SimulatedSlaOut, data)

        sla = _parse_sla(d.pop("sla"))


        state = d.pop("state")

        state_name = d.pop("state_name")

        state_type = d.pop("state_type")

        def _parse_subtickets(data: object) -> None | SimulatedSubticketsOut:
            if data is None:
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                subtickets_type_0 = SimulatedSubticketsOut.from_dict(data)



                return subtickets_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | SimulatedSubticketsOut, data)

        subtickets = _parse_subtickets(d.pop("subtickets"))


        timers = []
        _timers = d.pop("timers")
        for timers_item_data in (_timers):
            timers_item = SimulatedTimerOut.from_dict(timers_item_data)



            timers.append(timers_item)


        def _parse_transition_taken(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        transition_taken = _parse_transition_taken(d.pop("transition_taken"))


        simulated_step_out = cls(
            branch=branch,
            distribution=distribution,
            handlers=handlers,
            handlers_total=handlers_total,
            hooks=hooks,
            scripts=scripts,
            sla=sla,
            state=state,
            state_name=state_name,
            state_type=state_type,
            subtickets=subtickets,
            timers=timers,
            transition_taken=transition_taken,
        )


        simulated_step_out.additional_properties = d
        return simulated_step_out

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
