from http import HTTPStatus
from typing import Any, cast
from urllib.parse import quote

import httpx

from ...client import AuthenticatedClient, Client
from ...types import Response, UNSET
from ... import errors

from ...models.engine_tickets_api_tenant_statistics_csv_chart import EngineTicketsApiTenantStatisticsCsvChart
from ...models.error_out import ErrorOut
from ...types import UNSET, Unset
from typing import cast
import datetime



def _get_kwargs(
    chart: EngineTicketsApiTenantStatisticsCsvChart,
    *,
    from_: datetime.date | None | Unset = UNSET,
    to: datetime.date | None | Unset = UNSET,

) -> dict[str, Any]:
    

    

    params: dict[str, Any] = {}

    json_from_: None | str | Unset
    if isinstance(from_, Unset):
        json_from_ = UNSET
    elif isinstance(from_, datetime.date):
        json_from_ = from_.isoformat()
    else:
        json_from_ = from_
    params["from"] = json_from_

    json_to: None | str | Unset
    if isinstance(to, Unset):
        json_to = UNSET
    elif isinstance(to, datetime.date):
        json_to = to.isoformat()
    else:
        json_to = to
    params["to"] = json_to


    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}


    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/api/v1/statistics/{chart}/csv".format(chart=quote(str(chart), safe=""),),
        "params": params,
    }


    return _kwargs



def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Any | ErrorOut | None:
    if response.status_code == 200:
        response_200 = cast(Any, None)
        return response_200

    if response.status_code == 401:
        response_401 = ErrorOut.from_dict(response.json())



        return response_401

    if response.status_code == 403:
        response_403 = ErrorOut.from_dict(response.json())



        return response_403

    if response.status_code == 404:
        response_404 = ErrorOut.from_dict(response.json())



        return response_404

    if response.status_code == 422:
        response_422 = ErrorOut.from_dict(response.json())



        return response_422

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Response[Any | ErrorOut]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    chart: EngineTicketsApiTenantStatisticsCsvChart,
    *,
    client: AuthenticatedClient,
    from_: datetime.date | None | Unset = UNSET,
    to: datetime.date | None | Unset = UNSET,

) -> Response[Any | ErrorOut]:
    """ One chart of the statistics across workflows as CSV (same period and rights)

    Args:
        chart (EngineTicketsApiTenantStatisticsCsvChart):
        from_ (datetime.date | None | Unset): The first day (default: 29 days before `to`).
        to (datetime.date | None | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | ErrorOut]
     """


    kwargs = _get_kwargs(
        chart=chart,
from_=from_,
to=to,

    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)

def sync(
    chart: EngineTicketsApiTenantStatisticsCsvChart,
    *,
    client: AuthenticatedClient,
    from_: datetime.date | None | Unset = UNSET,
    to: datetime.date | None | Unset = UNSET,

) -> Any | ErrorOut | None:
    """ One chart of the statistics across workflows as CSV (same period and rights)

    Args:
        chart (EngineTicketsApiTenantStatisticsCsvChart):
        from_ (datetime.date | None | Unset): The first day (default: 29 days before `to`).
        to (datetime.date | None | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | ErrorOut
     """


    return sync_detailed(
        chart=chart,
client=client,
from_=from_,
to=to,

    ).parsed

async def asyncio_detailed(
    chart: EngineTicketsApiTenantStatisticsCsvChart,
    *,
    client: AuthenticatedClient,
    from_: datetime.date | None | Unset = UNSET,
    to: datetime.date | None | Unset = UNSET,

) -> Response[Any | ErrorOut]:
    """ One chart of the statistics across workflows as CSV (same period and rights)

    Args:
        chart (EngineTicketsApiTenantStatisticsCsvChart):
        from_ (datetime.date | None | Unset): The first day (default: 29 days before `to`).
        to (datetime.date | None | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | ErrorOut]
     """


    kwargs = _get_kwargs(
        chart=chart,
from_=from_,
to=to,

    )

    response = await client.get_async_httpx_client().request(
        **kwargs
    )

    return _build_response(client=client, response=response)

async def asyncio(
    chart: EngineTicketsApiTenantStatisticsCsvChart,
    *,
    client: AuthenticatedClient,
    from_: datetime.date | None | Unset = UNSET,
    to: datetime.date | None | Unset = UNSET,

) -> Any | ErrorOut | None:
    """ One chart of the statistics across workflows as CSV (same period and rights)

    Args:
        chart (EngineTicketsApiTenantStatisticsCsvChart):
        from_ (datetime.date | None | Unset): The first day (default: 29 days before `to`).
        to (datetime.date | None | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | ErrorOut
     """


    return (await asyncio_detailed(
        chart=chart,
client=client,
from_=from_,
to=to,

    )).parsed
