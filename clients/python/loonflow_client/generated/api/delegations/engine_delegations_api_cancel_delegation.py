from http import HTTPStatus
from typing import Any, cast
from urllib.parse import quote

import httpx

from ...client import AuthenticatedClient, Client
from ...types import Response, UNSET
from ... import errors

from ...models.delegation_out import DelegationOut
from ...models.error_out import ErrorOut
from typing import cast



def _get_kwargs(
    delegation_id: int,

) -> dict[str, Any]:
    

    

    

    _kwargs: dict[str, Any] = {
        "method": "delete",
        "url": "/api/v1/delegations/{delegation_id}".format(delegation_id=quote(str(delegation_id), safe=""),),
    }


    return _kwargs



def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> DelegationOut | ErrorOut | None:
    if response.status_code == 200:
        response_200 = DelegationOut.from_dict(response.json())



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

    if response.status_code == 409:
        response_409 = ErrorOut.from_dict(response.json())



        return response_409

    if response.status_code == 422:
        response_422 = ErrorOut.from_dict(response.json())



        return response_422

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Response[DelegationOut | ErrorOut]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    delegation_id: int,
    *,
    client: AuthenticatedClient,

) -> Response[DelegationOut | ErrorOut]:
    """ End a delegation now (its delegator, or a tenant admin); turns already given stay given

    Args:
        delegation_id (int):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[DelegationOut | ErrorOut]
     """


    kwargs = _get_kwargs(
        delegation_id=delegation_id,

    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)

def sync(
    delegation_id: int,
    *,
    client: AuthenticatedClient,

) -> DelegationOut | ErrorOut | None:
    """ End a delegation now (its delegator, or a tenant admin); turns already given stay given

    Args:
        delegation_id (int):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        DelegationOut | ErrorOut
     """


    return sync_detailed(
        delegation_id=delegation_id,
client=client,

    ).parsed

async def asyncio_detailed(
    delegation_id: int,
    *,
    client: AuthenticatedClient,

) -> Response[DelegationOut | ErrorOut]:
    """ End a delegation now (its delegator, or a tenant admin); turns already given stay given

    Args:
        delegation_id (int):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[DelegationOut | ErrorOut]
     """


    kwargs = _get_kwargs(
        delegation_id=delegation_id,

    )

    response = await client.get_async_httpx_client().request(
        **kwargs
    )

    return _build_response(client=client, response=response)

async def asyncio(
    delegation_id: int,
    *,
    client: AuthenticatedClient,

) -> DelegationOut | ErrorOut | None:
    """ End a delegation now (its delegator, or a tenant admin); turns already given stay given

    Args:
        delegation_id (int):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        DelegationOut | ErrorOut
     """


    return (await asyncio_detailed(
        delegation_id=delegation_id,
client=client,

    )).parsed
