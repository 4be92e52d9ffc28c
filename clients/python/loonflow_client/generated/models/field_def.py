from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from ..models.field_type import FieldType
from ..types import UNSET, Unset
from typing import cast

if TYPE_CHECKING:
  from ..models.choice import Choice
  from ..models.field_validation import FieldValidation





T = TypeVar("T", bound="FieldDef")



@_attrs_define
class FieldDef:
    """ 
        Attributes:
            key (str):
            label (str):
            type_ (FieldType):
            choices (list[Choice] | Unset):
            columns (list[FieldDef] | Unset):
            default (Any | Unset):
            help_text (str | Unset):  Default: ''.
            order (int | Unset):  Default: 0.
            placeholder (str | Unset):  Default: ''.
            required (bool | Unset):  Default: True.
            validation (FieldValidation | None | Unset):
     """

    key: str
    label: str
    type_: FieldType
    choices: list[Choice] | Unset = UNSET
    columns: list[FieldDef] | Unset = UNSET
    default: Any | Unset = UNSET
    help_text: str | Unset = ''
    order: int | Unset = 0
    placeholder: str | Unset = ''
    required: bool | Unset = True
    validation: FieldValidation | None | Unset = UNSET





    def to_dict(self) -> dict[str, Any]:
        from ..models.choice import Choice # noqa: PLC0415
        from ..models.field_validation import FieldValidation # noqa: PLC0415
        key = self.key

        label = self.label

        type_ = self.type_.value

        choices: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.choices, Unset):
            choices = []
            for choices_item_data in self.choices:
                choices_item = choices_item_data.to_dict()
                choices.append(choices_item)



        columns: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.columns, Unset):
            columns = []
            for columns_item_data in self.columns:
                columns_item = columns_item_data.to_dict()
                columns.append(columns_item)



        default = self.default

        help_text = self.help_text

        order = self.order

        placeholder = self.placeholder

        required = self.required

        validation: dict[str, Any] | None | Unset
        if isinstance(self.validation, Unset):
            validation = UNSET
        elif isinstance(self.validation, FieldValidation):
            validation = self.validation.to_dict()
        else:
            validation = self.validation


        field_dict: dict[str, Any] = {}

        field_dict.update({
            "key": key,
            "label": label,
            "type": type_,
        })
        if choices is not UNSET:
            field_dict["choices"] = choices
        if columns is not UNSET:
            field_dict["columns"] = columns
        if default is not UNSET:
            field_dict["default"] = default
        if help_text is not UNSET:
            field_dict["help_text"] = help_text
        if order is not UNSET:
            field_dict["order"] = order
        if placeholder is not UNSET:
            field_dict["placeholder"] = placeholder
        if required is not UNSET:
            field_dict["required"] = required
        if validation is not UNSET:
            field_dict["validation"] = validation

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.choice import Choice # noqa: PLC0415
        from ..models.field_validation import FieldValidation # noqa: PLC0415
        d = dict(src_dict)
        key = d.pop("key")

        label = d.pop("label")

        type_ = FieldType(d.pop("type"))




        _choices = d.pop("choices", UNSET)
        choices: list[Choice] | Unset = UNSET
        if _choices is not UNSET:
            choices = []
            for choices_item_data in _choices:
                choices_item = Choice.from_dict(choices_item_data)



                choices.append(choices_item)


        _columns = d.pop("columns", UNSET)
        columns: list[FieldDef] | Unset = UNSET
        if _columns is not UNSET:
            columns = []
            for columns_item_data in _columns:
                columns_item = FieldDef.from_dict(columns_item_data)



                columns.append(columns_item)


        default = d.pop("default", UNSET)

        help_text = d.pop("help_text", UNSET)

        order = d.pop("order", UNSET)

        placeholder = d.pop("placeholder", UNSET)

        required = d.pop("required", UNSET)

        def _parse_validation(data: object) -> FieldValidation | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                validation_type_0 = FieldValidation.from_dict(data)



                return validation_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(FieldValidation | None | Unset, data)

        validation = _parse_validation(d.pop("validation", UNSET))


        field_def = cls(
            key=key,
            label=label,
            type_=type_,
            choices=choices,
            columns=columns,
            default=default,
            help_text=help_text,
            order=order,
            placeholder=placeholder,
            required=required,
            validation=validation,
        )

        return field_def

