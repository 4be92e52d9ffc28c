from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from ..models.distribution_kind import DistributionKind
from ..types import UNSET, Unset
from typing import cast

if TYPE_CHECKING:
  from ..models.countersign import Countersign





T = TypeVar("T", bound="Distribution")



@_attrs_define
class Distribution:
    """ 
        Attributes:
            countersign (Countersign | None | Unset):
            kind (DistributionKind | Unset):  Default: DistributionKind.ANY.
     """

    countersign: Countersign | None | Unset = UNSET
    kind: DistributionKind | Unset = DistributionKind.ANY





    def to_dict(self) -> dict[str, Any]:
        from ..models.countersign import Countersign # noqa: PLC0415
        countersign: dict[str, Any] | None | Unset
        if isinstance(self.countersign, Unset):
            countersign = UNSET
        elif isinstance(self.countersign, Countersign):
            countersign = self.countersign.to_dict()
        else:
            countersign = self.countersign

        kind: str | Unset = UNSET
        if not isinstance(self.kind, Unset):
            kind = self.kind.value



        field_dict: dict[str, Any] = {}

        field_dict.update({
        })
        if countersign is not UNSET:
            field_dict["countersign"] = countersign
        if kind is not UNSET:
            field_dict["kind"] = kind

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.countersign import Countersign # noqa: PLC0415
        d = dict(src_dict)
        def _parse_countersign(data: object) -> Countersign | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                countersign_type_0 = Countersign.from_dict(data)



                return countersign_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(Countersign | None | Unset, data)

        countersign = _parse_countersign(d.pop("countersign", UNSET))


        _kind = d.pop("kind", UNSET)
        kind: DistributionKind | Unset
        if isinstance(_kind,  Unset):
            kind = UNSET
        else:
            kind = DistributionKind(_kind)




        distribution = cls(
            countersign=countersign,
            kind=kind,
        )

        return distribution

