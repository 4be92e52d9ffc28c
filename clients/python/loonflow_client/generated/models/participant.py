from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from ..models.department_scope import DepartmentScope
from ..models.participant_kind import ParticipantKind
from ..models.variable import Variable
from ..types import UNSET, Unset
from typing import cast

if TYPE_CHECKING:
  from ..models.hook_call import HookCall





T = TypeVar("T", bound="Participant")



@_attrs_define
class Participant:
    """ 
        Attributes:
            department_scope (DepartmentScope | Unset):  Default: DepartmentScope.MEMBERS.
            departments (list[str] | Unset):
            field (None | str | Unset):
            hook (HookCall | None | Unset):
            kind (ParticipantKind | Unset):  Default: ParticipantKind.NONE.
            roles (list[str] | Unset):
            script (None | str | Unset):
            users (list[str] | Unset):
            variable (None | Unset | Variable):
     """

    department_scope: DepartmentScope | Unset = DepartmentScope.MEMBERS
    departments: list[str] | Unset = UNSET
    field: None | str | Unset = UNSET
    hook: HookCall | None | Unset = UNSET
    kind: ParticipantKind | Unset = ParticipantKind.NONE
    roles: list[str] | Unset = UNSET
    script: None | str | Unset = UNSET
    users: list[str] | Unset = UNSET
    variable: None | Unset | Variable = UNSET





    def to_dict(self) -> dict[str, Any]:
        from ..models.hook_call import HookCall # noqa: PLC0415
        department_scope: str | Unset = UNSET
        if not isinstance(self.department_scope, Unset):
            department_scope = self.department_scope.value


        departments: list[str] | Unset = UNSET
        if not isinstance(self.departments, Unset):
            departments = self.departments



        field: None | str | Unset
        if isinstance(self.field, Unset):
            field = UNSET
        else:
            field = self.field

        hook: dict[str, Any] | None | Unset
        if isinstance(self.hook, Unset):
            hook = UNSET
        elif isinstance(self.hook, HookCall):
            hook = self.hook.to_dict()
        else:
            hook = self.hook

        kind: str | Unset = UNSET
        if not isinstance(self.kind, Unset):
            kind = self.kind.value


        roles: list[str] | Unset = UNSET
        if not isinstance(self.roles, Unset):
            roles = self.roles



        script: None | str | Unset
        if isinstance(self.script, Unset):
            script = UNSET
        else:
            script = self.script

        users: list[str] | Unset = UNSET
        if not isinstance(self.users, Unset):
            users = self.users



        variable: None | str | Unset
        if isinstance(self.variable, Unset):
            variable = UNSET
        elif isinstance(self.variable, Variable):
            variable = self.variable.value
        else:
            variable = self.variable


        field_dict: dict[str, Any] = {}

        field_dict.update({
        })
        if department_scope is not UNSET:
            field_dict["department_scope"] = department_scope
        if departments is not UNSET:
            field_dict["departments"] = departments
        if field is not UNSET:
            field_dict["field"] = field
        if hook is not UNSET:
            field_dict["hook"] = hook
        if kind is not UNSET:
            field_dict["kind"] = kind
        if roles is not UNSET:
            field_dict["roles"] = roles
        if script is not UNSET:
            field_dict["script"] = script
        if users is not UNSET:
            field_dict["users"] = users
        if variable is not UNSET:
            field_dict["variable"] = variable

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.hook_call import HookCall # noqa: PLC0415
        d = dict(src_dict)
        _department_scope = d.pop("department_scope", UNSET)
        department_scope: DepartmentScope | Unset
        if isinstance(_department_scope,  Unset):
            department_scope = UNSET
        else:
            department_scope = DepartmentScope(_department_scope)




        departments = cast(list[str], d.pop("departments", UNSET))


        def _parse_field(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        field = _parse_field(d.pop("field", UNSET))


        def _parse_hook(data: object) -> HookCall | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                hook_type_0 = HookCall.from_dict(data)



                return hook_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(HookCall | None | Unset, data)

        hook = _parse_hook(d.pop("hook", UNSET))


        _kind = d.pop("kind", UNSET)
        kind: ParticipantKind | Unset
        if isinstance(_kind,  Unset):
            kind = UNSET
        else:
            kind = ParticipantKind(_kind)




        roles = cast(list[str], d.pop("roles", UNSET))


        def _parse_script(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        script = _parse_script(d.pop("script", UNSET))


        users = cast(list[str], d.pop("users", UNSET))


        def _parse_variable(data: object) -> None | Unset | Variable:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                variable_type_0 = Variable(data)



                return variable_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | Unset | Variable, data)

        variable = _parse_variable(d.pop("variable", UNSET))


        participant = cls(
            department_scope=department_scope,
            departments=departments,
            field=field,
            hook=hook,
            kind=kind,
            roles=roles,
            script=script,
            users=users,
            variable=variable,
        )

        return participant

