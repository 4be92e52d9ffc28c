from http import HTTPStatus
from typing import Any, cast
from urllib.parse import quote

import httpx

from ...client import AuthenticatedClient, Client
from ...types import Response, UNSET
from ... import errors

from ...models.error_out import ErrorOut
from ...models.statistics_out import StatisticsOut
from ...types import UNSET, Unset
from typing import cast



def _get_kwargs(
    workflow_id: int,
    *,
    days: int | Unset = 30,

) -> dict[str, Any]:
    

    

    params: dict[str, Any] = {}

    params["days"] = days


    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}


    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/api/v1/workflows/{workflow_id}/statistics".format(workflow_id=quote(str(workflow_id), safe=""),),
        "params": params,
    }


    return _kwargs



def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> ErrorOut | StatisticsOut | None:
    if response.status_code == 200:
        response_200 = StatisticsOut.from_dict(response.json())



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


def _build_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Response[ErrorOut | StatisticsOut]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    workflow_id: int,
    *,
    client: AuthenticatedClient,
    days: int | Unset = 30,

) -> Response[ErrorOut | StatisticsOut]:
    """ Tickets created/finished per day and time spent per state (mean, p90)

    Args:
        workflow_id (int):
        days (int | Unset):  Default: 30.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorOut | StatisticsOut]
     """


    kwargs = _get_kwargs(
        workflow_id=workflow_id,
days=days,

    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)

def sync(
    workflow_id: int,
    *,
    client: AuthenticatedClient,
    days: int | Unset = 30,

) -> ErrorOut | StatisticsOut | None:
    """ Tickets created/finished per day and time spent per state (mean, p90)

    Args:
        workflow_id (int):
        days (int | Unset):  Default: 30.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorOut | StatisticsOut
     """


    return sync_detailed(
        workflow_id=workflow_id,
client=client,
days=days,

    ).parsed

async def asyncio_detailed(
    workflow_id: int,
    *,
    client: AuthenticatedClient,
    days: int | Unset = 30,

) -> Response[ErrorOut | StatisticsOut]:
    """ Tickets created/finished per day and time spent per state (mean, p90)

    Args:
        workflow_id (int):
        days (int | Unset):  Default: 30.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorOut | StatisticsOut]
     """


    kwargs = _get_kwargs(
        workflow_id=workflow_id,
days=days,

    )

    response = await client.get_async_httpx_client().request(
        **kwargs
    )

    return _build_response(client=client, response=response)

async def asyncio(
    workflow_id: int,
    *,
    client: AuthenticatedClient,
    days: int | Unset = 30,

) -> ErrorOut | StatisticsOut | None:
    """ Tickets created/finished per day and time spent per state (mean, p90)

    Args:
        workflow_id (int):
        days (int | Unset):  Default: 30.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorOut | StatisticsOut
     """


    return (await asyncio_detailed(
        workflow_id=workflow_id,
client=client,
days=days,

    )).parsed
