from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from typing import cast

if TYPE_CHECKING:
  from ..models.preferences_out_channels import PreferencesOutChannels





T = TypeVar("T", bound="PreferencesOut")



@_attrs_define
class PreferencesOut:
    """ 
        Attributes:
            channels (PreferencesOutChannels): Per kind of event, the channels it reaches (in_app: the inbox; email; chat
                robots)
            digest (bool): Email comes once a day as a digest instead of one mail per event
     """

    channels: PreferencesOutChannels
    digest: bool
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)





    def to_dict(self) -> dict[str, Any]:
        from ..models.preferences_out_channels import PreferencesOutChannels # noqa: PLC0415
        channels = self.channels.to_dict()

        digest = self.digest


        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({
            "channels": channels,
            "digest": digest,
        })

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.preferences_out_channels import PreferencesOutChannels # noqa: PLC0415
        d = dict(src_dict)
        channels = PreferencesOutChannels.from_dict(d.pop("channels"))




        digest = d.pop("digest")

        preferences_out = cls(
            channels=channels,
            digest=digest,
        )


        preferences_out.additional_properties = d
        return preferences_out

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
