from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from ..types import UNSET, Unset
from typing import cast

if TYPE_CHECKING:
  from ..models.preferences_in_channels import PreferencesInChannels





T = TypeVar("T", bound="PreferencesIn")



@_attrs_define
class PreferencesIn:
    """ 
        Attributes:
            channels (PreferencesInChannels | Unset): Kinds left out keep every channel
            digest (bool | Unset):  Default: False.
     """

    channels: PreferencesInChannels | Unset = UNSET
    digest: bool | Unset = False





    def to_dict(self) -> dict[str, Any]:
        from ..models.preferences_in_channels import PreferencesInChannels # noqa: PLC0415
        channels: dict[str, Any] | Unset = UNSET
        if not isinstance(self.channels, Unset):
            channels = self.channels.to_dict()

        digest = self.digest


        field_dict: dict[str, Any] = {}

        field_dict.update({
        })
        if channels is not UNSET:
            field_dict["channels"] = channels
        if digest is not UNSET:
            field_dict["digest"] = digest

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.preferences_in_channels import PreferencesInChannels # noqa: PLC0415
        d = dict(src_dict)
        _channels = d.pop("channels", UNSET)
        channels: PreferencesInChannels | Unset
        if isinstance(_channels,  Unset):
            channels = UNSET
        else:
            channels = PreferencesInChannels.from_dict(_channels)




        digest = d.pop("digest", UNSET)

        preferences_in = cls(
            channels=channels,
            digest=digest,
        )

        return preferences_in

