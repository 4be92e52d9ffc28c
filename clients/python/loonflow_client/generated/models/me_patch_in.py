from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from ..models.me_patch_in_language_type_0 import MePatchInLanguageType0
from ..types import UNSET, Unset
from typing import cast
from typing import Literal, cast






T = TypeVar("T", bound="MePatchIn")



@_attrs_define
class MePatchIn:
    """ What a person changes of their own entry (the rest is the directory's, set by admins or HR).

        Attributes:
            display_name (None | str | Unset):
            email (Literal[''] | None | str | Unset):
            language (MePatchInLanguageType0 | None | Unset):
     """

    display_name: None | str | Unset = UNSET
    email: Literal[''] | None | str | Unset = UNSET
    language: MePatchInLanguageType0 | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)





    def to_dict(self) -> dict[str, Any]:
        display_name: None | str | Unset
        if isinstance(self.display_name, Unset):
            display_name = UNSET
        else:
            display_name = self.display_name

        email: Literal[''] | None | str | Unset
        if isinstance(self.email, Unset):
            email = UNSET
        else:
            email = self.email

        language: None | str | Unset
        if isinstance(self.language, Unset):
            language = UNSET
        elif isinstance(self.language, MePatchInLanguageType0):
            language = self.language.value
        else:
            language = self.language


        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({
        })
        if display_name is not UNSET:
            field_dict["display_name"] = display_name
        if email is not UNSET:
            field_dict["email"] = email
        if language is not UNSET:
            field_dict["language"] = language

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        def _parse_display_name(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        display_name = _parse_display_name(d.pop("display_name", UNSET))


        def _parse_email(data: object) -> Literal[''] | None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            email_type_1 = cast(Literal[''] , data)
            if email_type_1 != '':
                raise ValueError(f"email_type_1 must match const '', got '{email_type_1}'")
            return email_type_1
            return cast(Literal[''] | None | str | Unset, data)

        email = _parse_email(d.pop("email", UNSET))


        def _parse_language(data: object) -> MePatchInLanguageType0 | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                language_type_0 = MePatchInLanguageType0(data)



                return language_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(MePatchInLanguageType0 | None | Unset, data)

        language = _parse_language(d.pop("language", UNSET))


        me_patch_in = cls(
            display_name=display_name,
            email=email,
            language=language,
        )


        me_patch_in.additional_properties = d
        return me_patch_in

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
