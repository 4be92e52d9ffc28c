from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from ..models.state_type import StateType
from ..types import UNSET, Unset
from typing import cast

if TYPE_CHECKING:
  from ..models.distribution import Distribution
  from ..models.participant import Participant
  from ..models.position import Position
  from ..models.sla import Sla
  from ..models.state_def_field_permissions import StateDefFieldPermissions
  from ..models.subprocess import Subprocess





T = TypeVar("T", bound="StateDef")



@_attrs_define
class StateDef:
    """ 
        Attributes:
            key (str):
            name (str):
            can_withdraw (bool | Unset):  Default: False.
            distribution (Distribution | Unset):
            field_permissions (StateDefFieldPermissions | Unset):
            join (None | str | Unset):
            participant (Participant | Unset):
            position (None | Position | Unset):
            reuse_last_handler (bool | Unset):  Default: False.
            scripts (list[str] | Unset):
            sla (None | Sla | Unset):
            subprocess (None | Subprocess | Unset):
            type_ (StateType | Unset):  Default: StateType.NORMAL.
     """

    key: str
    name: str
    can_withdraw: bool | Unset = False
    distribution: Distribution | Unset = UNSET
    field_permissions: StateDefFieldPermissions | Unset = UNSET
    join: None | str | Unset = UNSET
    participant: Participant | Unset = UNSET
    position: None | Position | Unset = UNSET
    reuse_last_handler: bool | Unset = False
    scripts: list[str] | Unset = UNSET
    sla: None | Sla | Unset = UNSET
    subprocess: None | Subprocess | Unset = UNSET
    type_: StateType | Unset = StateType.NORMAL





    def to_dict(self) -> dict[str, Any]:
        from ..models.distribution import Distribution # noqa: PLC0415
        from ..models.participant import Participant # noqa: PLC0415
        from ..models.position import Position # noqa: PLC0415
        from ..models.sla import Sla # noqa: PLC0415
        from ..models.state_def_field_permissions import StateDefFieldPermissions # noqa: PLC0415
        from ..models.subprocess import Subprocess # noqa: PLC0415
        key = self.key

        name = self.name

        can_withdraw = self.can_withdraw

        distribution: dict[str, Any] | Unset = UNSET
        if not isinstance(self.distribution, Unset):
            distribution = self.distribution.to_dict()

        field_permissions: dict[str, Any] | Unset = UNSET
        if not isinstance(self.field_permissions, Unset):
            field_permissions = self.field_permissions.to_dict()

        join: None | str | Unset
        if isinstance(self.join, Unset):
            join = UNSET
        else:
            join = self.join

        participant: dict[str, Any] | Unset = UNSET
        if not isinstance(self.participant, Unset):
            participant = self.participant.to_dict()

        position: dict[str, Any] | None | Unset
        if isinstance(self.position, Unset):
            position = UNSET
        elif isinstance(self.position, Position):
            position = self.position.to_dict()
        else:
            position = self.position

        reuse_last_handler = self.reuse_last_handler

        scripts: list[str] | Unset = UNSET
        if not isinstance(self.scripts, Unset):
            scripts = self.scripts



        sla: dict[str, Any] | None | Unset
        if isinstance(self.sla, Unset):
            sla = UNSET
        elif isinstance(self.sla, Sla):
            sla = self.sla.to_dict()
        else:
            sla = self.sla

        subprocess: dict[str, Any] | None | Unset
        if isinstance(self.subprocess, Unset):
            subprocess = UNSET
        elif isinstance(self.subprocess, Subprocess):
            subprocess = self.subprocess.to_dict()
        else:
            subprocess = self.subprocess

        type_: str | Unset = UNSET
        if not isinstance(self.type_, Unset):
            type_ = self.type_.value



        field_dict: dict[str, Any] = {}

        field_dict.update({
            "key": key,
            "name": name,
        })
        if can_withdraw is not UNSET:
            field_dict["can_withdraw"] = can_withdraw
        if distribution is not UNSET:
            field_dict["distribution"] = distribution
        if field_permissions is not UNSET:
            field_dict["field_permissions"] = field_permissions
        if join is not UNSET:
            field_dict["join"] = join
        if participant is not UNSET:
            field_dict["participant"] = participant
        if position is not UNSET:
            field_dict["position"] = position
        if reuse_last_handler is not UNSET:
            field_dict["reuse_last_handler"] = reuse_last_handler
        if scripts is not UNSET:
            field_dict["scripts"] = scripts
        if sla is not UNSET:
            field_dict["sla"] = sla
        if subprocess is not UNSET:
            field_dict["subprocess"] = subprocess
        if type_ is not UNSET:
            field_dict["type"] = type_

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.distribution import Distribution # noqa: PLC0415
        from ..models.participant import Participant # noqa: PLC0415
        from ..models.position import Position # noqa: PLC0415
        from ..models.sla import Sla # noqa: PLC0415
        from ..models.state_def_field_permissions import StateDefFieldPermissions # noqa: PLC0415
        from ..models.subprocess import Subprocess # noqa: PLC0415
        d = dict(src_dict)
        key = d.pop("key")

        name = d.pop("name")

        can_withdraw = d.pop("can_withdraw", UNSET)

        _distribution = d.pop("distribution", UNSET)
        distribution: Distribution | Unset
        if isinstance(_distribution,  Unset):
            distribution = UNSET
        else:
            distribution = Distribution.from_dict(_distribution)




        _field_permissions = d.pop("field_permissions", UNSET)
        field_permissions: StateDefFieldPermissions | Unset
        if isinstance(_field_permissions,  Unset):
            field_permissions = UNSET
        else:
            field_permissions = StateDefFieldPermissions.from_dict(_field_permissions)




        def _parse_join(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        join = _parse_join(d.pop("join", UNSET))


        _participant = d.pop("participant", UNSET)
        participant: Participant | Unset
        if isinstance(_participant,  Unset):
            participant = UNSET
        else:
            participant = Participant.from_dict(_participant)




        def _parse_position(data: object) -> None | Position | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                position_type_0 = Position.from_dict(data)



                return position_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | Position | Unset, data)

        position = _parse_position(d.pop("position", UNSET))


        reuse_last_handler = d.pop("reuse_last_handler", UNSET)

        scripts = cast(list[str], d.pop("scripts", UNSET))


        def _parse_sla(data: object) -> None | Sla | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                sla_type_0 = Sla.from_dict(data)



                return sla_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | Sla | Unset, data)

        sla = _parse_sla(d.pop("sla", UNSET))


        def _parse_subprocess(data: object) -> None | Subprocess | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                subprocess_type_0 = Subprocess.from_dict(data)



                return subprocess_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | Subprocess | Unset, data)

        subprocess = _parse_subprocess(d.pop("subprocess", UNSET))


        _type_ = d.pop("type", UNSET)
        type_: StateType | Unset
        if isinstance(_type_,  Unset):
            type_ = UNSET
        else:
            type_ = StateType(_type_)




        state_def = cls(
            key=key,
            name=name,
            can_withdraw=can_withdraw,
            distribution=distribution,
            field_permissions=field_permissions,
            join=join,
            participant=participant,
            position=position,
            reuse_last_handler=reuse_last_handler,
            scripts=scripts,
            sla=sla,
            subprocess=subprocess,
            type_=type_,
        )

        return state_def

