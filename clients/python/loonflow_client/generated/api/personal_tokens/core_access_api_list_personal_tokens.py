from http import HTTPStatus
from typing import Any, cast
from urllib.parse import quote

import httpx

from ...client import AuthenticatedClient, Client
from ...types import Response, UNSET
from ... import errors

from ...models.error_out import ErrorOut
from ...models.personal_token_admin_out import PersonalTokenAdminOut
from ...types import UNSET, Unset
from typing import cast



def _get_kwargs(
    *,
    username: None | str | Unset = UNSET,
    live: bool | Unset = False,

) -> dict[str, Any]:
    

    

    params: dict[str, Any] = {}

    json_username: None | str | Unset
    if isinstance(username, Unset):
        json_username = UNSET
    else:
        json_username = username
    params["username"] = json_username

    params["live"] = live


    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}


    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/api/v1/personal-tokens",
        "params": params,
    }


    return _kwargs



def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> ErrorOut | list[PersonalTokenAdminOut] | None:
    if response.status_code == 200:
        response_200 = []
        _response_200 = response.json()
        for response_200_item_data in (_response_200):
            response_200_item = PersonalTokenAdminOut.from_dict(response_200_item_data)



            response_200.append(response_200_item)

        return response_200

    if response.status_code == 401:
        response_401 = ErrorOut.from_dict(response.json())



        return response_401

    if response.status_code == 403:
        response_403 = ErrorOut.from_dict(response.json())



        return response_403

    if response.status_code == 422:
        response_422 = ErrorOut.from_dict(response.json())



        return response_422

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Response[ErrorOut | list[PersonalTokenAdminOut]]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient,
    username: None | str | Unset = UNSET,
    live: bool | Unset = False,

) -> Response[ErrorOut | list[PersonalTokenAdminOut]]:
    """ Everyone's personal tokens (tenant admins; newest first, at most 1000)

    Args:
        username (None | str | Unset):
        live (bool | Unset):  Default: False.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorOut | list[PersonalTokenAdminOut]]
     """


    kwargs = _get_kwargs(
        username=username,
live=live,

    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)

def sync(
    *,
    client: AuthenticatedClient,
    username: None | str | Unset = UNSET,
    live: bool | Unset = False,

) -> ErrorOut | list[PersonalTokenAdminOut] | None:
    """ Everyone's personal tokens (tenant admins; newest first, at most 1000)

    Args:
        username (None | str | Unset):
        live (bool | Unset):  Default: False.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorOut | list[PersonalTokenAdminOut]
     """


    return sync_detailed(
        client=client,
username=username,
live=live,

    ).parsed

async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    username: None | str | Unset = UNSET,
    live: bool | Unset = False,

) -> Response[ErrorOut | list[PersonalTokenAdminOut]]:
    """ Everyone's personal tokens (tenant admins; newest first, at most 1000)

    Args:
        username (None | str | Unset):
        live (bool | Unset):  Default: False.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorOut | list[PersonalTokenAdminOut]]
     """


    kwargs = _get_kwargs(
        username=username,
live=live,

    )

    response = await client.get_async_httpx_client().request(
        **kwargs
    )

    return _build_response(client=client, response=response)

async def asyncio(
    *,
    client: AuthenticatedClient,
    username: None | str | Unset = UNSET,
    live: bool | Unset = False,

) -> ErrorOut | list[PersonalTokenAdminOut] | None:
    """ Everyone's personal tokens (tenant admins; newest first, at most 1000)

    Args:
        username (None | str | Unset):
        live (bool | Unset):  Default: False.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorOut | list[PersonalTokenAdminOut]
     """


    return (await asyncio_detailed(
        client=client,
username=username,
live=live,

    )).parsed
