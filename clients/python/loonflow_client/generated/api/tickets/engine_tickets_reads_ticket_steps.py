from http import HTTPStatus
from typing import Any, cast
from urllib.parse import quote

import httpx

from ...client import AuthenticatedClient, Client
from ...types import Response, UNSET
from ... import errors

from ...models.error_out import ErrorOut
from ...models.steps_out import StepsOut
from typing import cast



def _get_kwargs(
    ticket_id: int,

) -> dict[str, Any]:
    

    

    

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/api/v1/tickets/{ticket_id}/steps".format(ticket_id=quote(str(ticket_id), safe=""),),
    }


    return _kwargs



def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> ErrorOut | StepsOut | None:
    if response.status_code == 200:
        response_200 = StepsOut.from_dict(response.json())



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


def _build_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Response[ErrorOut | StepsOut]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    ticket_id: int,
    *,
    client: AuthenticatedClient,

) -> Response[ErrorOut | StepsOut]:
    """ The flow's states, with the current one marked

    Args:
        ticket_id (int):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorOut | StepsOut]
     """


    kwargs = _get_kwargs(
        ticket_id=ticket_id,

    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)

def sync(
    ticket_id: int,
    *,
    client: AuthenticatedClient,

) -> ErrorOut | StepsOut | None:
    """ The flow's states, with the current one marked

    Args:
        ticket_id (int):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorOut | StepsOut
     """


    return sync_detailed(
        ticket_id=ticket_id,
client=client,

    ).parsed

async def asyncio_detailed(
    ticket_id: int,
    *,
    client: AuthenticatedClient,

) -> Response[ErrorOut | StepsOut]:
    """ The flow's states, with the current one marked

    Args:
        ticket_id (int):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorOut | StepsOut]
     """


    kwargs = _get_kwargs(
        ticket_id=ticket_id,

    )

    response = await client.get_async_httpx_client().request(
        **kwargs
    )

    return _build_response(client=client, response=response)

async def asyncio(
    ticket_id: int,
    *,
    client: AuthenticatedClient,

) -> ErrorOut | StepsOut | None:
    """ The flow's states, with the current one marked

    Args:
        ticket_id (int):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorOut | StepsOut
     """


    return (await asyncio_detailed(
        ticket_id=ticket_id,
client=client,

    )).parsed
