from http import HTTPStatus
from typing import Any, cast
from urllib.parse import quote

import httpx

from ...client import AuthenticatedClient, Client
from ...types import Response, UNSET
from ... import errors

from ...models.error_out import ErrorOut
from ...models.ldap_source_out import LdapSourceOut
from typing import cast



def _get_kwargs(
    source_id: int,

) -> dict[str, Any]:
    

    

    

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/api/v1/directory-feeds/ldap/{source_id}".format(source_id=quote(str(source_id), safe=""),),
    }


    return _kwargs



def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> ErrorOut | LdapSourceOut | None:
    if response.status_code == 200:
        response_200 = LdapSourceOut.from_dict(response.json())



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


def _build_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Response[ErrorOut | LdapSourceOut]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    source_id: int,
    *,
    client: AuthenticatedClient,

) -> Response[ErrorOut | LdapSourceOut]:
    """ Get an LDAP source

    Args:
        source_id (int):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorOut | LdapSourceOut]
     """


    kwargs = _get_kwargs(
        source_id=source_id,

    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)

def sync(
    source_id: int,
    *,
    client: AuthenticatedClient,

) -> ErrorOut | LdapSourceOut | None:
    """ Get an LDAP source

    Args:
        source_id (int):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorOut | LdapSourceOut
     """


    return sync_detailed(
        source_id=source_id,
client=client,

    ).parsed

async def asyncio_detailed(
    source_id: int,
    *,
    client: AuthenticatedClient,

) -> Response[ErrorOut | LdapSourceOut]:
    """ Get an LDAP source

    Args:
        source_id (int):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorOut | LdapSourceOut]
     """


    kwargs = _get_kwargs(
        source_id=source_id,

    )

    response = await client.get_async_httpx_client().request(
        **kwargs
    )

    return _build_response(client=client, response=response)

async def asyncio(
    source_id: int,
    *,
    client: AuthenticatedClient,

) -> ErrorOut | LdapSourceOut | None:
    """ Get an LDAP source

    Args:
        source_id (int):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorOut | LdapSourceOut
     """


    return (await asyncio_detailed(
        source_id=source_id,
client=client,

    )).parsed
